package org.itm.notify.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that answers from a script: each path has a queue of planned answers (status,
 * headers, delay before answering) and answers 200 once its queue is empty, or its fallback status if one is set.
 */
final class TestServer implements AutoCloseable {

    /** One planned answer. */
    record Answer(int status, Map<String, String> headers, long delayMillis) {
        static Answer status(int status) {
            return new Answer(status, Map.of(), 0);
        }
    }

    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final Map<String, Deque<Answer>> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> fallbacks = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final Map<String, WebhookSignature> verifiers = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<WebhookSignature.Verification> verifications = new ArrayList<>();

    private TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static TestServer start() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test HTTP server", e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Queues answers for {@code path}, given before the default. */
    TestServer script(String path, Answer... answers) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** Every request to {@code path} beyond its script gets {@code status}. */
    TestServer always(String path, int status) {
        fallbacks.put(path, status);
        return this;
    }

    /** Requests to {@code path} are verified as a receiver would: 401 when the verifier rejects them. */
    TestServer verifying(String path, WebhookSignature verifier) {
        verifiers.put(path, verifier);
        return this;
    }

    /** Outcomes of the verifications made, in order. */
    synchronized List<WebhookSignature.Verification> verifications() {
        return List.copyOf(verifications);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Deque<Answer> script = scripts.get(path);
            Answer answer;
            synchronized (this) {
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
                answer = script == null ? null : script.poll();
            }
            if (answer == null) {
                answer = Answer.status(fallbacks.getOrDefault(path, 200));
            }
            WebhookSignature verifier = verifiers.get(path);
            if (verifier != null) {
                WebhookSignature.Verification v = verifier.verify(
                        exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body);
                synchronized (this) {
                    verifications.add(v);
                }
                if (!v.valid()) {
                    answer = Answer.status(401);
                }
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = ("status " + answer.status()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
