package org.itm.flink.types;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.itm.flink.types.internal.SlaCodecs;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTimeline;

/**
 * Flink type information of the ITM values that flow through streams and state. Pass them where Flink cannot
 * infer a type ({@code returns(...)}, state descriptors) so that nothing is serialized with Kryo. Each call returns
 * a new, equal type information; it is cheap, and a job may keep one in a constant.
 *
 * @since 0.1
 */
public final class ItmTypes {

    private ItmTypes() {
    }

    /**
     * For streams and state of {@link SlaEvent}s.
     *
     * @return the type information of {@link SlaEvent}, with ITM's own binary form
     */
    public static TypeInformation<SlaEvent> slaEvent() {
        return CodecTypeInfo.of(SlaEvent.class, new SlaCodecs.EventCodec());
    }

    /**
     * For streams and state of whole {@link SlaTimeline}s (the SLA job keeps one per ticket).
     *
     * @return the type information of {@link SlaTimeline}, with ITM's own binary form
     */
    public static TypeInformation<SlaTimeline> slaTimeline() {
        return CodecTypeInfo.of(SlaTimeline.class, new SlaCodecs.TimelineCodec());
    }

    /**
     * For streams and state of {@link SlaResult}s, e.g. {@code .returns(ItmTypes.slaResult())} after a function
     * whose result type Flink cannot infer.
     *
     * @return the type information of {@link SlaResult}, clock shares included
     */
    public static TypeInformation<SlaResult> slaResult() {
        return CodecTypeInfo.of(SlaResult.class, new SlaCodecs.ResultCodec());
    }
}
