package io.cameljiko.simulator;

import java.util.Map;

/** A stored thing the API lists: ordered by {@link #sortKey()} ("time|id", the keyset of a cursor), answered as {@link #json()}. */
interface Item {
    String sortKey();

    /** The API's JSON object, a fresh ordered map (field order as Jiko answers). */
    Map<String, Object> json();
}
