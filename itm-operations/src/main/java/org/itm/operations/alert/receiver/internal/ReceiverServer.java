package org.itm.operations.alert.receiver.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.operations.alert.intake.AlertFormat;
import org.itm.operations.alert.intake.AlertImport;
import org.itm.operations.alert.intake.AlertIntake;
import org.itm.operations.alert.intake.AlertRejection;
import org.itm.operations.alert.receiver.AlertReceiver;
import org.itm.operations.alert.receiver.AlertSink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The running receiver: one context per format's path on a JDK HTTP server with its own thread pool. */
public final class ReceiverServer implements AlertReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverServer.class);
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<AlertFormat, String> paths;
    private final AlertIntake intake;
    private final AlertSink sink;
    private final Optional<byte[]> bearer;
    private final Optional<byte[]> hmacSecret;
    private final String hmacHeader;
    private final long maxBody;

    private ReceiverServer(HttpServer server, ExecutorService pool, AlertIntake intake, AlertSink sink,
                           Map<AlertFormat, String> paths, Optional<byte[]> bearer, Optional<byte[]> hmacSecret,
                           String hmacHeader, long maxBody) {
        this.server = server;
        this.pool = pool;
        this.intake = intake;
        this.sink = sink;
        this.paths = paths;
        this.bearer = bearer;
        this.hmacSecret = hmacSecret;
        this.hmacHeader = hmacHeader;
        this.maxBody = maxBody;
    }

    /** Binds and starts; settings are validated by the builder. */
    public static ReceiverServer start(AlertIntake intake, AlertSink sink, InetSocketAddress address,
                                       Map<AlertFormat, String> paths, Optional<byte[]> bearer,
                                       Optional<byte[]> hmacSecret, String hmacHeader, long maxBody, int threads) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        int n = SERVERS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "itm-alert-receiver-" + n + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        server.setExecutor(pool);
        ReceiverServer receiver = new ReceiverServer(server, pool, intake, sink, paths, bearer, hmacSecret,
                hmacHeader, maxBody);
        paths.forEach((format, path) -> server.createContext(path, exchange -> receiver.handle(format, path,
                exchange)));
        server.createContext("/", exchange -> receiver.answer(exchange, 404, error("no alert path here; post to "
                + paths.values().stream().sorted().toList())));
        server.start();
        LOG.debug("alert receiver listening on {}", server.getAddress());
        return receiver;
    }

    @Override
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public URI uri(AlertFormat format) {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + paths.get(format));
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
        LOG.debug("alert receiver on {} stopped", server.getAddress());
    }

    private void handle(AlertFormat format, String path, HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                answer(exchange, 404, error("no alert path here; post to " + path));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                answer(exchange, 405, error("only POST is accepted"));
                return;
            }
            if (bearer.isPresent() && !bearerMatches(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                answer(exchange, 401, error("a valid bearer token is required"));
                return;
            }
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    answer(exchange, 400, error("Content-Length is not a number"));
                    return;
                }
                if (declared > maxBody) {
                    answer(exchange, 413, error("the body of " + declared + " bytes exceeds the limit of " + maxBody
                            + " bytes"));
                    return;
                }
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, error("the body exceeds the limit of " + maxBody + " bytes"));
                return;
            }
            if (hmacSecret.isPresent() && !signatureMatches(exchange, body)) {
                answer(exchange, 401, error("a valid " + hmacHeader + " HMAC-SHA256 signature of the body is required"));
                return;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                answer(exchange, 400, error("the body is not UTF-8 text"));
                return;
            }
            AlertImport read;
            try {
                read = intake.read(format, text);
            } catch (ItmValidationException e) {
                answer(exchange, 400, violations("the body cannot be read as " + format.source(),
                        e.violations()));
                return;
            }
            try {
                sink.record(format, read.accepted());
            } catch (RuntimeException e) {
                LOG.warn("alert sink failed to record {} {} alert(s): {}", read.accepted().size(), format.source(),
                        e.toString());
                answer(exchange, 503, error("the alerts could not be recorded; retry later"));
                return;
            }
            answer(exchange, 200, report(read));
        } catch (IOException | RuntimeException e) {
            LOG.debug("alert request failed", e);
            try {
                answer(exchange, 500, error("internal error"));
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone; nothing more to say
            }
        } finally {
            exchange.close();
        }
    }

    /** The body, or null when it exceeds the limit (a chunked body declares no length). */
    private byte @Nullable [] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBody) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private boolean bearerMatches(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8), bearer.get());
    }

    private boolean signatureMatches(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst(hmacHeader);
        if (header == null) {
            return false;
        }
        String hex = header.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256=")) {
            hex = hex.substring(7);
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacSecret.get(), "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }

    private void answer(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = ItmJson.json().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(String message) {
        ObjectNode n = ItmJson.json().createObjectNode();
        n.put("error", message);
        return n;
    }

    private static ObjectNode violations(String message, List<Violation> violations) {
        ObjectNode n = error(message);
        ArrayNode reasons = n.putArray("reasons");
        violations.forEach(v -> reasons.add(v.toString()));
        return n;
    }

    private static ObjectNode report(AlertImport read) {
        ObjectNode n = ItmJson.json().createObjectNode();
        n.put("format", read.format().source());
        n.put("accepted", read.accepted().size());
        ArrayNode rejected = n.putArray("rejected");
        for (AlertRejection r : read.rejected()) {
            ObjectNode entry = rejected.addObject();
            entry.put("entry", r.entry());
            ArrayNode reasons = entry.putArray("reasons");
            r.reasons().forEach(v -> reasons.add(v.toString()));
        }
        ArrayNode warnings = n.putArray("warnings");
        read.warnings().forEach(warnings::add);
        return n;
    }
}
