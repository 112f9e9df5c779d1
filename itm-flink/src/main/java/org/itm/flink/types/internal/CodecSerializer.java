package org.itm.flink.types.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.itm.flink.types.Codec;
import org.jspecify.annotations.Nullable;

/**
 * A serializer through a {@link Codec}. Immutable values are their own copies; mutable ones are copied by encoding
 * and decoding. The byte-level copy decodes and re-encodes because the codec's length is not known up front.
 */
public final class CodecSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Codec<T> codec;
    private final boolean mutable;

    public CodecSerializer(Codec<T> codec, boolean mutable) {
        this.codec = codec;
        this.mutable = mutable;
    }

    Codec<T> codec() {
        return codec;
    }

    @Override
    public boolean isImmutableType() {
        return !mutable;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        // stateless (codecs keep at most a lazily built, thread-safe engine), so one instance serves every thread
        return this;
    }

    @Override
    public @Nullable T createInstance() {
        // immutable values have no blank instance; Flink only asks mutable serializers for one
        return null;
    }

    @Override
    public T copy(T from) {
        if (!mutable) {
            return from;
        }
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            codec.write(from, out);
            return codec.read(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("copying a value through its codec failed", e);
        }
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
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
        return obj instanceof CodecSerializer<?> other && other.mutable == mutable
                && other.codec.getClass() == codec.getClass();
    }

    @Override
    public int hashCode() {
        return codec.getClass().hashCode();
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new CodecSerializerSnapshot<>(codec, mutable);
    }
}
