package io.cameljiko.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator as a program until Ctrl-C. */
public final class JikoSimulatorMain {
    private JikoSimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8089;
        long seed = 42L;
        boolean rateLimits = true;
        String keyOut = "./jiko-sim-demo-key.pem";
        JikoSimulator.Builder builder = JikoSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port": port = Integer.parseInt(value(args, ++i, "--port")); break;
                case "--seed": seed = Long.parseLong(value(args, ++i, "--seed")); break;
                case "--no-rate-limits": rateLimits = false; break;
                case "--key-out": keyOut = value(args, ++i, "--key-out"); break;
                case "--rate-limit-scale": builder.rateLimitScale(Double.parseDouble(value(args, ++i, "--rate-limit-scale"))); break;
                case "--rate-limit-window":
                    builder.rateLimitWindow(java.time.Duration.ofSeconds(Long.parseLong(value(args, ++i, "--rate-limit-window"))));
                    break;
                case "--rate-limit": {
                    String[] kv = value(args, ++i, "--rate-limit").split("=", 2);
                    builder.rateLimit(kv[0], Integer.parseInt(kv.length > 1 ? kv[1] : ""));
                    break;
                }
                case "-h":
                case "--help":
                    System.out.println("usage: JikoSimulatorMain [--port N (8089)] [--seed N (42)] [--no-rate-limits] [--key-out PATH]\n"
                                       + "       [--rate-limit-scale X (1.0)] [--rate-limit-window SECONDS (60)] [--rate-limit 'GROUP=N' ...]");
                    return;
                default:
                    System.err.println("unknown option: " + args[i] + " (try --help)");
                    System.exit(2);
            }
        }
        JikoSimulator sim = builder.port(port).seed(seed).rateLimits(rateLimits).build();
        sim.start();
        Path key = Paths.get(keyOut).toAbsolutePath().normalize();
        if (key.getParent() != null) {
            Files.createDirectories(key.getParent());
        }
        Files.write(key, sim.demoPrivateKeyPem().getBytes(StandardCharsets.US_ASCII));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.stop();
            stopped.countDown();
        }, "jiko-sim-shutdown"));
        System.out.println("Jiko simulator running (seed " + seed + ", rate limits " + (rateLimits ? "on" : "off") + ")");
        System.out.println("  base URL : " + sim.baseUrl());
        System.out.println("  token URL: " + sim.tokenUrl());
        System.out.println("  client id: " + sim.demoClientId());
        System.out.println("  key file : " + key);
        System.out.println();
        System.out.println("camel-jiko properties:");
        System.out.println("camel.component.jiko.baseUrl=" + sim.baseUrl());
        System.out.println("camel.component.jiko.tokenUrl=" + sim.tokenUrl());
        System.out.println("camel.component.jiko.clientId=" + sim.demoClientId());
        System.out.println("camel.component.jiko.privateKey=file:" + key);
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            System.err.println(opt + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
