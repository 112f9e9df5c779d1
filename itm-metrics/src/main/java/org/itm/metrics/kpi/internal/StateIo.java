package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/** Encodings of partial states: strings of any length as UTF-8, histograms in HdrHistogram's compressed form. */
final class StateIo {

    private StateIo() {
    }

    static void writeString(String s, DataOutput out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void writeHistogram(Histogram h, DataOutput out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        out.writeInt(length);
        out.write(buffer.array(), 0, length);
    }

    static Histogram readHistogram(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        try {
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(b), 0);
            // as built by the states: resizing to whatever values come next
            h.setAutoResize(true);
            return h;
        } catch (DataFormatException e) {
            throw new IOException("corrupt percentile histogram in a KPI state", e);
        }
    }
}
