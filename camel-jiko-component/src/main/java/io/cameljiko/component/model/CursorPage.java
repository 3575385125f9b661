package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One page of a Jiko list: {@code {"prev_page", "next_page", "items", "object_type": "CursorList"}}.
 * Pass {@code nextPage} as the cursor to read the next page; it is null on the last page.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPage<T>(
        String prevPage,
        String nextPage,
        List<T> items,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public CursorPage {
        items = items == null ? List.of() : items;
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    public boolean hasNext() {
        return nextPage != null && !nextPage.isBlank();
    }
}
