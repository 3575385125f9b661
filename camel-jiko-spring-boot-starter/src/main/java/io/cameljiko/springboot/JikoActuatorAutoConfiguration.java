package io.cameljiko.springboot;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the jiko secrets (privateKey, accessToken: the options marked secret in jiko.json) out of actuator's
 * configprops and env endpoints even with {@code management.endpoint.*.show-values=always}, which in Spring
 * Boot 3 otherwise shows every value as it is.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class JikoActuatorAutoConfiguration {

    /** privateKey, private-key, PRIVATE_KEY... reduced to letters, lower case. */
    static final Set<String> SECRET_KEYS = JikoComponentConfiguration.SECRET_OPTIONS.stream().map(JikoActuatorAutoConfiguration::letters)
            .collect(Collectors.toSet());

    @Bean
    SanitizingFunction jikoSecretsSanitizer() {
        return data -> isJikoSecret(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    static boolean isJikoSecret(SanitizableData data) {
        String key = data.getKey();
        if (key == null) {
            return false;
        }
        String all = letters(key);
        // env: the full name in any relaxed form (camel.component.jiko.private-key, CAMEL_COMPONENT_JIKO_PRIVATEKEY)
        if (all.startsWith("camelcomponentjiko")) {
            return SECRET_KEYS.stream().anyMatch(all::endsWith);
        }
        // configprops: the bean's own property names (privateKey), also inside the nested configuration
        return !key.contains(".") && !key.contains("_") && SECRET_KEYS.contains(all);
    }

    private static String letters(String s) {
        return s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
