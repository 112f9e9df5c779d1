package org.itm.flink.types.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.types.Codec;
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
        Io.instant(e.at(), out);
        Io.string(e.state(), out);
        Io.string(e.reason(), out);
        Io.string(e.priority(), out);
    }

    static SlaEvent event(DataInputView in) throws IOException {
        return new SlaEvent(Io.instant(in), Io.string(in), Io.string(in), Io.string(in));
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
            Io.string(value.ticketId(), out);
            Io.stringMap(value.attributes(), out);
            Io.list(value.events(), SlaCodecs::event, out);
        }

        @Override
        public SlaTimeline read(DataInputView in) throws IOException {
            return new SlaTimeline(Io.string(in), Io.stringMap(in), Io.list(SlaCodecs::event, in));
        }
    }

    /** {@link SlaResult}, shares included. */
    public static final class ResultCodec implements Codec<SlaResult> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(SlaResult r, DataOutputView out) throws IOException {
            Io.string(r.definitionId(), out);
            Io.string(r.ticketId(), out);
            out.writeByte(r.metric().ordinal());
            Io.instant(r.evaluatedAt(), out);
            out.writeInt(r.cycle());
            out.writeByte(r.status().ordinal());
            Io.string(r.priority(), out);
            Io.duration(r.target(), out);
            Io.instant(r.clockStartedAt(), out);
            Io.duration(r.elapsed(), out);
            Io.duration(r.remaining(), out);
            out.writeDouble(r.elapsedPercent());
            Io.duration(r.paused(), out);
            Io.optionalInstant(r.stoppedAt(), out);
            Io.optionalInstant(r.breachedAt(), out);
            Io.optionalInstant(r.predictedBreachAt(), out);
            Io.list(r.thresholdsCrossed(), (c, o) -> {
                o.writeDouble(c.fraction());
                Io.instant(c.at(), o);
            }, out);
            Io.string(r.clockHeldBy(), out);
            out.writeByte(r.clockMode().ordinal());
            Io.optionalString(r.breachState(), out);
            Io.list(r.shares(), (s, o) -> {
                Io.string(s.state(), o);
                Io.string(s.reason(), o);
                o.writeByte(s.mode().ordinal());
                Io.duration(s.businessTime(), o);
            }, out);
        }

        @Override
        public SlaResult read(DataInputView in) throws IOException {
            return new SlaResult(Io.string(in), Io.string(in), SlaMetric.values()[in.readByte()], Io.instant(in),
                    in.readInt(), SlaStatus.values()[in.readByte()], Io.string(in), Io.duration(in), Io.instant(in),
                    Io.duration(in), Io.duration(in), in.readDouble(), Io.duration(in), Io.optionalInstant(in),
                    Io.optionalInstant(in), Io.optionalInstant(in),
                    Io.list(i -> new ThresholdCrossing(i.readDouble(), Io.instant(i)), in), Io.string(in),
                    ClockMode.values()[in.readByte()], Io.optionalString(in),
                    Io.list(i -> new ClockShare(Io.string(i), Io.string(i), ClockMode.values()[i.readByte()],
                            Io.duration(i)), in));
        }
    }
}
