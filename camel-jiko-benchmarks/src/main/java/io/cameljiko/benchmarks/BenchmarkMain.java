package io.cameljiko.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark and prints a Markdown table (docs/performance.md explains it):
 * <pre>
 * mvn -B -q -pl camel-jiko-benchmarks -am process-test-classes -Pbenchmark
 * </pre>
 * System properties: {@code bench.rounds} (measured rounds, default 5), {@code bench.warmup} (default 2),
 * {@code bench.sliceMillis} (time per contender per round for single calls, default 1000), {@code bench.items}
 * (transactions in the paged listing, default 100000: the listing the performance goals were set on; with fewer, a
 * consumer route's start weighs on each run).
 */
public final class BenchmarkMain {

    /** How much to run. */
    public record Settings(int warmup, int rounds, long sliceMillis, int items, int callers, int heapSmall, int heapLarge,
            int startups, int webhookDeliveries) {

        static Settings fromProperties() {
            return new Settings(Integer.getInteger("bench.warmup", 2), Integer.getInteger("bench.rounds", 5),
                    Long.getLong("bench.sliceMillis", 1000), Integer.getInteger("bench.items", 100_000), 50, 1_000, 100_000,
                    Integer.getInteger("bench.startups", 5), Integer.getInteger("bench.webhooks", 1_000));
        }

        /** Each benchmark once, tiny: only correctness (the smoke pass in mvn verify). */
        public static Settings smoke() {
            return new Settings(0, 1, 1, 300, 50, 300, 1_000, 0, 20); // no fresh JVMs: seconds each
        }
    }

    /** What a run found: the table, the token requests of the concurrent first calls, and the other measurements. */
    public record Report(String table, int tokenRequests, long firstCallsMillis, String more) {
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromProperties();
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "camel-jiko benchmarks, %s, %d cores, Java %s, load average %.1f; %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), settings);
        Report report = run(settings, true);
        System.out.println();
        System.out.println(report.table());
        System.out.printf(Locale.ROOT, "token single-flight: %d concurrent first calls -> %d token request(s), %d ms%n",
                settings.callers(), report.tokenRequests(), report.firstCallsMillis());
        System.out.print(report.more());
        System.out.printf(Locale.ROOT, "load average at the end %.1f; took %d s%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    public static Report run(Settings s, boolean verbose) throws Exception {
        try (StubJiko stub = new StubJiko(s.items()); Contenders c = new Contenders(stub)) {
            int n = s.items();
            Bench.Group team1 = new Bench.Group("getTeam", "calls/s", 1, teamContenders(c));
            Bench.Group team8 = new Bench.Group("getTeam", "calls/s", 8, teamContenders(c));
            // baseline: the raw loop on the HTTP client camel-jiko uses by default
            Bench.Group paging = new Bench.Group("paging " + n + " transactions", "items/s", 1, List.of(
                    new Bench.Contender("raw loop, Apache HttpClient 5", () -> c.apachePages(n)),
                    new Bench.Contender("raw loop, JDK HttpClient", () -> c.jdkPages(n)),
                    new Bench.Contender("camel-jiko paginate=true, model", () -> c.jikoPages("model", n)),
                    new Bench.Contender("camel-jiko paginate=true, json", () -> c.jikoPages("json", n)),
                    new Bench.Contender("camel-jiko paginate=true, model, JDK httpClient option",
                            () -> c.jikoJdkPages("model", n))));
            Bench.Group consumer = new Bench.Group("polling consumer over " + n + " transactions", "items/s", 1, List.of(
                    new Bench.Contender("raw loop, Apache HttpClient 5", () -> c.apachePages(n)),
                    new Bench.Contender("consumer maxMessagesPerPoll=1000", () -> c.consumer(1000, n)),
                    new Bench.Contender("consumer maxMessagesPerPoll=0", () -> c.consumer(0, n)),
                    new Bench.Contender("consumer maxMessagesPerPoll=1000, stateRepository (stored per item)",
                            () -> c.consumer(1000, true, n))));
            List<Bench.Group> groups = List.of(team1, team8, paging, consumer);
            Bench bench = new Bench(stub, s.sliceMillis());
            List<Bench.Sample[][]> samples = bench.run(groups, s.warmup(), s.rounds(), verbose);

            stub.tokenDelay(100);
            long t0 = System.nanoTime();
            int tokens = c.firstCalls(s.callers());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            stub.tokenDelay(0);
            return new Report(Bench.table(groups, samples), tokens, millis, more(s, stub, c));
        }
    }

    /** Heap after GC at a small and a large listing, start-up in fresh JVMs (interleaved), webhook latency. */
    private static String more(Settings s, StubJiko stub, Contenders c) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int n : new int[] {s.heapSmall(), s.heapLarge()}) {
            out.append(String.format(Locale.ROOT, "heap after GC at the last of %d items: paginate iterator %.1f MB, "
                                                  + "consumer %.1f MB (above the heap before the listing)%n", n,
                    MoreBenchmarks.heapIterator(stub, c, n), MoreBenchmarks.heapConsumer(stub, c, n)));
        }
        if (s.startups() == 0) {
            out.append("start-up to the first getTeam: not measured (bench.startups=0)\n");
        } else {
            out.append(startups(s, stub));
        }
        MoreBenchmarks.Latency hook = MoreBenchmarks.webhook(stub, Math.max(1, s.webhookDeliveries() / 3), s.webhookDeliveries());
        out.append(String.format(Locale.ROOT, "webhook delivery, signed POST -> completed exchange (%d sequential, no-op "
                                              + "route): p50 %.2f ms, p99 %.2f ms%n", hook.deliveries(), hook.p50(), hook.p99()));
        return out.toString();
    }

    private static String startups(Settings s, StubJiko stub) throws Exception {
        long[] jiko = new long[s.startups()];
        long[] tls = new long[s.startups()];
        long[] http = new long[s.startups()];
        for (int i = 0; i < s.startups(); i++) {
            jiko[i] = MoreBenchmarks.startup(stub, "jiko");
            tls[i] = MoreBenchmarks.startup(stub, "jiko-tls");
            http[i] = MoreBenchmarks.startup(stub, "http");
        }
        java.util.Arrays.sort(jiko);
        java.util.Arrays.sort(tls);
        java.util.Arrays.sort(http);
        return String.format(Locale.ROOT, "start-up to the first getTeam in a fresh JVM (median of %d, interleaved): "
                                              + "camel-jiko %d ms, camel-jiko with TLS loaded (an https endpoint too) %d ms, "
                                              + "camel-http route %d ms; all camel-jiko %s, with TLS %s, camel-http %s%n",
                s.startups(), jiko[jiko.length / 2], tls[tls.length / 2], http[http.length / 2],
                java.util.Arrays.toString(jiko), java.util.Arrays.toString(tls), java.util.Arrays.toString(http));
    }

    private static List<Bench.Contender> teamContenders(Contenders c) {
        return List.of(
                new Bench.Contender("camel-http route, bearer header + unmarshal json", c::camelHttpTeam),
                new Bench.Contender("raw loop, JDK HttpClient + Jackson", c::jdkTeam),
                new Bench.Contender("raw loop, Apache HttpClient 5 + Jackson", c::apacheTeam),
                new Bench.Contender("camel-jiko, outputType=model", () -> c.jikoTeam("model")),
                new Bench.Contender("camel-jiko, outputType=json", () -> c.jikoTeam("json")),
                new Bench.Contender("camel-jiko, outputType=map", () -> c.jikoTeam("map")),
                new Bench.Contender("camel-jiko, outputType=model, JDK httpClient option", () -> c.jikoJdkTeam("model")),
                new Bench.Contender("camel-jiko, outputType=json, JDK httpClient option", () -> c.jikoJdkTeam("json")));
    }
}
