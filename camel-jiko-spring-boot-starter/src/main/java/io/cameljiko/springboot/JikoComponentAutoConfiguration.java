package io.cameljiko.springboot;

import io.cameljiko.component.JikoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.jiko.*} to the jiko component, in the shape of Camel's own component starters:
 * a {@link ComponentCustomizer} that copies the bound {@link JikoComponentConfiguration} onto the component when
 * Camel creates it. {@code camel.component.jiko.enabled=false} (or {@code camel.component.enabled=false}) turns it off.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, JikoComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, JikoComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.jiko" })
public class JikoComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final JikoComponentConfiguration configuration;

    public JikoComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                          JikoComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureJikoComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.jiko.customizer") && target instanceof JikoComponent;
            }
        };
    }
}
