package io.cameljiko.springboot;

import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class JikoStarterMisconfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, JikoComponentConverter.class,
                    JikoComponentAutoConfiguration.class));

    @Test
    void aMisspeltPropertyFailsStartUpNamingIt() {
        runner.withPropertyValues("camel.component.jiko.client-id=abc", "camel.component.jiko.clientt-id=abc")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("camel.component.jiko.clientt-id");
                });
    }

    @Test
    void correctPropertiesStart() {
        runner.withPropertyValues("camel.component.jiko.client-id=abc", "camel.component.jiko.max-retries=2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JikoComponentConfiguration.class).getMaxRetries()).isEqualTo(2);
                });
    }

    @Test
    void aBadValueFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("camel.component.jiko.environment=staging").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasMessageContaining("camel.component.jiko");
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("staging");
        });
    }

    @Test
    void everyObjectOptionTakesABeanReference() throws Exception {
        for (ConfigurationSource.Option option : ConfigurationSource.options()) {
            if ("object".equals(option.type())) {
                assertThat(JikoComponentConverter.BEAN_TYPES).as("bean reference converter for %s", option.name())
                        .containsValue(option.name());
            }
        }
    }

    @Test
    void theSanitizerMasksJikoSecretsInConfigpropsAndEnv() {
        MapPropertySource env = new MapPropertySource("test", java.util.Map.of());
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(null, "privateKey", "x"))).isTrue();
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(null, "accessToken", "x"))).isTrue();
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(env, "camel.component.jiko.private-key", "x")))
                .isTrue();
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(env, "CAMEL_COMPONENT_JIKO_ACCESSTOKEN", "x")))
                .isTrue();
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(null, "clientId", "x"))).isFalse();
        assertThat(JikoActuatorAutoConfiguration.isJikoSecret(new SanitizableData(env, "camel.component.kafka.access-token", "x")))
                .isFalse();
    }
}
