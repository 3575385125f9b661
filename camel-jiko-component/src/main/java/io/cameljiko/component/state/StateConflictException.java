package io.cameljiko.component.state;

/**
 * A position was not stored because another writer (another replica, typically the new leader) stored the same
 * key after this repository last read or wrote it. The writer that gets this is stale: it must re-read the key
 * before it writes again, which is what the jiko consumer does on its next poll.
 */
public class StateConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String message) {
        super(message);
    }
}
