package io.cameljiko.component.catalog;

import java.util.List;

/** A parameter needed only when another has a given value (date_from and date_to when period=range). */
public record Condition(String option, String value, List<String> thenRequired) {

    public Condition {
        thenRequired = List.copyOf(thenRequired);
    }
}
