package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts a child JVM, kills it with SIGKILL at a random moment after it printed {@code READY}, and starts it again,
 * until it was killed the wanted number of times; the last run must then print {@code DONE} and exit 0. Shared by
 * the kill-and-restart tests, with the loopback webhook receiver they count deliveries at.
 */
final class KillRestartHarness {

    /** Environment variable holding the PostgreSQL JDBC URL of the PostgreSQL variants. */
    static final String POSTGRES_ENV = "ITM_TEST_POSTGRES_URL";

    private KillRestartHarness() {
    }

    /** Counts requests per idempotency key, answering 200 to each. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        final AtomicInteger withoutKey = new AtomicInteger();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                if (key == null) {
                    withoutKey.incrementAndGet();
                } else {
                    deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        int requests() {
            return deliveries.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** What the kill loop did. */
    record Outcome(int kills, int starts, long startupMillis, long lastRunMillis) {
    }

    /**
     * Runs {@code main} with {@code args} in child JVMs, killing each of the first {@code kills} runs 20 to 170 ms
     * after it is ready, and lets the last one finish. The kills come early enough that each run does only a small
     * share of the work: a run that finished the work before its kill (counted as the last run) leaves fewer kills.
     */
    static Outcome killAndRestartUntilDone(Path dir, Class<?> main, List<String> args, int kills) throws Exception {
        SplittableRandom random = new SplittableRandom();
        int killed = 0;
        int starts = 0;
        long startupMillis = 0;
        while (true) {
            starts++;
            Path out = dir.resolve("run-" + starts + ".out");
            long started = System.nanoTime();
            Process child = start(dir, main, args, out);
            try {
                awaitLine(child, out, "READY");
                long ready = System.nanoTime();
                startupMillis += (ready - started) / 1_000_000;
                if (killed < kills) {
                    Thread.sleep(20 + random.nextInt(150));
                    if (child.isAlive()) {
                        child.destroyForcibly();
                        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                        // between the liveness check and the kill the run may have finished its work and exited:
                        // then it is the last run, checked as such below
                        if (child.exitValue() != 0) {
                            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                            killed++;
                            continue;
                        }
                    }
                }
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the last run finishes").isTrue();
                long lastRunMillis = (System.nanoTime() - ready) / 1_000_000;
                assertThat(child.exitValue()).as("exit status of run %d:%n%s", starts,
                        Files.readString(dir.resolve("run-" + starts + ".err"))).isZero();
                assertThat(Files.readString(out)).contains("DONE");
                return new Outcome(killed, starts, startupMillis, lastRunMillis);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static Process start(Path dir, Class<?> main, List<String> args, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve(out.getFileName().toString().replace(".out", ".err"));
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private static void awaitLine(Process child, Path out, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out, StandardCharsets.UTF_8).contains(prefix)) {
            assertThat(child.isAlive() || Files.readString(out).contains(prefix))
                    .as("the child is starting (exit %s)", child.isAlive() ? "-" : child.exitValue()).isTrue();
            assertThat(System.nanoTime()).as("the child printed %s within 30 s", prefix).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
