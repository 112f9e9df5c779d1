package org.itm.operations.alert.receiver;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.itm.operations.alert.intake.AlertFormat;
import org.itm.operations.alert.intake.AlertIntake;
import org.itm.operations.alert.receiver.internal.ReceiverServer;
import org.jspecify.annotations.Nullable;

/**
 * A tiny HTTP endpoint, on the JDK's own {@code com.sun.net.httpserver} (no framework), that Alertmanager, Grafana
 * and PagerDuty-style senders post alerts to. An embedding application starts it, and closes it on shutdown:
 *
 * <pre>{@code
 * StoredAlertCorrelator correlator = StoredAlertCorrelator.open(store, "default", AlertCorrelator.builder(directory));
 * try (AlertReceiver receiver = AlertReceiver.builder(AlertIntake.builder(clock).build(),
 *                 AlertSink.correlating(correlator, actions -> desk.apply(actions)))
 *         .address(new InetSocketAddress(9095))
 *         .bearerToken(System.getenv("ALERT_TOKEN"))
 *         .start()) {
 *     // Alertmanager: webhook_configs: [{url: http://itm:9095/alerts/alertmanager, http_config: {authorization: ...}}]
 * }
 * }</pre>
 *
 * <h2>Answers</h2>
 * <ul>
 *   <li><b>200</b> once the {@link AlertSink} has recorded the accepted alerts; the JSON body reports
 *       {@code accepted}, {@code rejected} (each entry and its reasons) and {@code warnings}.</li>
 *   <li><b>400</b> with the reason (JSON path and message) for a body that is not UTF-8, not JSON, truncated or
 *       not of the path's format; nothing of it is recorded.</li>
 *   <li><b>401</b> when a bearer token or HMAC signature is required and missing or wrong.</li>
 *   <li><b>404</b> for another path, <b>405</b> for another method than POST.</li>
 *   <li><b>413</b> for a body over {@link Builder#maxBodyBytes the limit} (checked on {@code Content-Length}
 *       before reading, and while reading a chunked body).</li>
 *   <li><b>503</b> when the sink failed (e.g. the store is unavailable): nothing is acknowledged, so the sender
 *       retries.</li>
 * </ul>
 * Paths are {@code /alerts/alertmanager}, {@code /alerts/grafana} and {@code /alerts/pagerduty} unless set. Requests
 * are handled on a small pool of the receiver's own threads; the sink must therefore be thread-safe.
 *
 * @since 0.1
 */
public interface AlertReceiver extends AutoCloseable {

    /**
     * A receiver of alerts read by {@code intake} and recorded in {@code sink}; on loopback, any free port, no
     * authentication and a 1 MiB body limit unless set.
     *
     * @param intake reads request bodies
     * @param sink   records accepted alerts
     * @return the builder
     */
    static Builder builder(AlertIntake intake, AlertSink sink) {
        return new Builder(intake, sink);
    }

    /**
     * The address the server listens on (with the actual port when 0 was asked for).
     *
     * @return the bound address
     */
    InetSocketAddress address();

    /**
     * The URI senders of {@code format} post to, e.g. {@code http://127.0.0.1:41234/alerts/alertmanager}.
     *
     * @param format the format
     * @return the URI
     */
    URI uri(AlertFormat format);

    /** Stops accepting requests, lets running ones finish (up to a second) and releases the port and threads. */
    @Override
    void close();

    /**
     * Settings of an {@link AlertReceiver}; {@link #start()} validates them all and reports every problem at once.
     * The constraint annotations on the fields are checked through {@link Validation#check(Object, Class...)}
     * (a format's path is reported as {@code paths[GRAFANA]}); that no two formats share a path and that an HMAC
     * secret comes with its header are checked beside them. Not thread-safe.
     */
    final class Builder {
        private static final String BODY_LIMIT = "must be between 1 and " + ItmJson.MAX_DOCUMENT_CHARS;

