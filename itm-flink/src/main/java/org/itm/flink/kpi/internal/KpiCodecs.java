package org.itm.flink.kpi.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.kpi.KpiWindowUpdate;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.WindowRange;

/** {@link KpiWindowUpdate} with its KPI results. */
public final class KpiCodecs implements Codec<KpiWindowUpdate> {

    private static final long serialVersionUID = 1L;

    @Override
    public void write(KpiWindowUpdate u, DataOutputView out) throws IOException {
        CodecIo.instant(u.start(), out);
        CodecIo.instant(u.end(), out);
        out.writeInt(u.revision());
        CodecIo.list(u.results().values(), KpiCodecs::result, out);
    }

    @Override
    public KpiWindowUpdate read(DataInputView in) throws IOException {
        return new KpiWindowUpdate(CodecIo.instant(in), CodecIo.instant(in), in.readInt(),
                new KpiResults(CodecIo.list(KpiCodecs::result, in)));
    }

    static void result(KpiResult r, DataOutputView out) throws IOException {
        CodecIo.string(r.kpiId(), out);
        out.writeInt(r.dimensions().size());
        for (Map.Entry<String, String> e : r.dimensions().entrySet()) {
            CodecIo.string(e.getKey(), out);
            CodecIo.optionalString(Optional.ofNullable(e.getValue()), out);
        }
        out.writeLong(r.window().start().toEpochDay());
        out.writeLong(r.window().end().toEpochDay());
        CodecIo.string(r.window().zone().getId(), out);
        out.writeDouble(r.value());
        out.writeLong(r.sampleSize());
        out.writeBoolean(r.exact());
        out.writeBoolean(r.target().isPresent());
        if (r.target().isPresent()) {
            out.writeDouble(r.target().get());
        }
        out.writeByte(r.status().ordinal());
        CodecIo.string(r.explanation(), out);
    }

    static KpiResult result(DataInputView in) throws IOException {
        String id = CodecIo.string(in);
        int n = in.readInt();
        Map<String, String> dims = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            dims.put(CodecIo.string(in), CodecIo.optionalString(in).orElse(null));
        }
        WindowRange window = new WindowRange(LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong()),
                ZoneId.of(CodecIo.string(in)));
        double value = in.readDouble();
        long sample = in.readLong();
        boolean exact = in.readBoolean();
        Optional<Double> target = in.readBoolean() ? Optional.of(in.readDouble()) : Optional.empty();
        return new KpiResult(id, dims, window, value, sample, exact, target, RagStatus.values()[in.readByte()],
                CodecIo.string(in));
    }
}
