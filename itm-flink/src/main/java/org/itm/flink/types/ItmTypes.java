package org.itm.flink.types;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.itm.flink.types.internal.SlaCodecs;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTimeline;

/**
 * Flink type information of the ITM values that flow through streams and state. Pass them where Flink cannot
 * infer a type ({@code returns(...)}, state descriptors) so that nothing is serialized with Kryo.
 */
public final class ItmTypes {

    private ItmTypes() {
    }

    /** {@link SlaEvent}. */
    public static TypeInformation<SlaEvent> slaEvent() {
        return CodecTypeInfo.of(SlaEvent.class, new SlaCodecs.EventCodec());
    }

    /** {@link SlaTimeline}. */
    public static TypeInformation<SlaTimeline> slaTimeline() {
        return CodecTypeInfo.of(SlaTimeline.class, new SlaCodecs.TimelineCodec());
    }

    /** {@link SlaResult}, with its clock shares. */
    public static TypeInformation<SlaResult> slaResult() {
        return CodecTypeInfo.of(SlaResult.class, new SlaCodecs.ResultCodec());
    }
}
