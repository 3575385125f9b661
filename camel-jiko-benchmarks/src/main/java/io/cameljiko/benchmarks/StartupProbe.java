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
 * since the JVM started. {@code jiko}: camel-jiko with a fixed token and typed model; {@code http}: a camel-http
 * route with a bearer header and unmarshal json.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        String base = args[1];
        try (CamelContext camel = new DefaultCamelContext()) {
            if (contender.equals("jiko")) {
                JikoComponent jiko = new JikoComponent();
                jiko.getConfiguration().setBaseUrl(base);
                jiko.getConfiguration().setAccessToken(StubJiko.TOKEN);
                camel.addComponent("jiko", jiko);
            }
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    if (contender.equals("jiko")) {
                        from("direct:team").to("jiko:getTeam?outputType=model");
                    } else {
                        from("direct:team").setHeader("Authorization", constant("Bearer " + StubJiko.TOKEN))
                                .setHeader("Accept", constant("application/json"))
                                .to(base + StubJiko.TEAM_PATH).unmarshal().json();
                    }
                }
            });
            camel.start();
            Object team = camel.createProducerTemplate().requestBody("direct:team", (Object) null);
            boolean ok = contender.equals("jiko") ? team instanceof Team t && t.teamId() != null
                    : team instanceof Map<?, ?> m && m.get("team_id") != null;
            if (!ok) {
                throw new IllegalStateException("wrong first getTeam: " + team);
            }
            System.out.println(ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
