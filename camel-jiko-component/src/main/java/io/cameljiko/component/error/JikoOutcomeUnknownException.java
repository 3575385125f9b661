package io.cameljiko.component.error;

/**
 * A request that is not safe to repeat (POST, PATCH) may have reached Jiko, but no answer came back.
 * The component does not retry it: look the result up (for a transfer request, with getTransferRequest and
 * {@link #getResourceId()}) before trying again.
 */
public class JikoOutcomeUnknownException extends JikoApiException {

    private final String resourceId;

    public JikoOutcomeUnknownException(String message, String operation, String resourceId, Throwable cause) {
        super(message, 0, operation, cause);
        this.resourceId = resourceId;
    }

    /** The client-side id of what was being created (the transfer id), when known. */
    public String getResourceId() {
        return resourceId;
    }
}