        @NotNull
        private final @Nullable AlertIntake intake;
        @NotNull
        private final @Nullable AlertSink sink;
        @NotNull
        private @Nullable InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        private final Map<AlertFormat, @Nullable @NotNull @Pattern(regexp = "/\\S+",
                message = "must be an absolute path without spaces, such as /alerts/grafana") String> paths =
                new EnumMap<>(AlertFormat.class);
        private Optional<@Size(min = 16, message = "must be at least {min} characters") String> bearerToken =
                Optional.empty();
        @Size(min = 16, message = "must be at least {min} bytes")
        private byte @Nullable [] hmacSecret;
        private @Nullable String hmacHeader;
        @Min(value = 1, message = BODY_LIMIT)
        @Max(value = ItmJson.MAX_DOCUMENT_CHARS, message = BODY_LIMIT)
        private long maxBodyBytes = 1024 * 1024;
        @Min(value = 1, message = "must be between 1 and 256")
        @Max(value = 256, message = "must be between 1 and 256")
        private int threads = 4;

        private Builder(AlertIntake intake, AlertSink sink) {
            this.intake = intake;
            this.sink = sink;
            paths.put(AlertFormat.ALERTMANAGER, "/alerts/alertmanager");
            paths.put(AlertFormat.GRAFANA, "/alerts/grafana");
            paths.put(AlertFormat.PAGERDUTY, "/alerts/pagerduty");
        }

        /**
         * Where to listen (default loopback, a free port).
         *
         * @param value the address
         * @return this builder
         */
        public Builder address(InetSocketAddress value) {
            this.address = value;
            return this;
        }

        /**
         * The path senders of {@code format} post to.
         *
         * @param format the format
         * @param path   an absolute path, e.g. {@code /hooks/am}
         * @return this builder
         */
        public Builder path(AlertFormat format, String path) {
            Checks.notNull(format, "format");
            paths.put(format, path);
            return this;
        }

        /**
         * Requires {@code Authorization: Bearer <token>} (compared in constant time).
         *
         * @param token the token, at least 16 characters
         * @return this builder
         */
        public Builder bearerToken(String token) {
            this.bearerToken = Optional.ofNullable(token).or(() -> Optional.of(""));
            return this;
        }

        /**
         * Requires an HMAC-SHA256 of the raw body, in hex (optionally prefixed {@code sha256=}), in {@code header}
         * — e.g. Grafana's {@code X-Grafana-Alerting-Signature}.
         *
         * @param secret the shared secret, at least 16 bytes; copied
         * @param header the header that carries the signature
         * @return this builder
         */
        public Builder hmacSha256(byte[] secret, String header) {
            this.hmacSecret = secret == null ? new byte[0] : secret.clone();
            this.hmacHeader = header;
            return this;
        }

        /**
         * The largest accepted body (default 1 MiB).
         *
         * @param bytes 1 to {@link org.itm.core.json.ItmJson#MAX_DOCUMENT_CHARS}
         * @return this builder
         */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * How many requests are handled at once (default 4).
         *
         * @param count 1 to 256
         * @return this builder
         */
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running receiver
         * @throws org.itm.core.ItmValidationException naming every bad setting
         * @throws java.io.UncheckedIOException        if the address cannot be bound
         */
        public AlertReceiver start() {
            Violations v = new Violations().addAll(Validation.check(this));
            Map<String, AlertFormat> byPath = new HashMap<>();
            paths.forEach((format, path) -> {
                AlertFormat other = path == null ? null : byPath.putIfAbsent(path, format);
                v.require(other == null, "paths[" + format + "]", "is also the path of " + other + ": " + path);
            });
            byte[] secret = hmacSecret;
            String header = hmacHeader;
            if (secret != null) {
                v.require(header != null && !header.isBlank(), "hmacHeader",
                        "must name the header that carries the signature");
            }
            v.throwIfAny();
            // the checks above rejected every missing setting
            return ReceiverServer.start(Objects.requireNonNull(intake), Objects.requireNonNull(sink),
                    Objects.requireNonNull(address), Map.copyOf(paths),
                    bearerToken.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                    Optional.ofNullable(secret).map(s -> Arrays.copyOf(s, s.length)),
                    header == null ? "" : header, maxBodyBytes, threads);
        }
    }
}
