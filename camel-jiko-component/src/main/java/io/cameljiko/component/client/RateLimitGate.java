package io.cameljiko.component.client;

import java.io.IOException;
import java.time.Duration;

import io.cameljiko.component.catalog.RateLimitGroups;

/**
 * An endpoint's door to the component's rate-limit budgets: every request takes budget before it is sent
 * and reports Jiko's answer after, and one call never waits longer than maxRateLimitWait in total.
 */
public final class RateLimitGate {

    /** Sends one request; what the transport does once the budget allows it. */
    @FunctionalInterface
    public interface Sender {
        HttpAnswer send(HttpCall request) throws IOException, InterruptedException;
    }

    private final RateBudgets budgets;
    private final String principal;
    private final String client;
    private final RateLimitSettings settings;

    public RateLimitGate(RateBudgets budgets, String principal, String client, RateLimitSettings settings) {
        this.budgets = budgets;
        this.principal = principal;
        this.client = client;
        this.settings = settings;
    }

    /** No budget at all: requests go straight out (a transport built without a component). */
    public static RateLimitGate none() {
        return new RateLimitGate(null, null, null, new RateLimitSettings(0, 0, Duration.ofDays(1)));
    }

    /** One call (with its retries): the wait bound counts across all of its attempts. */
    public Call open(String operation, RatePriority priority) {
        return new Call(operation, priority);
    }

    public final class Call {
        private final String operation;
        private final RatePriority priority;
        private long waitedMs;
        private RateBudget last;

        private Call(String operation, RatePriority priority) {
            this.operation = operation;
            this.priority = priority;
        }

        /** Takes budget (parking within the bound), sends, and feeds the answer back to the budget. */
        public HttpAnswer send(HttpCall request, Sender sender) throws IOException, InterruptedException {
            if (budgets == null) {
                return sender.send(request);
            }
            RateLimitGroups.Rule rule = RateLimitGroups.resolve(request.method(), request.uri().getPath());
            RateBudget budget = budgets.budget(principal, client, rule.group().name());
            last = budget;
            waitedMs += budget.acquire(operation, rule, priority, settings, settings.maxWait().toMillis() - waitedMs);
            HttpAnswer response;
            try {
                response = sender.send(request);
            } catch (IOException | InterruptedException | RuntimeException e) {
                budget.released(rule);
                throw e;
            }
            int status = response.statusCode();
            // Retry-After matters to the budget only on a 429: not parsed for every other answer
            budget.answered(rule, status, response.headers(),
                    status == 429 ? RetryingTransport.retryAfter(response.headers()) : java.util.Optional.empty());
            return response;
        }

        /** Whether waiting {@code wait} more (a Retry-After) stays within maxRateLimitWait. */
        public boolean mayWait(Duration wait) {
            return waitedMs + wait.toMillis() <= settings.maxWait().toMillis();
        }

        /** Counts a wait outside the budget (a Retry-After) against the bound and in the statistics. */
        public void waited(Duration wait) {
            waitedMs += wait.toMillis();
            if (last != null) {
                last.recordWait(wait.toMillis());
            }
        }
    }
}
