package org.itm.metrics.kpi.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

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

    /** An empty auto-resizing histogram with {@code int} counts. */
    static AbstractHistogram histogram(int digits) {
        return new IntCountsHistogram(digits);
    }

    /**
     * An empty auto-resizing histogram with {@code int} counts and room for values up to {@code highest} from the
     * start; the buckets are those of {@link #histogram(int)}.
     */
    static AbstractHistogram histogram(long highest, int digits) {
        IntCountsHistogram h = new IntCountsHistogram(1, highest, digits);
        h.setAutoResize(true);
        return h;
    }

    /**
     * {@code h} itself, or a copy with {@code long} counts when {@code h} counts in {@code int}s and {@code more}
     * further values could take a bucket past {@link Integer#MAX_VALUE} (no bucket holds more than the total). The
     * copy has the same buckets, counts and extremes; only the width of its counts differs.
     */
    static AbstractHistogram roomFor(AbstractHistogram h, long more) {
        if (!(h instanceof IntCountsHistogram) || h.getTotalCount() + more <= Integer.MAX_VALUE) {
            return h;
        }
        return copy(h, new Histogram(h.getLowestDiscernibleValue(), h.getHighestTrackableValue(),
                h.getNumberOfSignificantValueDigits()));
    }

    /** {@code empty}, made with {@code h}'s range and digits, auto-resizing and holding {@code h}'s counts. */
    private static AbstractHistogram copy(AbstractHistogram h, AbstractHistogram empty) {
        empty.setAutoResize(true);
        empty.add(h);
        return empty;
    }

    static void writeHistogram(AbstractHistogram h, DataOutput out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        out.writeInt(length);
        out.write(buffer.array(), 0, length);
    }

    /**
     * Reads what {@link #writeHistogram} wrote. The encoding does not depend on the width of the counts: the result
     * counts in {@code int}s when its total allows, as the states build them, and in {@code long}s otherwise.
     */
    static AbstractHistogram readHistogram(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        Histogram h;
        try {
            h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(b), 0);
        } catch (DataFormatException e) {
            throw new IOException("corrupt percentile histogram in a KPI state", e);
        }
        // as built by the states: resizing to whatever values come next
        h.setAutoResize(true);
        if (h.getTotalCount() > Integer.MAX_VALUE) {
            return h;
        }
        return copy(h, new IntCountsHistogram(h.getLowestDiscernibleValue(), h.getHighestTrackableValue(),
                h.getNumberOfSignificantValueDigits()));
    }
}
