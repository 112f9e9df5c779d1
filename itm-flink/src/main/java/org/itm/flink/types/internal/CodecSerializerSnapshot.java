package org.itm.flink.types.internal;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;
import org.itm.flink.types.Codec;
import org.jspecify.annotations.Nullable;

/**
 * The codec itself (Java-serialized: codecs are small and stateless, and some carry the engine factory they need
 * to rebuild values) so that a restored job reads its state with the codec that wrote it. The same codec class
 * is compatible as is; another class needs a migration, which ITM does not offer.
 */
public final class CodecSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {

    private static final int VERSION = 1;

    /** Null only between Flink's reflective construction and {@link #readSnapshot}. */
    private @Nullable Codec<T> codec;
    private boolean mutable;

    /** For Flink, which instantiates snapshots reflectively before {@link #readSnapshot}. */
    public CodecSerializerSnapshot() {
    }

    CodecSerializerSnapshot(Codec<T> codec, boolean mutable) {
        this.codec = codec;
        this.mutable = mutable;
    }

    @Override
    public int getCurrentVersion() {
        return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        byte[] bytes = InstantiationUtil.serializeObject(codec);
        out.writeBoolean(mutable);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException {
        if (readVersion != VERSION) {
            throw new IOException("unknown ITM codec snapshot version " + readVersion);
        }
        mutable = in.readBoolean();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        try {
            codec = InstantiationUtil.deserializeObject(bytes, userCodeClassLoader);
        } catch (ClassNotFoundException e) {
            throw new IOException("codec class of a checkpointed ITM type is missing: " + e.getMessage(), e);
        }
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
        return new CodecSerializer<>(Objects.requireNonNull(codec, "read the snapshot first"), mutable);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> oldSnapshot) {
        if (oldSnapshot instanceof CodecSerializerSnapshot<T> old && old.codec != null && codec != null
                && old.mutable == mutable && old.codec.getClass() == codec.getClass()) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
