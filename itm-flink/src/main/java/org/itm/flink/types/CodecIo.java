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
 */
public final class CodecIo {

    private CodecIo() {
    }

    public static void string(String s, DataOutputView out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String string(DataInputView in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public static void instant(Instant t, DataOutputView out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    public static Instant instant(DataInputView in) throws IOException {
        long s = in.readLong();
        return Instant.ofEpochSecond(s, in.readInt());
    }

    public static void duration(Duration d, DataOutputView out) throws IOException {
        out.writeLong(d.getSeconds());
        out.writeInt(d.getNano());
    }

    public static Duration duration(DataInputView in) throws IOException {
        long s = in.readLong();
        return Duration.ofSeconds(s, in.readInt());
    }

    public static void optionalInstant(Optional<Instant> t, DataOutputView out) throws IOException {
        out.writeBoolean(t.isPresent());
        if (t.isPresent()) {
            instant(t.get(), out);
        }
    }

    public static Optional<Instant> optionalInstant(DataInputView in) throws IOException {
        return in.readBoolean() ? Optional.of(instant(in)) : Optional.empty();
    }

    public static void optionalString(Optional<String> s, DataOutputView out) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            string(s.get(), out);
        }
    }

    public static Optional<String> optionalString(DataInputView in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    public static void stringMap(Map<String, String> m, DataOutputView out) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, String> e : m.entrySet()) {
            string(e.getKey(), out);
            string(e.getValue(), out);
        }
    }

    public static Map<String, String> stringMap(DataInputView in) throws IOException {
        int n = in.readInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(string(in), string(in));
        }
        return m;
    }

    /** Writes one element. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, DataOutputView out) throws IOException;
    }

    /** Reads one element. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputView in) throws IOException;
    }

    public static <T> void list(List<T> list, Writer<T> w, DataOutputView out) throws IOException {
        out.writeInt(list.size());
        for (T t : list) {
            w.write(t, out);
        }
    }

    public static <T> List<T> list(Reader<T> r, DataInputView in) throws IOException {
        int n = in.readInt();
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(r.read(in));
        }
        return list;
    }
}
