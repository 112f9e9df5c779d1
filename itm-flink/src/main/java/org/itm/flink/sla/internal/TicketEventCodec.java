package org.itm.flink.sla.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.sla.TicketEvent;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.flink.types.ItmTypes;
import org.itm.flink.types.CodecIo;
import org.itm.operations.sla.SlaEvent;

/** {@link TicketEvent}. */
public final class TicketEventCodec implements Codec<TicketEvent> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unchecked")
    private static final Codec<SlaEvent> EVENT = ((CodecTypeInfo<SlaEvent>) ItmTypes.slaEvent())
            .codec();

    @Override
    public void write(TicketEvent value, DataOutputView out) throws IOException {
        CodecIo.string(value.ticketId(), out);
        CodecIo.stringMap(value.attributes(), out);
        EVENT.write(value.event(), out);
    }

    @Override
    public TicketEvent read(DataInputView in) throws IOException {
        return new TicketEvent(CodecIo.string(in), CodecIo.stringMap(in), EVENT.read(in));
    }
}
