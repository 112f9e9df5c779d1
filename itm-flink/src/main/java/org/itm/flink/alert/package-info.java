/**
 * Alert correlation on a stream: alerts are keyed by the service of their CI and each service runs its own
 * {@link org.itm.operations.alert.AlertCorrelator} in Flink's keyed state, giving the incident actions (open,
 * attach, de-duplicate, resolve, flapping) an in-JVM correlator gives for that service's alerts in the same order.
 *
 * <p>The entry point is {@link org.itm.flink.alert.AlertStreams#correlate}; an
 * {@link org.itm.flink.alert.AlertSetup} gives the service directory and, optionally, the correlator's settings.
 * Use {@link org.itm.flink.alert.AlertStreams#alertType()} for the alert source.
 *
 * <pre>{@code
 * import org.apache.flink.streaming.api.datastream.DataStream;
 * import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
 * import org.itm.operations.alert.*;
 * // given: StreamExecutionEnvironment env, List<Alert> alerts
 *
 * AlertSetup setup = () -> ServiceDirectory.of(Map.of("db-1", "shop", "web-1", "shop"), Map.of("shop", 1), 3);
 * DataStream<Alert> stream = env.fromData(alerts, AlertStreams.alertType());
 * DataStream<AlertAction> actions = AlertStreams.correlate(stream, setup);
 * actions.filter(a -> a.kind() == AlertAction.Kind.OPEN_INCIDENT).print();
 * }</pre>
 */
package org.itm.flink.alert;
