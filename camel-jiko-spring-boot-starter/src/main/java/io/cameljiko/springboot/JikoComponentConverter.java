package io.cameljiko.springboot;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cameljiko.component.JikoConfiguration;
import org.apache.camel.spi.StateRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object options take a bean reference, as in Camel's starters:
 * {@code camel.component.jiko.state-repository=#bean:jikoPositions} (or {@code #jikoPositions}).
 */
@AutoConfiguration
public class JikoComponentConverter {

    /** The object-typed component options of jiko.json; JikoStarterTest checks none is missing. */
    static final Map<Class<?>, String> BEAN_TYPES = Map.of(
            JikoConfiguration.class, "configuration",
            StateRepository.class, "stateRepository",
            org.apache.camel.spi.IdempotentRepository.class, "idempotentRepository",
            java.net.http.HttpClient.class, "httpClient");

    @Bean
    @ConfigurationPropertiesBinding
    static GenericConverter jikoBeanReferenceConverter(ApplicationContext applicationContext) {
        return new GenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return BEAN_TYPES.keySet().stream().map(type -> new ConvertiblePair(String.class, type))
                        .collect(Collectors.toSet());
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                if (source == null || !source.toString().startsWith("#")) {
                    return null;
                }
                String ref = source.toString();
                ref = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
                return applicationContext.getBean(ref, targetType.getType());
            }
        };
    }
}
