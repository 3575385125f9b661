package io.cameljiko.component.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.catalog.EventTypes;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.catalog.RateLimitGroups;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.json.JsonPaths;
import io.cameljiko.component.state.StateConflictException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a Jiko list operation and emits its new items, oldest first. The position moves only when an
 * item's exchange completed: a failed exchange stops the batch and is offered again on the next poll,
 * and nothing after it is committed past it. With a stateRepository the position survives restarts.
 */
public class JikoConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(JikoConsumer.class);

    private final PollSource endpoint;
    private final Operation operation;
    private final PollSpec spec;
    private StateRepository<String, String> stateRepository;
    /** No stateRepository configured: the position lives in the tracker only, so it is not stored after each item. */
    private boolean positionInMemoryOnly;
    private String stateKey;
    private volatile PositionTracker tracker;
    private Instant start;
    /** The position could not be stored (repository down): read it again before the next poll. */
    private volatile boolean reload;
    /** Another replica wrote the position since this one claimed it: this one is stale and stops until restarted. */
    private volatile boolean fenced;
    private volatile Instant skipUntil;
    private final ConsumerStatus status = new ConsumerStatus();
    private final ItemBodies bodies;
    /** Non-null when pages can be read straight into models for outputType=model. */
    private final ModelKeys modelKeys;
    /** The options as read at the start of the current poll. */
    private volatile PollSettings settings;
    /** Camel's wait for a route that goes asynchronous: looked up once, not by every item's process() call. */
    private AsyncProcessorAwaitManager awaitManager;

    public JikoConsumer(PollSource endpoint, Processor processor, Operation operation) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.operation = operation;
        this.spec = operation.poll();
        this.bodies = new ItemBodies(operation);
        this.modelKeys = ModelKeys.of(operation);
    }

    @Override
    protected void doBuild() throws Exception {
        if (getHealthCheck() == null) {
            setHealthCheck(new JikoConsumerHealthCheck(this, "consumer:" + getRouteId()));
        }
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        PollSettings config = endpoint.pollSettings();
        stateRepository = config.stateRepository();
        positionInMemoryOnly = stateRepository == null;
        // no save on stop: a stateRepository already holds every completed item; our own one dies with the consumer
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
            LOG.warn("jiko:{} keeps its position in memory only: after a restart it starts again from startFrom={}. "
                     + "Set stateRepository (e.g. a FileStateRepository) to resume where it stopped.",
                    operation.name(), config.startFrom());
        }
        ServiceHelper.startService(stateRepository);
        awaitManager = PluginHelper.getAsyncProcessorAwaitManager(getEndpoint().getCamelContext());
        stateKey = Positions.stateKey(endpoint, operation);
        start = Positions.start(config.startFrom());
        tracker = null; // read at the first poll: a repository that is down then fails that poll, not the start
        fenced = false;
        super.doStart();
    }

    /**
     * Reads the stored position and writes it straight back: with a compare-and-set repository (JdbcStateRepository)
     * that write claims the key, so a replica that held it before can no longer move it. A repository that cannot
     * be read fails the poll: it is never taken for "no position", which would replay from startFrom.
     */
    private PositionTracker loadPosition() {
        PollSettings config = endpoint.pollSettings();
        String saved = stateRepository.getState(stateKey);
        PositionTracker loaded = createTracker(config, saved);
        stateRepository.setState(stateKey, loaded.save());
        LOG.info("jiko:{} consumer starts {} (position key {})", operation.name(),
                saved != null ? "from its stored position" : "from startFrom=" + config.startFrom(), stateKey);
        return loaded;
    }


    private PositionTracker createTracker(PollSettings config, String saved) {
        spec.defaults().forEach((option, value) -> {
            Object own = endpoint.option(option);
            if (own != null && !own.toString().equalsIgnoreCase(value)) {
                LOG.warn("jiko:{} consumer reads with {}={}; the endpoint's {}={} is ignored", operation.name(), option, value,
                        option, own);
            }
        });
        String startFrom = config.startFrom() == null ? "now" : config.startFrom().trim();
        if (spec.kind() == PollSpec.Kind.INCREMENTAL) {
            return Positions.incremental(spec, Duration.ofMillis(Math.max(0, config.overlap())),
                    eventTypeFilter(config.eventTypes()), start, saved);
        }
        // a snapshot listing has no time filter: an instant start means "what exists is news", like beginning
        return new SnapshotTracker(spec, !startFrom.equalsIgnoreCase("now"), saved);
    }

    /** eventTypes of an event listing, with * for any text: transfers.*.rejected. */
    private Predicate<JsonNode> eventTypeFilter(String eventTypes) {
        if (eventTypes == null || eventTypes.isBlank() || spec.eventTypePath() == null) {
            return item -> true;
        }
        Predicate<String> matches = EventTypes.matcher(eventTypes);
        Function<JsonNode, String> type = JsonPaths.text(spec.eventTypePath());
        return item -> matches.test(type.apply(item));
    }

    @Override
    protected int poll() throws Exception {
        Instant until = skipUntil;
        if (until != null && Instant.now().isBefore(until)) {
            return 0; // rate limited: wait for the server's reset instead of hammering it
        }
        if (fenced) {
            return 0;
        }
        if (tracker == null || reload) {
            tracker = null;
            reload = false;
            tracker = loadPosition(); // throws if the repository is down: the poll fails, the position stays stored
        }
        PollSettings current = endpoint.pollSettings();
        settings = current; // read once per poll: the bodies of this poll's items follow the outputType read here
        List<Candidate> candidates;
        try {
            candidates = nextCandidates(current.outputType());
        } catch (JikoRateLimitException e) {
            Duration wait = e.getRetryAfter() != null ? e.getRetryAfter() : Duration.ofSeconds(60);
            skipUntil = Instant.now().plus(wait);
            status.rateLimited(skipUntil);
            if (e.isRequestSent()) {
                LOG.warn("jiko:{} is rate limited by Jiko; skipping polls for {} s", operation.name(), wait.toSeconds());
            } else {
                LOG.debug("{}", e.getMessage()); // the budget is kept for producers: a normal, quiet slowdown
            }
            return 0;
        } catch (RuntimeException e) {
            status.failed(e);
            throw e;
        }
        status.polled(candidates.size());
        RuntimeException notStored = saveState();
        if (fenced) {
            return 0;
        } else if (notStored != null) {
            throw notStored; // a position that cannot be stored is not delivered from: the poll fails
        }
        Queue<Object> exchanges = new java.util.ArrayDeque<>();
        if (current.splitItems()) {
            for (Candidate c : candidates) {
                exchanges.add(List.of(c));
            }
        } else if (!candidates.isEmpty()) {
            int size = current.limit() != null ? current.limit() : 100;
            for (int i = 0; i < candidates.size(); i += size) {
                exchanges.add(List.copyOf(candidates.subList(i, Math.min(candidates.size(), i + size))));
            }
        }
        return processBatch(exchanges);
    }

    /** The poll's items: with outputType=model, a time-filtered listing's pages are read straight into models. */
    private List<Candidate> nextCandidates(JikoOutputType outputType) {
        if (tracker instanceof IncrementalTracker incremental) {
            return incremental.nextPages(Positions.pages(endpoint, operation,
                    outputType == JikoOutputType.model ? modelKeys : null), getMaxMessagesPerPoll());
        }
        return tracker.next((from, cursor) -> Positions.readPage(endpoint, operation, from, cursor), getMaxMessagesPerPoll());
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        while (!exchanges.isEmpty()) {
            if (!isBatchAllowed() || reload || fenced) {
                break; // shutting down or position not stored: what is not sent is not committed, and comes again
            }
            @SuppressWarnings("unchecked")
            List<Candidate> group = (List<Candidate>) exchanges.poll();
            Exchange exchange = createExchange(group);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
                @Override
                public void onComplete(Exchange done) {
                    group.forEach(tracker::delivered);
                    status.delivered(group.size());
                    if (!positionInMemoryOnly) {
                        saveState(); // stored before the next item is sent: a restart neither loses nor repeats it
                    }
                }

                @Override
                public void onFailure(Exchange failed) {
                    LOG.debug("jiko:{} item(s) {} failed; offered again on the next poll", operation.name(),
                            group.stream().map(Candidate::id).toList());
                }
            });
            boolean failed;
            try {
                awaitManager.process(getAsyncProcessor(), exchange); // what getProcessor().process(exchange) does
                failed = exchange.isFailed();
                if (failed && exchange.getException() != null) {
                    getExceptionHandler().handleException("Processing jiko:" + operation.name() + " item failed", exchange,
                            exchange.getException());
                }
            } finally {
                // released only now: with a pooled exchange factory it would be reset before isFailed() was read
                releaseExchange(exchange, false);
            }
            index++;
            if (failed) {
                break; // keep the order: nothing after a failed item is sent before it succeeds
            }
        }
        pendingExchanges = 0;
        return index;
    }

    private Exchange createExchange(List<Candidate> group) {
        Exchange exchange = createExchange(false);
        if (group.size() == 1 && settings().splitItems()) {
            Candidate c = group.get(0);
            exchange.getMessage().setBody(body(c));
            exchange.getMessage().setHeader(ItemHeaders.ITEM_ID, c.id());
            if (c.change() != null) {
                exchange.getMessage().setHeader(ItemHeaders.CHANGE, c.change());
            }
            if (spec.eventTypePath() != null) {
                exchange.getMessage().setHeader(ItemHeaders.EVENT_ID, c.id());
                exchange.getMessage().setHeader(ItemHeaders.EVENT_TYPE, JsonPaths.text(c.item(), spec.eventTypePath()));
            }
        } else {
            exchange.getMessage().setBody(group.stream().map(this::body).toList());
        }
        return exchange;
    }

    private PollSettings settings() {
        PollSettings s = settings;
        return s != null ? s : endpoint.pollSettings();
    }

    private Object body(Candidate c) {
        return bodies.body(c, settings().outputType());
    }

    /** Stores the position; if it cannot, the batch stops and the exception is returned. */
    private RuntimeException saveState() {
        try {
            stateRepository.setState(stateKey, tracker.save());
            return null;
        } catch (StateConflictException e) {
            if (!fenced) {
                fenced = true; // e.g. a leader whose lost leadership was not noticed: it must not fight the new one
                LOG.warn("jiko:{} position was taken over by another replica ({}); this consumer stops polling until "
                         + "it is started again (for example when it is elected leader again)", operation.name(), e.getMessage());
            }
            return e;
        } catch (RuntimeException e) {
            reload = true;
            LOG.warn("jiko:{} could not store its position ({}); it stops this batch and reads the stored position "
                     + "again before the next poll", operation.name(), e.getMessage());
            return e;
        }
    }

    Map<String, Object> healthDetails() {
        return status.details(operation.name(), getPosition());
    }

    /** Where the consumer is: a watermark or a count of known items. */
    public String getPosition() {
        PositionTracker t = tracker;
        return t == null ? "not started" : t.position();
    }

    public ConsumerStatus getJikoStatus() {
        return status;
    }

    public String getOperationName() {
        return operation.name();
    }

    public String getStateKey() {
        return stateKey;
    }

    /** Camel's poll health check, its details extended with the rate-limit budget of the group this consumer polls. */
    @Override
    public HealthCheck getHealthCheck() {
        HealthCheck own = super.getHealthCheck();
        if (own == null || own instanceof RateLimitHealthCheck) {
            return own;
        }
        String group = RateLimitGroups.resolve(operation.method(), operation.pathTemplate()).group().name();
        RateLimitHealthCheck check = new RateLimitHealthCheck(own, () -> endpoint.rateLimitSnapshots().stream()
                .filter(s -> s.group().equals(group)).findFirst().orElse(null));
        setHealthCheck(check);
        return check;
    }
}
