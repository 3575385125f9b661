package io.cameljiko.springboot;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JikoComponentConfiguration must offer every component option of jiko.json, with its type, default and
 * description: it is generated from jiko.json and this test fails when the two drift apart.
 * Regenerate with {@code -Djiko.docs.write=true} (the switch the component's doc tests use).
 */
class JikoComponentConfigurationSourceTest {

    @Test
    void committedSourceIsWhatJikoJsonGenerates() throws Exception {
        String expected = ConfigurationSource.render(ConfigurationSource.options());
        Path file = Path.of(ConfigurationSource.PATH);
        if (Boolean.getBoolean("jiko.docs.write")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date with jiko.json: regenerate it with -Dtest=JikoComponentConfigurationSourceTest "
                    + "-Djiko.docs.write=true", ConfigurationSource.PATH)
                .isEqualTo(expected);
    }

    @Test
    void everyComponentOptionHasAPropertyOfItsType() throws Exception {
        Map<String, PropertyDescriptor> properties = Arrays.stream(
                Introspector.getBeanInfo(JikoComponentConfiguration.class).getPropertyDescriptors())
                .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
        for (ConfigurationSource.Option option : ConfigurationSource.options()) {
            PropertyDescriptor p = properties.get(option.name());
            assertThat(p).as("property for option %s", option.name()).isNotNull();
            assertThat(p.getWriteMethod()).as("setter of %s", option.name()).isNotNull();
            String simple = p.getPropertyType().getName().replace("java.lang.", "");
            assertThat(ConfigurationSource.fieldType(option)).as("type of %s", option.name()).startsWith(simple);
        }
        assertThat(JikoComponentConfiguration.SECRET_OPTIONS).contains("privateKey", "accessToken");
    }
}
