package org.itm.flink.types;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Field encodings for writing a {@link Codec}: strings as UTF-8 of any length (not {@code writeUTF}'s 64 KiB
 * limit), instants and durations as seconds and nanos, optionals with a presence flag, lists and maps with a
 * count. ITM's own codecs use them, so a codec of an application record can embed ITM values consistently.
 *
 * <p>Each {@code write} method has a {@code read} twin of the same name; read the fields in the order they were
 * written. Values must not be null (absent values are {@link Optional}s). The methods are stateless and
 * thread-safe; they throw only the {@link IOException} of the stream.
 *
 * @since 0.1
 */
public final class CodecIo {

    private CodecIo() {
    }

    /**
     * Writes a string as its UTF-8 length (an {@code int}) and bytes, with no 64 KiB limit.
     *
     * @param s the string
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void string(String s, DataOutputView out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * Reads a string written by {@link #string(String, DataOutputView)}.
     *
     * @param in where to read
     * @return the string
     * @throws IOException if {@code in} fails or ends early
     */
    public static String string(DataInputView in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Writes an instant exactly, as epoch seconds (a {@code long}) and nanos (an {@code int}).
     *
     * @param t the instant
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void instant(Instant t, DataOutputView out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    /**
     * Reads an instant written by {@link #instant(Instant, DataOutputView)}.
     *
     * @param in where to read
     * @return the instant, to the nanosecond
     * @throws IOException if {@code in} fails or ends early
     */
    public static Instant instant(DataInputView in) throws IOException {
        long s = in.readLong();
        return Instant.ofEpochSecond(s, in.readInt());
    }

    /**
     * Writes a duration exactly, as seconds (a {@code long}) and nanos (an {@code int}); negative ones too.
     *
     * @param d the duration
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void duration(Duration d, DataOutputView out) throws IOException {
        out.writeLong(d.getSeconds());
        out.writeInt(d.getNano());
    }

    /**
     * Reads a duration written by {@link #duration(Duration, DataOutputView)}.
     *
     * @param in where to read
     * @return the duration, to the nanosecond
     * @throws IOException if {@code in} fails or ends early
     */
    public static Duration duration(DataInputView in) throws IOException {
        long s = in.readLong();
        return Duration.ofSeconds(s, in.readInt());
    }

    /**
     * Writes a presence flag, then the instant if there is one.
     *
     * @param t the instant or empty
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void optionalInstant(Optional<Instant> t, DataOutputView out) throws IOException {
        out.writeBoolean(t.isPresent());
        if (t.isPresent()) {
            instant(t.get(), out);
        }
    }

    /**
     * Reads what {@link #optionalInstant(Optional, DataOutputView)} wrote.
     *
     * @param in where to read
     * @return the instant, or empty if none was written
     * @throws IOException if {@code in} fails or ends early
     */
    public static Optional<Instant> optionalInstant(DataInputView in) throws IOException {
        return in.readBoolean() ? Optional.of(instant(in)) : Optional.empty();
    }

    /**
     * Writes a presence flag, then the string if there is one.
     *
     * @param s the string or empty
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void optionalString(Optional<String> s, DataOutputView out) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            string(s.get(), out);
        }
    }

    /**
     * Reads what {@link #optionalString(Optional, DataOutputView)} wrote.
     *
     * @param in where to read
     * @return the string, or empty if none was written
     * @throws IOException if {@code in} fails or ends early
     */
    public static Optional<String> optionalString(DataInputView in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    /**
     * Writes a map of strings as its size and its entries in the map's iteration order.
     *
     * @param m the map, without null keys or values
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void stringMap(Map<String, String> m, DataOutputView out) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, String> e : m.entrySet()) {
            string(e.getKey(), out);
            string(e.getValue(), out);
        }
    }

    /**
     * Reads a map written by {@link #stringMap(Map, DataOutputView)}.
     *
     * @param in where to read
     * @return a new mutable map in the order the entries were written; wrap or copy it for an immutable record
     * @throws IOException if {@code in} fails or ends early
     */
    public static Map<String, String> stringMap(DataInputView in) throws IOException {
        int n = in.readInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(string(in), string(in));
        }
        return m;
    }

    /**
     * Writes one element of a {@link #list(List, Writer, DataOutputView) list}, such as {@code CodecIo::string}
     * or a {@link Codec}'s {@code write}.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes one element.
         *
         * @param value the element
         * @param out where to write
         * @throws IOException if {@code out} fails
         */
        void write(T value, DataOutputView out) throws IOException;
    }

    /**
     * Reads one element of a {@link #list(Reader, DataInputView) list}, such as {@code CodecIo::string} or a
     * {@link Codec}'s {@code read}.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads one element.
         *
         * @param in where to read
         * @return the element
         * @throws IOException if {@code in} fails or ends early
         */
        T read(DataInputView in) throws IOException;
    }

    /**
     * Writes a list as its size and its elements in order.
     *
     * @param <T> the element type
     * @param list the list
     * @param w writes one element
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static <T> void list(List<T> list, Writer<T> w, DataOutputView out) throws IOException {
        out.writeInt(list.size());
        for (T t : list) {
            w.write(t, out);
        }
    }

    /**
     * Reads a list written by {@link #list(List, Writer, DataOutputView)}.
     *
     * @param <T> the element type
     * @param r reads one element, the twin of the writer used
     * @param in where to read
     * @return a new mutable list; wrap or copy it for an immutable record
     * @throws IOException if {@code in} fails or ends early
     */
    public static <T> List<T> list(Reader<T> r, DataInputView in) throws IOException {
        int n = in.readInt();
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(r.read(in));
        }
        return list;
    }
}
