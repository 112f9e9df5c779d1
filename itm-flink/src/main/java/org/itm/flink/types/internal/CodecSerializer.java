package org.itm.flink.types.internal;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.types.Codec;

/**
 * A serializer of immutable values through a {@link Codec}. Values are immutable, so copies are the values
 * themselves; the byte-level copy decodes and re-encodes because the codec's length is not known up front.
 */
public final class CodecSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Codec<T> codec;

    public CodecSerializer(Codec<T> codec) {
        this.codec = codec;
    }

    Codec<T> codec() {
        return codec;
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public T createInstance() {
        // immutable values have no blank instance; Flink only asks mutable serializers for one
        return null;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        codec.write(record, target);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return codec.read(source);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return codec.read(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        codec.write(codec.read(source), target);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CodecSerializer<?> other && other.codec.getClass() == codec.getClass();
    }

    @Override
    public int hashCode() {
        return codec.getClass().hashCode();
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new CodecSerializerSnapshot<>(codec);
    }
}
