package io.cameljiko.component.consumer;

/**
 * The names of the headers a consumer sets on each item's exchange. JikoConstants declares them, with their
 * descriptions, for Camel's metadata.
 */
public final class ItemHeaders {

    public static final String ITEM_ID = "CamelJikoItemId";
    public static final String EVENT_ID = "CamelJikoEventId";
    public static final String EVENT_TYPE = "CamelJikoEventType";
    public static final String CHANGE = "CamelJikoChange";
    /** webhook:jiko: push or reconcile. */
    public static final String DELIVERY = "CamelJikoDelivery";

    private ItemHeaders() {
    }
}
