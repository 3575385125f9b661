package io.cameljiko.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.model.Team;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML snippets of docs/getting-started.md are loaded and run against the simulator, so they cannot rot. */
class DocsSnippetsTest {

    static final Path GETTING_STARTED = Path.of("..", "docs", "getting-started.md");
    JikoSimulator sim;
    DefaultCamelContext context;

    @BeforeEach
    void start() {
        sim = JikoSimulator.builder().port(0).build().start();
        context = new DefaultCamelContext();
        JikoComponent jiko = new JikoComponent();
        JikoConfiguration c = jiko.getConfiguration();
        c.setBaseUrl(sim.baseUrl());
        c.setTokenUrl(sim.tokenUrl());
        c.setClientId(sim.demoClientId());
        c.setPrivateKey(sim.demoPrivateKeyPem());
        context.addComponent("jiko", jiko);
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.close();
    }

    static List<String> yamlBlocks(Path md) throws Exception {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(md));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    void load(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("snippet.camel.yaml", yaml));
    }

    @Test
    void theFirstYamlRouteCallsGetTeam() throws Exception {
        String team = yamlBlocks(GETTING_STARTED).stream().filter(b -> b.contains("jiko:getTeam")).findFirst().orElseThrow();
        load(team);
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        context.start();
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(sim.receivedRequests()).anyMatch(r -> r.path().equals("/api/v1/team/"));
    }

    @Test
    void theFirstJavaRouteReadsTheTeamModel() throws Exception {
        // the processor of getting-started.md's TeamRoute, with the route ending in a mock for the assertion
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:team?repeatCount=1")
                        .to("jiko:getTeam")
                        .process(e -> {
                            Team t = e.getMessage().getBody(Team.class);
                            log.info("Team {}: {} member groups", t.teamId(), t.membersByStatus().size());
                            e.getMessage().setHeader("groups", t.membersByStatus().size());
                        })
                        .to("mock:team");
            }
        });
        context.start();
        var mock = context.getEndpoint("mock:team", org.apache.camel.component.mock.MockEndpoint.class);
        mock.expectedMessageCount(1);
        mock.assertIsSatisfied(20_000);
        Exchange ex = mock.getReceivedExchanges().get(0);
        assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo(sim.state().teamId());
        assertThat(ex.getMessage().getHeader("groups", Integer.class)).isPositive();
    }

    @Test
    void theConsumerSnippetStartsAndReceivesARejection() throws Exception {
        String consumer = yamlBlocks(GETTING_STARTED).stream().filter(b -> b.contains("jiko:listEvents")).findFirst()
                .orElseThrow().replace("delay: 30000", "delay: 200");
        load(consumer);
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        context.start();
        // the consumer starts from now: wait for its first poll, then emit a rejection
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> sim.receivedRequests().stream().anyMatch(r -> r.path().equals("/api/v1/events/")));
        sim.emitEvent("transfers.wire.out.rejected", java.util.Map.of("wire_id", java.util.UUID.randomUUID().toString()));
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
    }
}
