package io.cameljiko.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each benchmark once, tiny, asserting only correctness (every unit checks its own result and throws when wrong);
 * never speed: the real run is BenchmarkMain (docs/performance.md).
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOnceAndFiftyConcurrentFirstCallsFetchOneToken() throws Exception {
        BenchmarkMain.Report report = BenchmarkMain.run(BenchmarkMain.Settings.smoke(), false);

        assertEquals(1, report.tokenRequests(), "50 concurrent first calls must share one token request");
        for (String contender : new String[] {"camel-http route", "raw loop, JDK HttpClient", "Apache HttpClient 5",
                "outputType=model", "outputType=json", "outputType=map", "paginate=true, model", "paginate=true, json",
                "maxMessagesPerPoll=1000", "maxMessagesPerPoll=0", "JDK httpClient option"}) {
            assertTrue(report.table().contains(contender), contender + " missing from\n" + report.table());
        }
        for (String measured : new String[] {"heap after GC at the last of 300 items", "heap after GC at the last of 1000 items",
                "start-up to the first getTeam: not measured", "webhook delivery"}) {
            assertTrue(report.more().contains(measured), measured + " missing from\n" + report.more());
        }
    }
}
