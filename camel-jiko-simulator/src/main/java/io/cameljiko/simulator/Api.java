package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route table: every API path, its rate-limit group and the handler that answers it. Handlers live in one
 * class per resource group ({@code *Handlers}); they run while the server holds the store's monitor.
 * To add an endpoint, write the handler method in its group's class and add one {@code add(...)} line here
 * (and a row in {@link OpenApiDocument}).
 */
final class Api {
    record Route(String method, String template, Pattern pattern, String group, Function<Req, Resp> handler) { }

    final List<Route> routes = new ArrayList<>();
    final TransferService transfers;
    final ReportService reports;

    Api(Store s) {
        this.transfers = new TransferService(s);
        this.reports = new ReportService(s);
        AccountHandlers account = new AccountHandlers(s);
        EventHandlers events = new EventHandlers(s);
        ReportHandlers report = new ReportHandlers(s);
        TransactionHandlers tx = new TransactionHandlers(s);
        PortalHandlers portals = new PortalHandlers(s);
        TransferHandlers transfer = new TransferHandlers(s, transfers);
        PocketHandlers pockets = new PocketHandlers(s);
        CounterpartyHandlers cps = new CounterpartyHandlers(s);
        String v1 = "/api/v1";
        String v2 = "/api/v2";
        add("GET", v1 + "/agreements/", "Agreements", account::agreements);
        add("GET", v1 + "/events/", "Subscriptions", events::events);
        add("GET", v1 + "/notifications/", "Notifications", events::notifications);
        add("POST", v1 + "/subscriptions/", "Subscriptions", events::createSubscription);
        add("GET", v1 + "/subscriptions/", "Subscriptions", events::listSubscriptions);
        add("GET", v1 + "/subscriptions/{id}/", "Subscriptions", events::getSubscription);
        add("PATCH", v1 + "/subscriptions/{id}/", "Subscriptions", events::updateSubscription);
        add("DELETE", v1 + "/subscriptions/{id}/", "Subscriptions", events::deleteSubscription);
        add("POST", v1 + "/report-requests/", "Reports", report::createReport);
        add("GET", v1 + "/report-requests/", "Reports", report::listReports);
        add("GET", v1 + "/report-requests/{id}/", "Reports", report::getReport);
        add("GET", v1 + "/statements/", "Reports", report::statements);
        add("GET", v1 + "/team/", "Team", account::team);
        add("GET", v1 + "/team/audit-logs.csv", "Team", account::auditLogs);
        add("GET", v1 + "/team/{id}/", "Team", account::teamMember);
        add("GET", v1 + "/trades/", "Trades", tx::trades);
        add("GET", v2 + "/pockets/{id}/portals/", "Portals", portals::listPocketPortals);
        add("POST", v2 + "/pockets/{id}/portals/", "Portals", portals::createPortal);
        add("GET", v2 + "/portals/", "Portals", portals::listPortals);
        add("GET", v2 + "/pockets/{id}/portals/{id}/funding-instructions/", "Portals", portals::funding);
        add("PATCH", v2 + "/pockets/{id}/portals/{id}/", "Portals", portals::updatePortal);
        add("POST", v1 + "/transfer-requests/", "Transfer Requests (create)", transfer::createTransfer);
        add("GET", v1 + "/transfer-requests/", "Transfer Requests (read)", transfer::listTransfers);
        add("GET", v1 + "/transfer-requests/{id}/", "Transfer Requests (read)", transfer::getTransfer);
        add("POST", v1 + "/transfer-requests/{id}/approve/", "Transfer Requests (create)", transfer::approveTransfer);
        add("POST", v1 + "/transfer-requests/{id}/cancel/", "Transfer Requests (create)", transfer::cancelTransfer);
        add("GET", v1 + "/customer/", "Customer", account::customer);
        add("POST", v1 + "/documents/{id}/", "Customer", account::uploadDocument);
        add("GET", v1 + "/user/memberships/", "User", account::memberships);
        add("GET", v2 + "/pockets/", "Pockets", pockets::listPockets);
        add("POST", v2 + "/pockets/", "Pockets", pockets::createPocket);
        add("GET", v2 + "/pockets/{id}/", "Pockets", pockets::getPocket);
        add("PATCH", v2 + "/pockets/{id}/", "Pockets", pockets::updatePocket);
        add("GET", v2 + "/pockets/{id}/earnings/", "Pockets", pockets::earnings);
        add("GET", v2 + "/transactions/", "Transactions", tx::transactions);
        add("GET", v2 + "/counterparties/", "Counterparties", cps::listCounterparties);
        add("POST", v2 + "/counterparties/", "Counterparties", cps::createCounterparty);
        add("GET", v2 + "/counterparties/{id}/", "Counterparties", cps::getCounterparty);
        add("PATCH", v2 + "/counterparties/{id}/", "Counterparties", cps::updateCounterparty);
        add("GET", v2 + "/trading-strategies/", "Trading Strategies", pockets::strategies);
        add("GET", v1 + "/wires/", "Transfer Requests (read)", transfer::listWires);
        add("GET", v1 + "/wires/{id}/", "Transfer Requests (read)", transfer::getWire);
    }

    private void add(String method, String template, String group, Function<Req, Resp> handler) {
        String regex = Pattern.quote(template).replace("{id}", "\\E([^/]+)\\Q");
        routes.add(new Route(method, template, Pattern.compile(regex), group, handler));
    }

    /** Result of routing: a route with path params, or 404/405. */
    record Match(Route route, List<String> params, int status) { }

    Match match(String method, String path) {
        boolean pathKnown = false;
        Route literal = null;
        List<String> literalParams = null;
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(path);
            if (m.matches()) {
                pathKnown = true;
                if (r.method.equals(method)) {
                    List<String> params = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        params.add(URLDecoder.decode(m.group(i), StandardCharsets.UTF_8));
                    }
                    // prefer literal templates ("/team/audit-logs.csv") over parameterised ones
                    if (literal == null || m.groupCount() == 0) {
                        literal = r;
                        literalParams = params;
                    }
                }
            }
        }
        if (literal != null) {
            return new Match(literal, literalParams, 200);
        }
        return new Match(null, List.of(), pathKnown ? 405 : 404);
    }


    /** Settles due transfers and completes due reports. Returns true when something changed. */
    boolean tick() {
        boolean settled = transfers.settleDue();
        return reports.completeDue() || settled;
    }
}
