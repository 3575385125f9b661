package io.cameljiko.replicas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One replica of the leader-elected integration of docs/production.md: {@code master:jiko-events:} in front of a
 * jiko consumer, ZooKeeper as the cluster service, positions in a shared JDBC table. Runs in the test JVM, or in
 * a JVM of its own through {@link #main(String[])} so that a test can kill it for real.
 */
final class Replica implements AutoCloseable {

    static final int SESSION_TIMEOUT_MS = 2000;

    /** What every replica shares: the Jiko API, the ZooKeeper ensemble, the position database. */
    record Settings(String baseUrl, String tokenUrl, String clientId, String privateKeyPem, String zookeeper,
            String jdbcUrl, String startFrom) {

        List<String> args() {
            return List.of(baseUrl, tokenUrl, clientId, privateKeyPem, zookeeper, jdbcUrl, startFrom);
        }

        static Settings of(String[] args) {
            return new Settings(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
        }
    }

    final String id;
    final CuratorFramework curator;
    final DefaultCamelContext context = new DefaultCamelContext();

    Replica(String id, Settings settings, Consumer<String> sink) throws Exception {
        this.id = id;
        curator = joinCluster(context, id, settings.zookeeper());

        JikoComponent jiko = new JikoComponent();
        JikoConfiguration config = jiko.getConfiguration();
        config.setBaseUrl(settings.baseUrl());
        config.setTokenUrl(settings.tokenUrl());
        config.setClientId(settings.clientId());
        config.setPrivateKey(settings.privateKeyPem());
        context.addComponent("jiko", jiko);

        JdbcDataSource positions = new JdbcDataSource();
        positions.setURL(settings.jdbcUrl());
        context.getRegistry().bind("positions", new JdbcStateRepository(positions));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:jiko-events:jiko:listTransactions?startFrom=" + settings.startFrom()
                     + "&stateRepository=#positions&maxMessagesPerPoll=250&delay=20")
                        .routeId("transactions")
                        // a sink that takes a moment per item, so that the stream lasts long enough to fail over
                        .delay(1).syncDelayed()
                        .process(e -> sink.accept(e.getMessage().getHeader(JikoConstants.ITEM_ID, String.class)));
            }
        });
        context.start();
    }

    /**
     * Adds camel-zookeeper's cluster service (what master: needs) to a context, as the member {@code id}. The test
     * owns the Curator client so that it can reach its ZooKeeper session (to expire it); the caller closes it.
     */
    static CuratorFramework joinCluster(CamelContext context, String id, String zookeeper) throws Exception {
        CuratorFramework curator = CuratorFrameworkFactory.builder().connectString(zookeeper)
                .sessionTimeoutMs(SESSION_TIMEOUT_MS).connectionTimeoutMs(SESSION_TIMEOUT_MS)
                .retryPolicy(new ExponentialBackoffRetry(100, 5)).build();
        curator.start();
        ZooKeeperClusterService cluster = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        cluster.setId(id);
        cluster.setBasePath("/camel/cluster");
        cluster.setCuratorFramework(curator);
        context.addService(cluster);
        return curator;
    }

    @Override
    public void close() {
        context.stop();
        curator.close();
    }

    /** A replica in a JVM of its own: it appends each delivered id to a file, unbuffered, until it is killed. */
    public static void main(String[] args) throws Exception {
        Path sink = Path.of(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
        Settings settings = Settings.of(rest);
        settings = new Settings(settings.baseUrl(), settings.tokenUrl(), settings.clientId(),
                Files.readString(Path.of(settings.privateKeyPem())), settings.zookeeper(), settings.jdbcUrl(),
                settings.startFrom());
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(sink.toFile(), true);
             Replica replica = new Replica(args[1], settings, id -> {
                 try {
                     out.write((id + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                 } catch (java.io.IOException e) {
                     throw new java.io.UncheckedIOException(e);
                 }
             })) {
            Thread.currentThread().join(); // runs until the test kills this JVM
        }
    }
}
