package io.cameljiko.component.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The event types Jiko documents for the Customer API (webhooks use case page), and the eventTypes option's
 * patterns: comma-separated, {@code *} matches any text ({@code transfers.*.rejected}).
 */
public final class EventTypes {

    /** Documented Customer API event types. Jiko also mentions T-bill maturity events, without a type name. */
    public static final List<String> DOCUMENTED = List.of(
            "transfers.wire.out.processing", "transfers.wire.out.success", "transfers.wire.out.rejected",
            "transfers.wire.in.success", "transfers.wire.in.rejected",
            "transfers.on-us.processing", "transfers.on-us.success", "transfers.on-us.rejected",
            "transfers.on-us.received");

    private EventTypes() {
    }

    /** The patterns of an eventTypes value; empty when it is null or blank (= every type). */
    public static List<String> patterns(String eventTypes) {
        if (eventTypes == null || eventTypes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(eventTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a type matches the eventTypes value; everything matches an empty one. */
    public static Predicate<String> matcher(String eventTypes) {
        List<Pattern> compiled = patterns(eventTypes).stream().map(EventTypes::regex).toList();
        if (compiled.isEmpty()) {
            return type -> true;
        }
        return type -> type != null && compiled.stream().anyMatch(p -> p.matcher(type).matches());
    }

    /**
     * The concrete types a subscription needs: each pattern with a {@code *} is replaced by the documented types it
     * matches, a name without one is kept as given (Jiko may know types it does not document). Empty = all documented.
     *
     * @throws IllegalArgumentException when a pattern matches no documented type
     */
    public static List<String> expand(String eventTypes) {
        List<String> patterns = patterns(eventTypes);
        if (patterns.isEmpty()) {
            return DOCUMENTED;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (!pattern.contains("*")) {
                out.add(pattern);
                continue;
            }
            Pattern p = regex(pattern);
            List<String> matched = new ArrayList<>();
            DOCUMENTED.stream().filter(t -> p.matcher(t).matches()).forEach(matched::add);
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("Option eventTypes: '" + pattern + "' matches none of Jiko's documented "
                                                   + "event types (" + String.join(", ", DOCUMENTED) + ")");
            }
            out.addAll(matched);
        }
        return List.copyOf(out);
    }

    private static Pattern regex(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}
