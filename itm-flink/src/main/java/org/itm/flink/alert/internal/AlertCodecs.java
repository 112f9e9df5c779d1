package org.itm.flink.alert.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.core.notify.Severity;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertStatus;

/** Codecs of alerts and alert actions. */
public final class AlertCodecs {

    private AlertCodecs() {
    }

    /** {@link Alert}. */
    public static final class AlertCodec implements Codec<Alert> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Alert a, DataOutputView out) throws IOException {
            CodecIo.string(a.source(), out);
            CodecIo.string(a.deduplicationKey(), out);
            out.writeByte(a.severity().ordinal());
            CodecIo.string(a.ci(), out);
            CodecIo.instant(a.at(), out);
            out.writeByte(a.status().ordinal());
            CodecIo.stringMap(a.payload(), out);
        }

        @Override
        public Alert read(DataInputView in) throws IOException {
            return new Alert(CodecIo.string(in), CodecIo.string(in), Severity.values()[in.readByte()],
                    CodecIo.string(in), CodecIo.instant(in), AlertStatus.values()[in.readByte()],
                    CodecIo.stringMap(in));
        }
    }

    /** {@link AlertAction}. */
    public static final class ActionCodec implements Codec<AlertAction> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(AlertAction a, DataOutputView out) throws IOException {
            out.writeByte(a.kind().ordinal());
            CodecIo.string(a.groupId(), out);
            CodecIo.string(a.service(), out);
            CodecIo.string(a.priority(), out);
            CodecIo.string(a.alertKey(), out);
            out.writeLong(a.count());
            CodecIo.instant(a.at(), out);
            CodecIo.string(a.note(), out);
        }

        @Override
        public AlertAction read(DataInputView in) throws IOException {
            return new AlertAction(AlertAction.Kind.values()[in.readByte()], CodecIo.string(in), CodecIo.string(in),
                    CodecIo.string(in), CodecIo.string(in), in.readLong(), CodecIo.instant(in), CodecIo.string(in));
        }
    }
}
