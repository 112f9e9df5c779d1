package org.itm.flink.types;

import java.io.IOException;
import java.io.Serializable;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes and reads values of one type in a compact binary form: the whole of a Flink serializer that ITM's
 * immutable records need. Implementations are stateless and serializable (they travel with the job graph and
 * with every checkpoint's serializer snapshot), and {@code read(write(v))} equals {@code v}.
 *
 * @param <T> the value type
 * @since 0.1
 */
public interface Codec<T> extends Serializable {

    /**
     * Encodes one value; Flink calls it for every record sent between tasks and every value in a checkpoint.
     * Use {@link CodecIo} for the fields so that ITM values are embedded in their usual form.
     *
     * @param value the value to write, never null
     * @param out where to write it
     * @throws IOException if {@code out} fails; Flink then fails the task or the checkpoint
     */
    void write(T value, DataOutputView out) throws IOException;

    /**
     * Decodes one value written by {@link #write}, reading exactly the bytes it wrote. A codec that changes its
     * format cannot read old checkpoints: keep the format, or run the job from a fresh state.
     *
     * @param in where to read from, positioned at a value written by {@link #write}
     * @return a value equal to the one written
     * @throws IOException if {@code in} fails or ends early
     */
    T read(DataInputView in) throws IOException;
}
