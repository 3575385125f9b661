package io.cameljiko.component.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Jiko's rate-limit groups and which requests count against which group, as data. The table follows the
 * limits page of Jiko's docs as reconstructed in the project's API notes (third-party copy) and the local
 * simulator's routing. Where a path's group is not stated anywhere, the rule says so ({@code inferred}).
 */
public final class RateLimitGroups {

    /** A limit group: Jiko counts every request of the group against one per-minute allowance. */
    public record Group(String name, int perMinute) {
    }

    /**
     * Requests matching {@code method} (null = any) and {@code path} belong to {@code group}.
     *
     * @param moneyMovement  creating, approving or cancelling a transfer: first in line for the budget
     * @param burstPerSecond a documented per-second limit of this route on top of the group's, or 0
     * @param inferred       the group of this path is our inference, not documented
     */
    public record Rule(String method, Pattern path, Group group, boolean moneyMovement, int burstPerSecond,
            boolean inferred) {

        boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matcher(requestPath).find();
        }
    }

    public static final Group AUTHENTICATION = new Group("Authentication", 300);
    public static final Group AGREEMENTS = new Group("Agreements", 300);
    public static final Group COUNTERPARTIES = new Group("Counterparties", 300);
    public static final Group CUSTOMER = new Group("Customer", 300);
    public static final Group NOTIFICATIONS = new Group("Notifications", 300);
    public static final Group PORTALS = new Group("Portals", 300);
    public static final Group REPORTS = new Group("Reports", 300);
    public static final Group SUBSCRIPTIONS = new Group("Subscriptions", 300);
    public static final Group TEAM = new Group("Team", 300);
    public static final Group TRADING_STRATEGIES = new Group("Trading Strategies", 300);
    public static final Group USER = new Group("User", 300);
    public static final Group POCKETS = new Group("Pockets", 120);
    public static final Group TRADES = new Group("Trades", 120);
    public static final Group TRANSACTIONS = new Group("Transactions", 120);
    public static final Group TRANSFER_REQUESTS_READ = new Group("Transfer Requests (read)", 120);
    public static final Group TRANSFER_REQUESTS_CREATE = new Group("Transfer Requests (create)", 60);
    /** Paths outside the table (the request operation, download URLs): Jiko's limit for them is unknown. */
    public static final Group OTHER = new Group("Other", 300);

    private static final List<Rule> RULES = List.of(
            rule("POST", "/api/v1/transfer-requests/", TRANSFER_REQUESTS_CREATE, true, 1, false),
            rule("POST", "/api/v1/transfer-requests/{}/approve/", TRANSFER_REQUESTS_CREATE, true, 0, true),
            rule("POST", "/api/v1/transfer-requests/{}/cancel/", TRANSFER_REQUESTS_CREATE, true, 0, true),
            rule(null, "/api/v1/transfer-requests/**", TRANSFER_REQUESTS_READ, false, 0, false),
            rule(null, "/api/v1/wires/**", TRANSFER_REQUESTS_READ, false, 0, true),
            rule(null, "/api/v1/agreements/**", AGREEMENTS, false, 0, false),
            rule(null, "/api/v1/events/**", SUBSCRIPTIONS, false, 0, true),
            rule(null, "/api/v1/subscriptions/**", SUBSCRIPTIONS, false, 0, false),
            rule(null, "/api/v1/notifications/**", NOTIFICATIONS, false, 0, false),
            rule(null, "/api/v1/report-requests/**", REPORTS, false, 0, false),
            rule(null, "/api/v1/statements/**", REPORTS, false, 0, true),
            rule(null, "/api/v1/team/**", TEAM, false, 0, false),
            rule(null, "/api/v1/trades/**", TRADES, false, 0, false),
            rule(null, "/api/v2/pockets/{}/portals/**", PORTALS, false, 0, false),
            rule(null, "/api/v2/portals/**", PORTALS, false, 0, false),
            rule(null, "/api/v2/pockets/**", POCKETS, false, 0, false),
            rule(null, "/api/v2/transactions/**", TRANSACTIONS, false, 0, false),
            rule(null, "/api/v2/counterparties/**", COUNTERPARTIES, false, 0, false),
            rule(null, "/api/v2/trading-strategies/**", TRADING_STRATEGIES, false, 0, false),
            rule(null, "/api/v1/customer/**", CUSTOMER, false, 0, false),
            rule(null, "/api/v1/documents/**", CUSTOMER, false, 0, true),
            rule(null, "/api/v1/user/**", USER, false, 0, false),
            rule("POST", "/api/oauth2/token", AUTHENTICATION, false, 0, false));

    private static final Rule OTHER_RULE = new Rule(null, Pattern.compile(".*"), OTHER, false, 0, true);

    /** Rules of the method and path of recent requests: searching the table for each one was 2% of a call's profile. */
    private static final Map<String, Rule> RESOLVED = new ConcurrentHashMap<>();
    static final int MAX_RESOLVED = 1024;

    private RateLimitGroups() {
    }

    /**
     * The rule for a request. The path may carry a prefix from the base URL (a proxy, the simulator's
     * token path); a path outside the table falls into {@link #OTHER}.
     */
    public static Rule resolve(String method, String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        String key = method + ' ' + p;
        Rule known = RESOLVED.get(key);
        if (known != null) {
            return known;
        }
        Rule rule = search(method, p);
        if (RESOLVED.size() >= MAX_RESOLVED) {
            RESOLVED.clear(); // paths carry ids: an endless variety is searched again, not kept
        }
        RESOLVED.put(key, rule);
        return rule;
    }

    private static Rule search(String method, String p) {
        for (Rule rule : RULES) {
            if (rule.matches(method, p)) {
                return rule;
            }
        }
        return OTHER_RULE;
    }

    /** How many method and path pairs are remembered now (never more than {@value #MAX_RESOLVED}). */
    static int remembered() {
        return RESOLVED.size();
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * {@code {}} is one path segment, a trailing {@code **} anything below; any prefix is allowed. The pattern is
     * searched for ({@code find}, anchored at the end) rather than matched after a leading {@code .*}: it runs for
     * every request, and a leading {@code .*} backtracks over the whole path for each rule.
     */
    private static Rule rule(String method, String template, Group group, boolean money, int burst, boolean inferred) {
        String body = template.endsWith("**") ? template.substring(0, template.length() - 2) : template;
        String regex = Pattern.quote(body).replace("{}", "\\E[^/]+\\Q") + (template.endsWith("**") ? ".*" : "") + "$";
        return new Rule(method, Pattern.compile(regex), group, money, burst, inferred);
    }
}
