package io.cameljiko.replicas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The manifests of docs/production.md: the Kubernetes objects are checked for what leader election needs, and the
 * routes they carry are loaded with the YAML DSL (beans built, jiko options checked). No Kubernetes is needed.
 */
class LeaderElectedManifestTest {

    static final Path DOCS = Path.of("..", "docs", "production");
    static final String ROUTE = "jiko-transactions";

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String file) throws Exception {
        Iterable<Object> all = new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(DOCS.resolve(file)));
        List<Map<String, Object>> docs = new java.util.ArrayList<>();
        all.forEach(d -> docs.add((Map<String, Object>) d));
        return docs;
    }

    static Map<String, Object> kind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String p : path) {
            current = current instanceof List<?> l ? l.get(Integer.parseInt(p)) : ((Map<String, Object>) current).get(p);
        }
        return (T) current;
    }

    /** Loads routes and beans as camel-main would, without starting anything. */
    static CamelContext load(String name, String yaml) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties props = new Properties();
        props.setProperty("jiko.positions.url", "jdbc:postgresql://positions-db:5432/jiko");
        props.setProperty("jiko.positions.user", "jiko");
        props.setProperty("jiko.positions.password", "not-a-real-password");
        context.getPropertiesComponent().setInitialProperties(props);
        JikoComponent jiko = new JikoComponent();
        jiko.getConfiguration().setAccessToken("stands-for-the-secret"); // the credentials come from a Secret
        context.addComponent("jiko", jiko);
        context.build();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name, yaml));
        return context;
    }

    @Test
    void plainKubernetesGrantsTheLeaseRbacAndItsRoutesLoad() throws Exception {
        List<Map<String, Object>> docs = documents("jiko-leader-elected.kubernetes.yaml");
        List<Map<String, Object>> rules = at(kind(docs, "Role"), "rules");
        assertThat(rules).anySatisfy(rule -> {
            assertThat((Object) at(rule, "apiGroups")).isEqualTo(List.of("coordination.k8s.io"));
            assertThat((Object) at(rule, "resources")).isEqualTo(List.of("leases"));
            assertThat(LeaderElectedManifestTest.<List<String>>at(rule, "verbs")).contains("get", "list", "watch", "create", "update", "patch");
        });
        assertThat(rules).anySatisfy(rule -> {
            assertThat((Object) at(rule, "resources")).isEqualTo(List.of("pods"));
            assertThat(LeaderElectedManifestTest.<List<String>>at(rule, "verbs")).contains("get", "list");
        });
        Map<String, Object> deployment = kind(docs, "Deployment");
        assertThat((Object) at(deployment, "spec", "replicas")).isEqualTo(2);
        assertThat((Object) at(deployment, "spec", "template", "spec", "serviceAccountName"))
                .isEqualTo(at(kind(docs, "RoleBinding"), "subjects", "0", "name"))
                .isEqualTo(at(kind(docs, "ServiceAccount"), "metadata", "name"));
        assertThat((Object) at(kind(docs, "RoleBinding"), "roleRef", "name")).isEqualTo(at(kind(docs, "Role"), "metadata", "name"));
        // the pods carry the cluster labels the election lists its members by
        Map<String, String> podLabels = at(deployment, "spec", "template", "metadata", "labels");

        Map<String, String> files = at(kind(docs, "ConfigMap"), "data");
        assertThat(files).containsOnlyKeys("jiko-transactions.camel.yaml");
        CamelContext context = load("jiko-transactions.camel.yaml", files.get("jiko-transactions.camel.yaml"));

        KubernetesClusterService election = context.getRegistry().lookupByNameAndType("leaderElection", KubernetesClusterService.class);
        assertThat(election.getLeaseResourceType()).isEqualTo(LeaseResourceType.Lease);
        assertThat(election.getKubernetesResourceName()).isEqualTo("jiko-leaders");
        assertThat(election.getClusterLabels()).isEqualTo(podLabels);
        assertThat(election.getRenewDeadlineMillis()).isLessThan(election.getLeaseDurationMillis());
        assertRouteAndPositions(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void camelKIntegrationUsesTheMasterTraitAndTheSameRoute() throws Exception {
        Map<String, Object> integration = kind(documents("jiko-leader-elected.camel-k.yaml"), "Integration");
        assertThat((Object) at(integration, "apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat((Object) at(integration, "spec", "replicas")).isEqualTo(2);
        assertThat((Object) at(integration, "spec", "traits", "master", "enabled")).isEqualTo(true);
        assertThat((Object) at(integration, "spec", "traits", "master", "resourceType")).isEqualTo("Lease");
        assertThat(LeaderElectedManifestTest.<List<String>>at(integration, "spec", "dependencies"))
                .contains("mvn:io.cameljiko:camel-jiko-component:0.1.0-SNAPSHOT", "camel:master", "camel:kubernetes");

        String flows = new Dump(DumpSettings.builder().build()).dumpToString(at(integration, "spec", "flows"));
        CamelContext context = load("flows.camel.yaml", flows);
        assertRouteAndPositions(context);

        String plain = at(kind(documents("jiko-leader-elected.kubernetes.yaml"), "ConfigMap"), "data", "jiko-transactions.camel.yaml");
        // the same route and position beans as the plain Kubernetes one (only the cluster service bean differs)
        List<Object> plainFlows = (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(plain);
        List<Object> camelKFlows = at(integration, "spec", "flows");
        assertThat((Object) at(camelKFlows, "1")).isEqualTo(at(plainFlows, "1"));
        assertThat(LeaderElectedManifestTest.<List<Object>>at(plainFlows, "0", "beans"))
                .startsWith(LeaderElectedManifestTest.<List<Object>>at(camelKFlows, "0", "beans").toArray());
    }

    private static RouteDefinition route(CamelContext context) {
        return ((ModelCamelContext) context).getRouteDefinition(ROUTE);
    }

    private static void assertRouteAndPositions(CamelContext context) throws Exception {
        RouteDefinition route = route(context);
        String from = route.getInput().getEndpointUri();
        assertThat(from).startsWith("master:jiko-transactions:jiko:listTransactions?");
        // the jiko endpoint behind master: exists with these options (a misspelt option fails here)
        JikoEndpoint jiko = context.getEndpoint(from.substring("master:jiko-transactions:".length()), JikoEndpoint.class);
        assertThat(jiko.getConfiguration().getStateRepository()).isInstanceOf(JdbcStateRepository.class);
        assertThat(jiko.getDelay()).isEqualTo(30_000);
        JdbcStateRepository positions = context.getRegistry().lookupByNameAndType("positions", JdbcStateRepository.class);
        assertThat(positions.getDataSource()).isInstanceOf(PGSimpleDataSource.class);
        assertThat(((PGSimpleDataSource) positions.getDataSource()).getURL()).startsWith("jdbc:postgresql://positions-db:5432/jiko");
        assertThat(((PGSimpleDataSource) positions.getDataSource()).getUser()).isEqualTo("jiko");
        assertThat(route.toString()).contains("kafka:jiko.transactions").contains("CamelJikoItemId");
    }

    @Test
    void withoutAClusterServiceMasterFailsAtStartup() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("jiko", new JikoComponent());
        // what camel-master 4.18.0 says; docs/production.md maps it to the dependency to add
        assertThatThrownBy(() -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("master:jiko-transactions:jiko:listTransactions").to("log:x");
                }
            });
            context.start();
        }).rootCause().isInstanceOf(IllegalStateException.class).hasMessage("No cluster service found");
        context.stop();
    }
}
