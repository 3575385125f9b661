package io.cameljiko.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.model.Counterparty;
import io.cameljiko.component.model.CursorPage;
import io.cameljiko.component.model.FundingInstructions;
import io.cameljiko.component.model.Pocket;
import io.cameljiko.component.model.Portal;
import io.cameljiko.component.model.TransferRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Java DSL: once, on start, opens a portal on a pocket and reads its funding instructions, then moves money
 * with dual approval (create, then approve): an ON_US internal reallocation between two pockets, which
 * succeeds, and a WIRE to a counterparty that is not LINKED, which Jiko (here: the simulator) rejects.
 * Their events (processing, success, received, rejected) reach Kafka through jiko-events-to-kafka, and the
 * rejection a mailbox through jiko-rejected-transfers-mail.
 *
 * <p>Off unless {@code jiko.demo.moveMoney=true}: the embedded default turns it on. Amounts are integer cents.
 */
public class MoneyMovementRoutes extends RouteBuilder {

    static final String ORIGIN = "originPocketId";
    static final String DESTINATION = "destinationPocketId";

    @Override
    public void configure() {
        from("timer:jiko-demo-money?repeatCount=1&delay={{jiko.demo.moveMoney.delay}}")
                .routeId("jiko-demo-money-movement")
                .autoStartup("{{jiko.demo.moveMoney}}")
                .to("jiko:listPockets")
                .process(MoneyMovementRoutes::pickTwoOpenPockets)

                // a payment portal on the origin pocket and the account details to fund it
                .setHeader(JikoConstants.POCKET_ID, exchangeProperty(ORIGIN))
                .setBody(constant(Map.of("name", "camel-jiko demo portal")))
                .to("jiko:createPortal")
                .process(e -> e.getMessage().setHeader(JikoConstants.PORTAL_ID, e.getMessage().getBody(Portal.class).id()))
                .to("jiko:getFundingInstructions")
                .process(e -> {
                    FundingInstructions fi = e.getMessage().getBody(FundingInstructions.class);
                    log.info("Portal {} on pocket {}: fund it at {} (routing {}, account {})", fi.portalId(),
                            fi.pocketId(), fi.bankName(), fi.routingNumber(), fi.accountNumber());
                })

                // ON_US internal reallocation: create, then approve (the second person of dual approval)
                .process(e -> e.getMessage().setBody(onUsReallocation(e)))
                .to("jiko:createTransferRequest")
                .to("jiko:approveTransferRequest")
                .process(e -> logTransfer(e, "ON_US reallocation"))

                // WIRE to a counterparty that is not LINKED: accepted, approved, then REJECTED at settlement
                .removeHeaders("CamelJiko*")
                .to("jiko:listCounterparties?type=wire")
                .process(MoneyMovementRoutes::wireToUnlinkedCounterparty)
                .filter(body().isNotNull())
                    .to("jiko:createTransferRequest")
                    .to("jiko:approveTransferRequest")
                    .process(e -> logTransfer(e, "WIRE to an unlinked counterparty"))
                .end();
    }

    @SuppressWarnings("unchecked")
    static void pickTwoOpenPockets(Exchange e) {
        List<Pocket> open = ((CursorPage<Pocket>) e.getMessage().getBody(CursorPage.class)).items().stream()
                .filter(p -> "OPEN".equals(p.status())).toList();
        if (open.size() < 2) {
            throw new IllegalStateException("the demo needs two OPEN pockets, found " + open.size());
        }
        e.setProperty(ORIGIN, open.get(0).id());
        e.setProperty(DESTINATION, open.get(1).id());
    }

    static Map<String, Object> onUsReallocation(Exchange e) {
        long cents = e.getContext().resolvePropertyPlaceholders("{{jiko.demo.onUsAmountCents}}").transform(Long::parseLong);
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("id", UUID.randomUUID().toString());
        transfer.put("type", "ON_US");
        transfer.put("origin_pocket_id", e.getProperty(ORIGIN, String.class));
        transfer.put("amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", cents));
        transfer.put("details", Map.of("type", "INTERNAL_REALLOCATION",
                "destination_pocket_id", e.getProperty(DESTINATION, String.class)));
        return Map.of("transfer", transfer, "reviewers", List.of());
    }

    @SuppressWarnings("unchecked")
    static void wireToUnlinkedCounterparty(Exchange e) {
        Counterparty target = ((CursorPage<Counterparty>) e.getMessage().getBody(CursorPage.class)).items().stream()
                .filter(c -> !"LINKED".equals(c.status())).findFirst().orElse(null);
        if (target == null) {
            e.getMessage().setBody(null);
            return;
        }
        long cents = e.getContext().resolvePropertyPlaceholders("{{jiko.demo.wireAmountCents}}").transform(Long::parseLong);
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("id", UUID.randomUUID().toString());
        transfer.put("type", "WIRE");
        transfer.put("origin_pocket_id", e.getProperty(ORIGIN, String.class));
        transfer.put("counterparty_id", target.id());
        transfer.put("amount", Map.of("type", "REQUESTED_AMOUNT", "amount_usdc", cents));
        e.getMessage().setBody(Map.of("transfer", transfer, "reviewers", List.of()));
    }

    void logTransfer(Exchange e, String what) {
        TransferRequest tr = e.getMessage().getBody(TransferRequest.class);
        log.info("{} {}: {}", what, e.getMessage().getHeader(JikoConstants.TRANSFER_ID), tr.status());
    }
}
