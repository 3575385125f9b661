package io.cameljiko.component.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.StateRepository;

/**
 * A state repository that outlives the CamelContexts using it, like a database shared by two runs of a process:
 * stopping a context does not clear it. Tests read the keys and the stored positions.
 */
final class KeptPositions implements StateRepository<String, String> {

    final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public void setState(String key, String value) {
        values.put(key, value);
    }

    @Override
    public String getState(String key) {
        return values.get(key);
    }

    @Override
    public void start() {
        // nothing to open
    }

    @Override
    public void stop() {
        // kept on purpose
    }
}
