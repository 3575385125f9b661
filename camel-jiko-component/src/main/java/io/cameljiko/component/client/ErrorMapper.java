package io.cameljiko.component.client;

import io.cameljiko.component.json.JikoJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.error.JikoErrorDetail;
import io.cameljiko.component.error.JikoRateLimitException;

/** Turns a non-2xx answer into the matching exception, with Jiko's own explanation. */
public final class ErrorMapper {

    static final int MAX_READ = 64 * 1024;
    static final int MAX_EXCERPT = 2000;

    private ErrorMapper() {
    }

    /**
     * The exception for a non-2xx answer. The body is masked before anything is taken from it ({@link SecretMask}):
     * {@code sent} are the credentials that went with the request (token, assertion), masked wherever echoed.
     */
    public static JikoApiException map(String operation, HttpAnswer response, String... sent) {
        int status = response.statusCode();
        String body = SecretMask.mask(read(response.body()), sent);
        JsonNode json = parse(body);
        List<JikoErrorDetail> details = details(json);
        String excerpt = excerpt(body, json);
        String explanation = details.isEmpty() ? "" : ": " + details.stream().map(JikoErrorDetail::toString)
                .collect(Collectors.joining("; "));
        String message = "Jiko answered " + status + " to " + operation + explanation;
        if (status == 429) {
            Duration retryAfter = RetryingTransport.retryAfter(response.headers()).orElse(null);
            return new JikoRateLimitException(message + (retryAfter != null
                    ? " (Retry-After " + retryAfter.toSeconds() + " s; not waited for, it exceeds maxRetryAfter or maxRateLimitWait, or the retries are used up)"
                    : ""), operation, retryAfter, details, excerpt);
        }
        if (status == 401 || status == 403) {
            return new JikoAuthenticationException(message, status, operation, details, excerpt);
        }
        return new JikoApiException(message, status, operation, details, excerpt);
    }

    static String read(InputStream in) {
        try (in) {
            return new String(in.readNBytes(MAX_READ), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : JikoJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** FastAPI's {"detail":[{loc,msg,type}]}, a plain {"detail":"..."}, or OAuth's {error, error_description}. */
    static List<JikoErrorDetail> details(JsonNode json) {
        List<JikoErrorDetail> out = new ArrayList<>();
        if (json == null || !json.isObject()) {
            return out;
        }
        JsonNode detail = json.get("detail");
        if (detail != null && detail.isArray()) {
            for (JsonNode item : detail) {
                List<String> loc = new ArrayList<>();
                item.path("loc").forEach(l -> loc.add(l.asText()));
                out.add(new JikoErrorDetail(loc, item.path("msg").asText(null), item.path("type").asText(null)));
            }
        } else if (detail != null && detail.isTextual()) {
            out.add(new JikoErrorDetail(List.of(), detail.asText(), json.path("type").asText(null)));
        } else if (json.hasNonNull("error")) {
            String description = json.path("error_description").asText(null);
            out.add(new JikoErrorDetail(List.of(), json.get("error").asText() + (description != null ? ": " + description : ""),
                    null));
        }
        return out;
    }

    /**
     * The body, shortened. FastAPI echoes the rejected value in detail[].input (it can be a shared secret),
     * so input and ctx are removed before the body is kept.
     */
    static String excerpt(String body, JsonNode json) {
        String text = body;
        if (json != null && json.path("detail").isArray()) {
            json.path("detail").forEach(item -> {
                if (item instanceof ObjectNode o) {
                    o.remove("input");
                    o.remove("ctx");
                }
            });
            text = json.toString();
        }
        return text.length() > MAX_EXCERPT ? text.substring(0, MAX_EXCERPT) + "…" : text;
    }
}
