package io.cameljiko.replicas;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.state.JdbcStateRepository;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.framework.CuratorFramework;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One replica of the push topology of docs/production.md, behind a load balancer: every replica receives
 * {@code webhook:jiko:listEvents} on its own HTTP port with reconciliation off ({@code reconcileInterval=-1}), and
 * runs {@code master:jiko-reconcile:jiko:listEvents}, which polls on the elected leader only. Both routes claim event
 * ids in one shared {@code JdbcMessageIdRepository} (camel-sql) and hand the event to the same {@code direct:handle}.
 */
final class WebhookReplica implements AutoCloseable {

    static final String SECRET = "whsec-replicas-0123456789-abcdef";
    static final String PATH = "/jiko/events";

    /** One event that reached the end of direct:handle: which replica, through which route (push or reconcile). */
    record Handled(String replica, String route, String eventId) {
    }

    /** What the replicas share: the Jiko API, ZooKeeper, one database for event ids and positions. */
    record Shared(String baseUrl, String zookeeper, String jdbcUrl, String startFrom) {
    }

    final String id;
    /** This replica's own bearer token, so that the test can tell its calls to Jiko from the other replica's. */
    final String accessToken;
    /** Event ids whose processing fails on this replica (the route throws). */
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final DefaultCamelContext context = new DefaultCamelContext();
    private final CuratorFramework curator;
    private final VertxPlatformHttpServer server;

    WebhookReplica(String id, String accessToken, Shared shared, List<Handled> handled) throws Exception {
        this.id = id;
        this.accessToken = accessToken;
        curator = Replica.joinCluster(context, id, shared.zookeeper());
        JikoComponent jiko = new JikoComponent();
        JikoConfiguration config = jiko.getConfiguration();
        config.setBaseUrl(shared.baseUrl());
        config.setAccessToken(accessToken);
        context.addComponent("jiko", jiko);

        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setPort(0);
        server = new VertxPlatformHttpServer(http);
        context.addService(server, true, true);

        JdbcDataSource database = new JdbcDataSource();
        database.setURL(shared.jdbcUrl());
        // one table (CAMEL_MESSAGEPROCESSED) for every replica: an id claimed by one is a duplicate for the others
        JdbcMessageIdRepository eventIds = new JdbcMessageIdRepository(database, "jiko-events");
        context.getRegistry().bind("eventIds", eventIds);
        context.getRegistry().bind("positions", new JdbcStateRepository(database));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:jiko:listEvents?webhookAutoRegister=false&webhookExternalUrl=https://hooks.example.com"
                     + "&webhookPath=" + PATH + "&sharedSecret=RAW(" + SECRET + ")"
                     + "&idempotentRepository=#eventIds&reconcileInterval=-1")
                        .routeId("push")
                        .to("direct:handle");
                // started by the test (startReconciliation), so that it chooses which replica is elected first
                from("master:jiko-reconcile:jiko:listEvents?stateRepository=#positions&startFrom=" + shared.startFrom()
                     + "&delay=100")
                        .routeId("reconcile").autoStartup(false)
                        .idempotentConsumer(header(JikoConstants.EVENT_ID), eventIds)
                        .to("direct:handle");
                from("direct:handle").routeId("handle")
                        .process(e -> {
                            if (failing.contains(e.getMessage().getHeader(JikoConstants.EVENT_ID, String.class))) {
                                throw new IllegalStateException("the sink refused the event on " + id);
                            }
                        })
                        .process(e -> handled.add(new Handled(id, e.getFromRouteId(),
                                e.getMessage().getHeader(JikoConstants.EVENT_ID, String.class))));
            }
        });
        context.start();
    }

    /** Where a load balancer would send Jiko's deliveries to this replica. */
    String url() {
        return "http://127.0.0.1:" + server.getPort() + PATH;
    }

    /** Joins the election for reconciliation: the reconcile route polls listEvents once this replica leads. */
    void startReconciliation() throws Exception {
        context.getRouteController().startRoute("reconcile");
    }

    @Override
    public void close() {
        context.stop();
        curator.close();
    }
}
