package io.cameljiko.component.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the openApiSpec option: a {@code file:} or {@code classpath:} location or a plain file path, YAML or JSON.
 * One instance per component parses each location once; every failure names the option.
 */
public final class OpenApiSpecs {

    /** The option's name, for messages. */
    public static final String OPTION = "openApiSpec";
    /** Maven coordinates of the optional parser, named in the error when it is missing. */
    static final String LIBRARY = "io.swagger.parser.v3:swagger-parser-v3 (2.1.37, the version Camel 4.18.0 uses)";
    static final String PARSER_CLASS = "io.swagger.v3.parser.OpenAPIV3Parser";

    /** A parsed description and the catalog checked against it. */
    public record Spec(ApiDescription description, CheckReport report) {
    }

    private final Map<String, Spec> parsed = new ConcurrentHashMap<>();

    /** The description at {@code location} and its check, made on first use. */
    public Spec get(String location, ClassLoader classLoader) {
        return parsed.computeIfAbsent(location.trim(), l -> {
            ApiDescription description = load(l, classLoader);
            return new Spec(description, CatalogCheck.check(description));
        });
    }

    /** Reads and parses without caching (the command-line check). */
    public static ApiDescription load(String location, ClassLoader classLoader) {
        requireLibrary(PARSER_CLASS, classLoader);
        String text = read(location, classLoader);
        try {
            return SpecParser.parse(location, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option " + OPTION + ": " + location + " " + e.getMessage(), e);
        }
    }

    /** A clear start-up error instead of a NoClassDefFoundError deep in a route. */
    static void requireLibrary(String className, ClassLoader classLoader) {
        try {
            Class.forName(className, false, classLoader != null ? classLoader : OpenApiSpecs.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Option " + OPTION + " needs the OpenAPI parser on the classpath: add the "
                                            + "dependency " + LIBRARY + " next to camel-jiko-component");
        }
    }

    static String read(String location, ClassLoader classLoader) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
                ClassLoader cl = classLoader != null ? classLoader : OpenApiSpecs.class.getClassLoader();
                try (InputStream in = cl.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("Option " + OPTION + ": " + location + " is not on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.startsWith("file:")
                && !location.matches("^[a-zA-Z]:[\\\\/].*")) {
                throw new IllegalArgumentException("Option " + OPTION + ": " + location + " is neither file:, classpath: "
                                                   + "nor a file path (download the description and point at your copy)");
            }
            Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("Option " + OPTION + ": cannot read " + location + " (" + e + ")", e);
        }
    }
}
