package org.itm.flink.types.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.operations.sla.ClockMode;
import org.itm.operations.sla.ClockShare;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;
import org.itm.operations.sla.ThresholdCrossing;

/** Codecs of the SLA engine's values. */
public final class SlaCodecs {

    private SlaCodecs() {
    }

    static void event(SlaEvent e, DataOutputView out) throws IOException {
        CodecIo.instant(e.at(), out);
        CodecIo.string(e.state(), out);
        CodecIo.string(e.reason(), out);
        CodecIo.string(e.priority(), out);
    }

    static SlaEvent event(DataInputView in) throws IOException {
        return new SlaEvent(CodecIo.instant(in), CodecIo.string(in), CodecIo.string(in), CodecIo.string(in));
    }

    /** {@link SlaEvent}. */
    public static final class EventCodec implements Codec<SlaEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SlaEvent value, DataOutputView out) throws IOException {
            event(value, out);
        }

        @Override
        public SlaEvent read(DataInputView in) throws IOException {
            return event(in);
        }
    }

    /** {@link SlaTimeline}. */
    public static final class TimelineCodec implements Codec<SlaTimeline> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SlaTimeline value, DataOutputView out) throws IOException {
            CodecIo.string(value.ticketId(), out);
            CodecIo.stringMap(value.attributes(), out);
            CodecIo.list(value.events(), SlaCodecs::event, out);
        }

        @Override
        public SlaTimeline read(DataInputView in) throws IOException {
            return new SlaTimeline(CodecIo.string(in), CodecIo.stringMap(in), CodecIo.list(SlaCodecs::event, in));
        }
    }

    /** {@link SlaResult}, shares included. */
    public static final class ResultCodec implements Codec<SlaResult> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SlaResult r, DataOutputView out) throws IOException {
            CodecIo.string(r.definitionId(), out);
            CodecIo.string(r.ticketId(), out);
            out.writeByte(r.metric().ordinal());
            CodecIo.instant(r.evaluatedAt(), out);
            out.writeInt(r.cycle());
            out.writeByte(r.status().ordinal());
            CodecIo.string(r.priority(), out);
            CodecIo.duration(r.target(), out);
            CodecIo.instant(r.clockStartedAt(), out);
            CodecIo.duration(r.elapsed(), out);
            CodecIo.duration(r.remaining(), out);
            out.writeDouble(r.elapsedPercent());
            CodecIo.duration(r.paused(), out);
            CodecIo.optionalInstant(r.stoppedAt(), out);
            CodecIo.optionalInstant(r.breachedAt(), out);
            CodecIo.optionalInstant(r.predictedBreachAt(), out);
            CodecIo.list(r.thresholdsCrossed(), (c, o) -> {
                o.writeDouble(c.fraction());
                CodecIo.instant(c.at(), o);
            }, out);
            CodecIo.string(r.clockHeldBy(), out);
            out.writeByte(r.clockMode().ordinal());
            CodecIo.optionalString(r.breachState(), out);
            CodecIo.list(r.shares(), (s, o) -> {
                CodecIo.string(s.state(), o);
                CodecIo.string(s.reason(), o);
                o.writeByte(s.mode().ordinal());
                CodecIo.duration(s.businessTime(), o);
            }, out);
        }

        @Override
        public SlaResult read(DataInputView in) throws IOException {
            return new SlaResult(CodecIo.string(in), CodecIo.string(in), SlaMetric.values()[in.readByte()], CodecIo.instant(in),
                    in.readInt(), SlaStatus.values()[in.readByte()], CodecIo.string(in), CodecIo.duration(in), CodecIo.instant(in),
                    CodecIo.duration(in), CodecIo.duration(in), in.readDouble(), CodecIo.duration(in), CodecIo.optionalInstant(in),
                    CodecIo.optionalInstant(in), CodecIo.optionalInstant(in),
                    CodecIo.list(i -> new ThresholdCrossing(i.readDouble(), CodecIo.instant(i)), in), CodecIo.string(in),
                    ClockMode.values()[in.readByte()], CodecIo.optionalString(in),
                    CodecIo.list(i -> new ClockShare(CodecIo.string(i), CodecIo.string(i), ClockMode.values()[i.readByte()],
                            CodecIo.duration(i)), in));
        }
    }
}
