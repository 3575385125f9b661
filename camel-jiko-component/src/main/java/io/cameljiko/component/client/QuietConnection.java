package io.cameljiko.component.client;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache's pooled connection without its header and wire logs. Apache's own connection logs every header
 * (the bearer token) and every byte (client assertions, tokens) at DEBUG on {@code org.apache.hc.client5.http.headers}
 * and {@code .wire}; camel-jiko never lets a secret reach a log, whatever the log levels. Otherwise it does what
 * Apache's connection does: a socket timeout while in use, none while idle in the pool.
 */
final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        QuietConnection connection = new QuietConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private Timeout socketTimeout;

    private QuietConnection() {
        super(Http1Config.DEFAULT);
    }

    @Override
    public void bind(Socket socket) throws IOException {
        super.bind(new SocketHolder(socket));
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        super.bind(new SocketHolder(sslSocket, socket));
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder != null ? holder.getSocket() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }
}
