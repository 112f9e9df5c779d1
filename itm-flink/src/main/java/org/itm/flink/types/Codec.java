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
 */
public interface Codec<T> extends Serializable {

    /** Writes {@code value} to {@code out}. */
    void write(T value, DataOutputView out) throws IOException;

    /** Reads a value written by {@link #write}. */
    T read(DataInputView in) throws IOException;
}
