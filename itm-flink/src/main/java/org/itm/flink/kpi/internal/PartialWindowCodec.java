package org.itm.flink.kpi.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.kpi.KpiSetup;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;

/** {@link PartialWindow}. */
public final class PartialWindowCodec<R> implements Codec<PartialWindow<R>> {

    private static final long serialVersionUID = 1L;

    private final AggregatorCodec<R> aggregators;

    public PartialWindowCodec(KpiSetup<R> setup) {
        this.aggregators = new AggregatorCodec<>(setup);
    }

    @Override
    public void write(PartialWindow<R> value, DataOutputView out) throws IOException {
        CodecIo.string(value.partition, out);
        out.writeLong(value.start);
        out.writeLong(value.end);
        aggregators.write(value.aggregator, out);
    }

    @Override
    public PartialWindow<R> read(DataInputView in) throws IOException {
        String partition = CodecIo.string(in);
        long start = in.readLong();
        long end = in.readLong();
        return new PartialWindow<>(partition, start, end, aggregators.read(in));
    }
}
