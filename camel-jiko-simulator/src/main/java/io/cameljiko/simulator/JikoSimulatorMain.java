package io.cameljiko.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator as a program until Ctrl-C, with its control API on a second port. */
public final class JikoSimulatorMain {
    static final String USAGE = String.join("\n",
            "usage: JikoSimulatorMain [options]",
            "  --port N                     API port on 127.0.0.1 (default 8089; 0 = a free port)",
            "  --control-port N             control API port on 127.0.0.1 (default: API port + 1; 0 = a free port)",
            "  --seed N                     seed of the generated data and of the demo key (default 42)",
            "  --no-rate-limits             do not enforce Jiko's documented rate limits",
            "  --public-key CLIENT_ID=FILE  register a client with its PEM public key (RSA or Ed25519); repeatable",
            "  --key-out PATH               where to write the demo client's private key (mode 0600; default: a new",
            "                               temporary directory)",
            "  --rate-limit-scale X         multiply every group's limit, e.g. 0.05 (default 1.0)",
            "  --rate-limit GROUP=N         one group's limit per window; repeatable, e.g. Transactions=5",
            "  --rate-limit-window SECONDS  length of a rate-limit window (default 60)");

    private JikoSimulatorMain() {
    }

    /** A started simulator, its control API and the demo key file; closing stops both servers. */
    public record Running(JikoSimulator simulator, ControlServer control, Path demoKey) implements AutoCloseable {
        @Override
        public void close() {
            control.close();
            simulator.stop();
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Running running;
        try {
            running = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (running == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "jiko-sim-shutdown"));
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stopped.await();
    }

    /** Parses the arguments, starts the simulator and its control API, prints what a route needs; null for --help. */
    public static Running start(String[] args, PrintStream out) throws IOException {
        int port = 8089;
        Integer controlPort = null;
        long seed = 42L;
        boolean rateLimits = true;
        String keyOut = null;
        Map<String, Path> publicKeys = new LinkedHashMap<>();
        JikoSimulator.Builder builder = JikoSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = integer(value(args, ++i, "--port"), "--port");
                case "--control-port" -> controlPort = integer(value(args, ++i, "--control-port"), "--control-port");
                case "--seed" -> seed = integer(value(args, ++i, "--seed"), "--seed");
                case "--no-rate-limits" -> rateLimits = false;
                case "--key-out" -> keyOut = value(args, ++i, "--key-out");
                case "--public-key" -> {
                    String spec = value(args, ++i, "--public-key");
                    int eq = spec.indexOf('=');
                    if (eq <= 0 || eq == spec.length() - 1) {
                        throw new IllegalArgumentException("--public-key needs CLIENT_ID=FILE, e.g. --public-key my-client=public.pem");
                    }
                    publicKeys.put(spec.substring(0, eq), Paths.get(spec.substring(eq + 1)));
                }
                case "--rate-limit-scale" -> builder.rateLimitScale(decimal(value(args, ++i, "--rate-limit-scale"), "--rate-limit-scale"));
                case "--rate-limit-window" ->
                        builder.rateLimitWindow(java.time.Duration.ofSeconds(integer(value(args, ++i, "--rate-limit-window"), "--rate-limit-window")));
                case "--rate-limit" -> {
                    String[] kv = value(args, ++i, "--rate-limit").split("=", 2);
                    if (kv.length != 2 || kv[0].isBlank()) {
                        throw new IllegalArgumentException("--rate-limit needs GROUP=N, e.g. --rate-limit Transactions=5");
                    }
                    builder.rateLimit(kv[0], integer(kv[1], "--rate-limit"));
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        Map<String, java.security.PublicKey> clients = new LinkedHashMap<>();
        publicKeys.forEach((clientId, file) -> clients.put(clientId, PublicKeys.read(file))); // before anything starts
        JikoSimulator sim = builder.port(port).seed(seed).rateLimits(rateLimits).build();
        clients.forEach(sim::registerClient);
        sim.start();
        ControlServer control;
        try {
            control = ControlServer.start(sim, controlPort != null ? controlPort : port == 0 ? 0 : port + 1);
        } catch (RuntimeException e) {
            sim.stop();
            throw e;
        }
        Path key = keyOut != null ? Paths.get(keyOut).toAbsolutePath().normalize()
                : privateTempDirectory().resolve("jiko-sim-demo-key.pem");
        PublicKeys.writePrivate(key, sim.demoPrivateKeyPem());
        print(out, sim, control, key, seed, rateLimits, publicKeys);
        return new Running(sim, control, key);
    }

    private static void print(PrintStream out, JikoSimulator sim, ControlServer control, Path key, long seed,
                              boolean rateLimits, Map<String, Path> publicKeys) {
        out.println("Jiko simulator running (seed " + seed + ", rate limits " + (rateLimits ? "on" : "off") + ")");
        out.println("  base URL   : " + sim.baseUrl());
        out.println("  token URL  : " + sim.tokenUrl());
        out.println("  control API: " + control.url() + " (127.0.0.1 only)");
        out.println("  demo client: " + sim.demoClientId() + ", key file " + key + " (mode 0600)");
        publicKeys.forEach((clientId, file) -> out.println("  client     : " + clientId + " (public key " + file + ")"));
        out.println();
        out.println("camel-jiko properties (with the demo client; for your own, your client id and private key):");
        out.println("camel.component.jiko.baseUrl=" + sim.baseUrl());
        out.println("camel.component.jiko.tokenUrl=" + sim.tokenUrl());
        out.println("camel.component.jiko.clientId=" + sim.demoClientId());
        out.println("camel.component.jiko.privateKey=file:" + key);
        out.println();
        out.println("Control API (JSON bodies):");
        ControlServer.ENDPOINTS.forEach(e -> out.println("  " + e));
        out.println("e.g. curl -X POST " + control.url() + "/events -d '{\"event_type\":\"transfers.wire.in.success\"}'");
        out.flush();
    }

    /** Not the current directory (often a Git work tree): a new directory only the user can enter. */
    private static Path privateTempDirectory() throws IOException {
        try {
            return Files.createTempDirectory("jiko-sim-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("jiko-sim-"); // not POSIX (Windows): the user's temp directory ACL applies
        }
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return args[i];
    }

    private static double decimal(String value, String opt) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " needs a number, got '" + value + "'");
        }
    }

    private static int integer(String value, String opt) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " needs a number, got '" + value + "'");
        }
    }
}
