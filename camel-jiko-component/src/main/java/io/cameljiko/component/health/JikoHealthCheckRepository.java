package io.cameljiko.component.health;

import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;

/**
 * The {@code jiko} component's own checks, registered in the context's {@link HealthCheckRegistry} while the
 * component runs (when camel-health is present, as with camel-main's camel.health.enabled or the Spring Boot
 * actuator). Consumer checks stay in Camel's consumers repository; they carry Jiko details of their own.
 */
public final class JikoHealthCheckRepository implements HealthCheckRepository {

    public static final String ID = "camel-jiko";

    private final List<HealthCheck> checks;
    private boolean enabled = true;

    public JikoHealthCheckRepository(JikoComponentView component) {
        this.checks = List.<HealthCheck>of(new JikoTokenHealthCheck(component));
    }

    /** Adds the component's checks to the registry, if the context has one; returns the repository or null. */
    public static JikoHealthCheckRepository register(JikoComponentView component) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
        if (registry == null) {
            return null;
        }
        JikoHealthCheckRepository repository = new JikoHealthCheckRepository(component);
        registry.register(repository);
        return repository;
    }

    public void unregister(JikoComponentView component) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
        if (registry != null) {
            registry.unregister(this);
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return enabled ? checks.stream() : Stream.empty();
    }
}
