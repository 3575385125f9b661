package io.cameljiko.component.openapi;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** swagger-parser is optional: only SpecParser refers to it, and without it openApiSpec fails clearly. */
class OptionalParserTest {

    @Test
    void withoutTheParserOnTheClasspathTheOptionNamesTheDependencyToAdd() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            if (!entry.contains("swagger")) {
                urls.add(toUrl(entry));
            }
        }
        try (URLClassLoader withoutParser = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> specs = withoutParser.loadClass(OpenApiSpecs.class.getName());
            assertThat(specs.getClassLoader()).isSameAs(withoutParser);
            Throwable thrown = null;
            try {
                specs.getMethod("load", String.class, ClassLoader.class).invoke(null, Fixtures.FIXTURE, withoutParser);
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Option openApiSpec needs the OpenAPI parser on the classpath")
                    .hasMessageContaining("io.swagger.parser.v3:swagger-parser-v3");
        }
    }

    @Test
    void onlySpecParserRefersToTheParsersClasses() throws Exception {
        Path classes = Path.of(OpenApiSpecs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> referring = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("io/swagger/")) {
                    referring.add(classes.relativize(f).toString());
                }
            }
        }
        assertThat(referring).containsExactly("io/cameljiko/component/openapi/SpecParser.class");
    }

    private static URL toUrl(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
