package io.cameljiko.component.consumer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.json.JikoJson;

/**
 * Reads a polled item's id and instant from its model, for a listing whose pages are read straight into models
 * (outputType=model): the catalog's JSON paths name the model's properties, found the way Jackson names them.
 * Only a plain time-filtered listing qualifies; one whose body is a part of the item, or whose events are filtered
 * by type, is read as JSON trees.
 */
final class ModelKeys {

    /**
     * The accessors of a model's properties by JSON name, as Jackson names them, found once per class:
     * introspecting the model again was a fifth of building a consumer route in a profile of repeated route starts.
     */
    private static final ClassValue<Map<String, AnnotatedMember>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, AnnotatedMember> computeValue(Class<?> model) {
            BeanDescription description = JikoJson.MAPPER.getSerializationConfig()
                    .introspect(JikoJson.MAPPER.constructType(model));
            Map<String, AnnotatedMember> accessors = new HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.getAccessor() != null) {
                    accessors.put(property.getName(), property.getAccessor()); // a public record's accessor
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final AnnotatedMember id;
    private final AnnotatedMember instant;

    private ModelKeys(AnnotatedMember id, AnnotatedMember instant) {
        this.id = id;
        this.instant = instant;
    }

    /** The keys of the operation's item model, or null when its items must be read as JSON trees. */
    static ModelKeys of(Operation operation) {
        PollSpec spec = operation.poll();
        Class<?> model = operation.resultModel();
        if (spec == null || spec.kind() != PollSpec.Kind.INCREMENTAL || model == null || spec.unwrapPath() != null
            || spec.eventTypePath() != null || spec.idPath().contains(".") || spec.timestampPath().contains(".")) {
            return null;
        }
        Map<String, AnnotatedMember> accessors = ACCESSORS.get(model);
        AnnotatedMember id = accessors.get(spec.idPath());
        AnnotatedMember instant = accessors.get(spec.timestampPath());
        // a model that holds its time as anything but an Instant is read as trees, where the text is parsed
        return id == null || instant == null || instant.getRawType() != Instant.class ? null : new ModelKeys(id, instant);
    }

    /** The id as the JSON path would read it: its text, or null. */
    String id(Object model) {
        Object value = id.getValue(model);
        return value == null ? null : value.toString();
    }

    /** The instant, read by the model's own deserializer (the same parse as the JSON path's text), or null. */
    Instant instant(Object model) {
        return (Instant) instant.getValue(model);
    }
}
