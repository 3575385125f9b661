package io.cameljiko.component.catalog;

public enum ParamLocation {
    PATH,
    QUERY
}
