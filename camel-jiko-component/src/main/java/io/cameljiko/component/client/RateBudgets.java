package io.cameljiko.component.client;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The budgets of one component: one per client (OAuth client id or access token) and limit group. */
public final class RateBudgets {

    private record Key(String principal, String group) {
    }

    private final Map<Key, RateBudget> budgets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final RateBudget.Parker parker;

    public RateBudgets() {
        this(Clock.systemUTC(), RateBudget.CONDITION);
    }

    public RateBudgets(Clock clock, RateBudget.Parker parker) {
        this.clock = clock;
        this.parker = parker;
    }

    /**
     * @param principal what Jiko counts requests by (never shown: it may be derived from a token)
     * @param client    how the budget is shown
     */
    public RateBudget budget(String principal, String client, String group) {
        return budgets.computeIfAbsent(new Key(principal, group), k -> new RateBudget(client, group, clock, parker));
    }

    /** Every budget used so far, by client and group. */
    public List<RateLimitSnapshot> snapshots() {
        return budgets.values().stream().map(RateBudget::snapshot)
                .sorted(Comparator.comparing(RateLimitSnapshot::client).thenComparing(RateLimitSnapshot::group)).toList();
    }
}
