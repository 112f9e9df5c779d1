package org.itm.flink.kpi;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/** A test record with its own codec, as an application writes one for its records. */
public record Incident(String id, String service, Instant opened, double hours, boolean ok) {

    static final RecordSchema<Incident> SCHEMA = RecordSchema.<Incident>builder("incident")
            .dimension("service", Incident::service)
            .dimension("id", Incident::id)
            .measure("hours", Incident::hours)
            .flag("ok", Incident::ok)
            .time("opened", i -> Optional.of(i.opened()))
            .build();

    static TypeInformation<Incident> type() {
        return CodecTypeInfo.of(Incident.class, new IncidentCodec());
    }

    /** The incident catalog of the tests on {@code window}. */
    static KpiEngine<Incident> engine(TimeWindow window) {
        return KpiEngine.create(SCHEMA, List.of(
                def("count", window).count().build(),
                def("mean", window).mean("hours").thresholds(8, 8, 16).build(),
                def("median", window).median("hours").build(),
                def("p90", window).percentile(90, "hours").build(),
                def("ok", window).ratio("ok").percent().build(),
                def("sum", window).sum("hours").build(),
                def("services", window).distinctCount("service").dimensions().build(),
                def("all", window).count().dimensions().build()));
    }

    private static KpiDefinition.Builder def(String id, TimeWindow window) {
        return KpiDefinition.builder(id).name(id).unit("h").direction(KpiDirection.LOWER_IS_BETTER).timeField("opened")
                .dimensions("service").window(window);
    }

    static final class IncidentCodec implements Codec<Incident> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Incident v, DataOutputView out) throws IOException {
            CodecIo.string(v.id(), out);
            CodecIo.string(v.service(), out);
            CodecIo.instant(v.opened(), out);
            out.writeDouble(v.hours());
            out.writeBoolean(v.ok());
        }

        @Override
        public Incident read(DataInputView in) throws IOException {
            return new Incident(CodecIo.string(in), CodecIo.string(in), CodecIo.instant(in), in.readDouble(),
                    in.readBoolean());
        }
    }
}
