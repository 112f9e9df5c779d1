package org.itm.flink.alert;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.itm.core.validation.Checks;
import org.itm.flink.alert.internal.AlertCodecs;
import org.itm.flink.alert.internal.CorrelationFunction;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Alerts to incident actions on a stream: alerts are keyed by the service of their CI (the CI itself when it has
 * none), and each service runs its own {@link AlertCorrelator} whose state lives in Flink's keyed state. Alerts
 * of one service are correlated within the correlation window, de-duplicated, checked for flapping and
 * resolved on all-clear exactly as an in-JVM correlator that receives that service's alerts in the same order.
 *
 * <p>The correlator decides on the order it receives alerts in (processing order within a service, which Flink
 * keeps per key from one source partition); sort or buffer upstream if the source reorders alerts. Group ids
 * number each service's incidents on their own ({@code shop#1}, {@code shop#2} …), as partitioned correlators do,
 * where one correlator for every service numbers them all in one sequence.
 *
 * @since 0.1
 */
public final class AlertStreams {

    private AlertStreams() {
    }

    /**
     * The actions for {@code alerts}, one or more per alert, in the order of each service's alerts.
     *
     * @param alerts the alerts, in the order each service's correlator should see them
     * @param setup the directory and correlator settings, rebuilt on each task
     * @return the incident actions (open, attach, resolve, flapping ...), keyed by service; the operator's uid is
     *         {@code itm-alert-correlation}, so savepoints restore into it
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static SingleOutputStreamOperator<AlertAction> correlate(DataStream<Alert> alerts, AlertSetup setup) {
        Checks.notNull(alerts, "alerts");
        Checks.notNull(setup, "setup");
        return alerts.keyBy(new ServiceKey(setup), Types.STRING)
                .process(new CorrelationFunction(setup), actionType())
                .name("itm-alert-correlation")
                .uid("itm-alert-correlation");
    }

    /**
     * Flink type information of {@link Alert}, so that alerts are not serialized with Kryo.
     *
     * @return the type information to pass to an alert source or {@code returns(...)}
     */
    public static TypeInformation<Alert> alertType() {
        return CodecTypeInfo.of(Alert.class, new AlertCodecs.AlertCodec());
    }

    /**
     * Flink type information of {@link AlertAction}, for operators downstream of {@link #correlate}.
     *
     * @return the type information to pass to {@code returns(...)}
     */
    public static TypeInformation<AlertAction> actionType() {
        return CodecTypeInfo.of(AlertAction.class, new AlertCodecs.ActionCodec());
    }

    /** The service of an alert's CI, as the correlator resolves it. */
    private static final class ServiceKey implements KeySelector<Alert, String> {
        private static final long serialVersionUID = 1L;
        private final AlertSetup setup;
        private transient @Nullable ServiceDirectory directory;

        ServiceKey(AlertSetup setup) {
            this.setup = setup;
        }

        @Override
        public String getKey(Alert alert) {
            if (directory == null) {
                directory = setup.directory();
            }
            return directory.serviceOf(alert.ci()).orElse(alert.ci());
        }
    }
}
