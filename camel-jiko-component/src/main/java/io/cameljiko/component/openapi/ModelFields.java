package io.cameljiko.component.openapi;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.cameljiko.component.json.JikoJson;

/** The JSON field names a model reads (snake_case, as Jiko writes them); otherFields is not one. */
final class ModelFields {

    private ModelFields() {
    }

    static Set<String> of(Class<?> model) {
        Set<String> out = new LinkedHashSet<>();
        if (model == null || model == Object.class || java.util.Map.class.isAssignableFrom(model)) {
            return out;
        }
        JsonSubTypes subTypes = model.getAnnotation(JsonSubTypes.class);
        if (subTypes != null && (model.isInterface() || java.lang.reflect.Modifier.isAbstract(model.getModifiers()))) {
            for (JsonSubTypes.Type t : subTypes.value()) {
                out.addAll(of(t.value())); // a polymorphic answer: the union of the variants
            }
            return out;
        }
        if (model.isRecord()) {
            for (RecordComponent c : model.getRecordComponents()) {
                // Jackson's annotations on a component land on its field and accessor, not on the component
                java.lang.reflect.Method accessor = c.getAccessor();
                if (accessor.isAnnotationPresent(JsonAnySetter.class) || accessor.isAnnotationPresent(JsonAnyGetter.class)) {
                    continue;
                }
                JsonProperty named = accessor.getAnnotation(JsonProperty.class);
                out.add(named != null && !named.value().isEmpty() ? named.value()
                        : ((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE).translate(c.getName()));
            }
            return out;
        }
        for (BeanPropertyDefinition p : JikoJson.MAPPER.getDeserializationConfig()
                .introspect(JikoJson.MAPPER.constructType(model)).findProperties()) {
            out.add(p.getName());
        }
        return out;
    }
}
