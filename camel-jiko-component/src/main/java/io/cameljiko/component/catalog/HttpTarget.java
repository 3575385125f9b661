package io.cameljiko.component.catalog;

import java.net.URI;

/** Method and full URI of a call. */
public record HttpTarget(String method, URI uri) {
}
