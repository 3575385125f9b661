package io.cameljiko.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Map;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.model.Team;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Run in a fresh JVM: starts a Camel context with one route, makes the first getTeam and prints the milliseconds
 * since the JVM started. {@code jiko}: camel-jiko with a fixed token and typed model; {@code jiko-tls}: the same with
 * a second, never called route to an https URL, so the JVM's TLS set-up is loaded as it is for a user of the real
 * (https) Jiko, which the camel-http route loads at start whatever its URL; {@code http}: a camel-http route with a
 * bearer header and unmarshal json.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        String base = args[1];
        try (CamelContext camel = new DefaultCamelContext()) {
            boolean jikoRoute = contender.startsWith("jiko");
            if (jikoRoute) {
                JikoComponent jiko = new JikoComponent();
                jiko.getConfiguration().setBaseUrl(base);
                jiko.getConfiguration().setAccessToken(StubJiko.TOKEN);
                camel.addComponent("jiko", jiko);
            }
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    if (jikoRoute) {
                        from("direct:team").to("jiko:getTeam?outputType=model");
                        if (contender.equals("jiko-tls")) {
                            from("direct:unused").to("jiko:getTeam?baseUrl=https://127.0.0.1:1");
                        }
                    } else {
                        from("direct:team").setHeader("Authorization", constant("Bearer " + StubJiko.TOKEN))
                                .setHeader("Accept", constant("application/json"))
                                .to(base + StubJiko.TEAM_PATH).unmarshal().json();
                    }
                }
            });
            camel.start();
            Object team = camel.createProducerTemplate().requestBody("direct:team", (Object) null);
            boolean ok = jikoRoute ? team instanceof Team t && t.teamId() != null
                    : team instanceof Map<?, ?> m && m.get("team_id") != null;
            if (!ok) {
                throw new IllegalStateException("wrong first getTeam: " + team);
            }
            System.out.println(ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
