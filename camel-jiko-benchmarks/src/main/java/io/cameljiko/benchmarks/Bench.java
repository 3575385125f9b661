package io.cameljiko.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The measuring harness: groups of contenders doing the same work against the same stub, interleaved round by
 * round (the order rotates each round), a time slice each; the first rounds are warm-up. Per round every contender's
 * throughput is divided by its group's baseline from the same round; the table quotes the median of those ratios
 * and their range, so load from outside the JVM, which changes from minute to minute, mostly cancels out.
 */
final class Bench {

    /** One unit of work (one call, or one whole listing); returns how many items it handled. */
    @FunctionalInterface
    interface Unit {
        long run() throws Exception;
    }

    record Contender(String name, Unit unit) {
    }

    /** Contenders doing the same work; the first is the baseline the others are divided by. */
    record Group(String title, String unit, int threads, List<Contender> contenders) {
    }

    /** Items per second and client CPU per item (process CPU minus the stub's threads). */
    record Sample(double perSecond, double cpuMicros, long items) {
    }

    /** Wall time a unit spent on set-up or tear-down that is not the work measured (see {@link #exclude}). */
    private static final java.util.concurrent.atomic.AtomicLong EXCLUDED = new java.util.concurrent.atomic.AtomicLong();

    private final StubJiko stub;
    private final long sliceMillis;

    /**
     * Takes wall time out of the current measurement: a consumer contender's building and removing of its route,
     * which a user does once, not per listing. Its CPU still counts.
     */
    static void exclude(long nanos) {
        EXCLUDED.addAndGet(nanos);
    }

    Bench(StubJiko stub, long sliceMillis) {
        this.stub = stub;
        this.sliceMillis = sliceMillis;
    }

    Sample measure(Contender contender, int threads) throws Exception {
        long deadline = System.nanoTime() + sliceMillis * 1_000_000L;
        long cpu0 = processCpu() - stub.cpuNanos();
        EXCLUDED.set(0);
        long t0 = System.nanoTime();
        long items;
        if (threads == 1) {
            items = loop(contender.unit(), deadline);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> all = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    all.add(pool.submit(() -> loop(contender.unit(), deadline)));
                }
                items = 0;
                for (Future<Long> f : all) {
                    items += f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        long wall = System.nanoTime() - t0 - EXCLUDED.getAndSet(0);
        long cpu = processCpu() - stub.cpuNanos() - cpu0;
        return new Sample(items * 1e9 / wall, cpu / 1000.0 / items, items);
    }

    /** At least one unit, then more until the slice ends. */
    private static long loop(Unit unit, long deadline) throws Exception {
        long items = 0;
        do {
            items += unit.run();
        } while (System.nanoTime() < deadline);
        return items;
    }

    /** Runs every group for warm-up plus measured rounds; returns samples[group][round][contender]. */
    List<Sample[][]> run(List<Group> groups, int warmup, int rounds, boolean verbose) throws Exception {
        List<Sample[][]> all = new ArrayList<>();
        for (Group g : groups) {
            all.add(new Sample[rounds][g.contenders().size()]);
        }
        for (int r = -warmup; r < rounds; r++) {
            for (int gi = 0; gi < groups.size(); gi++) {
                Group g = groups.get(gi);
                int n = g.contenders().size();
                for (int k = 0; k < n; k++) {
                    int ci = Math.floorMod(k + r, n); // rotate: nobody is always first or last
                    Sample s = measure(g.contenders().get(ci), g.threads());
                    if (r >= 0) {
                        all.get(gi)[r][ci] = s;
                    }
                }
            }
            if (verbose) {
                System.out.println(r < 0 ? "warm-up round done" : "round " + (r + 1) + " of " + rounds + " done");
            }
        }
        return all;
    }

    static String table(List<Group> groups, List<Sample[][]> samples) {
        StringBuilder sb = new StringBuilder();
        sb.append("| work | contender | median rate | ratio to baseline (median, min–max) | client CPU/item | CPU ratio |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            Sample[][] s = samples.get(gi);
            for (int c = 0; c < g.contenders().size(); c++) {
                final int ci = c;
                double[] rate = Arrays.stream(s).mapToDouble(round -> round[ci].perSecond()).toArray();
                double[] ratio = Arrays.stream(s).mapToDouble(round -> round[ci].perSecond() / round[0].perSecond()).toArray();
                double[] cpu = Arrays.stream(s).mapToDouble(round -> round[ci].cpuMicros()).toArray();
                double[] cpuRatio = Arrays.stream(s).mapToDouble(round -> round[ci].cpuMicros() / round[0].cpuMicros()).toArray();
                sb.append(String.format(Locale.ROOT, "| %s | %s%s | %s %s | %s | %.1f µs | %.2f |%n",
                        c == 0 ? g.title() + " (" + g.threads() + (g.threads() == 1 ? " thread" : " threads") + ")" : "",
                        g.contenders().get(c).name(), c == 0 ? " (baseline)" : "", rate(median(rate)), g.unit(),
                        c == 0 ? "1" : String.format(Locale.ROOT, "**%.2f** (%.2f–%.2f)", median(ratio), min(ratio), max(ratio)),
                        median(cpu), median(cpuRatio)));
            }
        }
        return sb.toString();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static String rate(double perSecond) {
        return perSecond >= 10_000 ? String.format(Locale.ROOT, "%.1fk", perSecond / 1000)
                : String.format(Locale.ROOT, "%.0f", perSecond);
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

}
