package io.cameljiko.component.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the HTTP request of a catalog operation from options and headers (a header wins), validating
 * every parameter first: bad input fails here, before any token or API call.
 */
public final class RequestFactory {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private RequestFactory() {
    }

    /**
     * @param options reads an option of the endpoint by name
     * @param headers reads a message header by name
     */
    public static URI uri(Operation operation, String baseUrl, Function<String, Object> options,
                          Function<String, Object> headers) {
        String path = operation.pathTemplate();
        StringBuilder query = new StringBuilder();
        for (Param param : operation.params()) {
            Object value = headers.apply(Param.headerOf(param.optionName()));
            if (isBlank(value)) {
                value = options.apply(param.optionName());
            }
            List<String> values = ParameterValues.format(operation, param, value);
            if (values.isEmpty()) {
                if (param.required()) {
                    throw new IllegalArgumentException("Operation " + operation.name() + " needs option "
                                                       + param.optionName() + " (or header "
                                                       + Param.headerOf(param.optionName()) + "): "
                                                       + param.describeType());
                }
                continue;
            }
            if (param.location() == ParamLocation.PATH) {
                path = path.replace("{" + param.apiName() + "}", encodePathSegment(values.get(0)));
            } else {
                for (String v : values) {
                    query.append(query.length() == 0 ? '?' : '&').append(encode(param.apiName())).append('=')
                            .append(encode(v));
                }
            }
        }
        for (Condition condition : operation.conditions()) {
            Object value = valueOf(condition.option(), options, headers);
            if (!isBlank(value) && value.toString().trim().equalsIgnoreCase(condition.value())) {
                for (String needed : condition.thenRequired()) {
                    if (isBlank(valueOf(needed, options, headers))) {
                        throw new IllegalArgumentException("Operation " + operation.name() + " with " + condition.option()
                                                           + "=" + condition.value() + " needs option " + needed
                                                           + " (or header " + Param.headerOf(needed) + ")");
                    }
                }
            }
        }
        return URI.create(baseUrl + path + query);
    }

    private static Object valueOf(String option, Function<String, Object> options, Function<String, Object> headers) {
        Object value = headers.apply(Param.headerOf(option));
        return isBlank(value) ? options.apply(option) : value;
    }

    /**
     * The download operation: an absolute http(s) URL, or a path on the API host. The token goes along only
     * when the URL is on the API's own scheme, host and port, so it never reaches a file host or a stranger.
     */
    public static HttpTarget download(String baseUrl, Function<String, Object> options, Function<String, Object> headers) {
        Object value = valueOf("url", options, headers);
        if (isBlank(value)) {
            throw new IllegalArgumentException("Operation download needs option url (or header CamelJikoUrl): the "
                                               + "pdf_download_url of a statement or the download_url of a report file");
        }
        String text = value.toString().trim();
        URI uri;
        try {
            uri = text.startsWith("/") ? URI.create(baseUrl + text) : URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option url of operation download is not a valid URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("Option url of operation download must be an http(s) URL or an API path");
        }
        return new HttpTarget("GET", uri);
    }

    public static boolean sameOrigin(URI uri, String baseUrl) {
        URI base = URI.create(baseUrl);
        return uri.getScheme().equalsIgnoreCase(base.getScheme()) && uri.getHost().equalsIgnoreCase(base.getHost())
               && port(uri) == port(base);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request operation: method and path from options or headers, checked. */
    public static HttpTarget genericTarget(String baseUrl, Function<String, Object> options,
                                                    Function<String, Object> headers) {
        Object method = headers.apply(Param.headerOf("method"));
        if (isBlank(method)) {
            method = options.apply("method");
        }
        Object path = headers.apply(Param.headerOf("path"));
        if (isBlank(path)) {
            path = options.apply("path");
        }
        if (isBlank(method) || !METHODS.contains(method.toString().trim().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Operation request needs option method (or header " + Param.headerOf("method")
                                               + "): one of GET, POST, PUT, PATCH, DELETE; got "
                                               + (isBlank(method) ? "none" : "'" + method + "'"));
        }
        if (isBlank(path) || !path.toString().trim().startsWith("/") || path.toString().contains("://")
            || path.toString().contains("..")) {
            throw new IllegalArgumentException("Operation request needs option path (or header " + Param.headerOf("path")
                                               + "): an absolute API path such as /api/v2/business-applications/; got "
                                               + (isBlank(path) ? "none" : "'" + path + "'"));
        }
        URI uri;
        try {
            uri = URI.create(baseUrl + path.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option path of operation request is not a valid URI path: '" + path + "'");
        }
        return new HttpTarget(method.toString().trim().toUpperCase(Locale.ROOT), uri);
    }

    static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String encodePathSegment(String s) {
        return encode(s).replace("+", "%20");
    }
}
