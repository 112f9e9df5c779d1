package org.itm.flink.alert.internal;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.itm.flink.alert.AlertSetup;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;

/**
 * One {@link AlertCorrelator} per service, its state in Flink's keyed state in the correlator's own binary form:
 * each alert restores the service's correlator, ingests the alert and stores the state back, so the actions are
 * those of the in-JVM correlator fed that service's alerts, across restarts and rescaling.
 */
public final class CorrelationFunction extends KeyedProcessFunction<String, Alert, AlertAction> {

    private static final long serialVersionUID = 1L;

    private final AlertSetup setup;
    private transient AlertCorrelator.Builder settings;
    private transient ValueState<byte[]> state;
    private transient DataOutputSerializer buffer;

    public CorrelationFunction(AlertSetup setup) {
        this.setup = setup;
    }

    @Override
    public void open(OpenContext openContext) {
        settings = setup.correlator(setup.directory());
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("itm-alert-correlator",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        buffer = new DataOutputSerializer(1024);
    }

    @Override
    public void processElement(Alert alert, Context ctx, Collector<AlertAction> out) throws Exception {
        byte[] known = state.value();
        AlertCorrelator c = known == null ? settings.build() : settings.restore(new DataInputDeserializer(known));
        for (AlertAction a : c.ingest(alert)) {
            out.collect(a);
        }
        buffer.clear();
        c.writeTo(buffer);
        state.update(buffer.getCopyOfBuffer());
    }
}
