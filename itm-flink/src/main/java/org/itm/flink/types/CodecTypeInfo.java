package org.itm.flink.types;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.itm.core.validation.Checks;
import org.itm.flink.types.internal.CodecSerializer;

/**
 * Flink type information for an immutable ITM value written by a {@link Codec}, so that streams and state of ITM
 * types never fall back to Kryo (jobs can run with {@code pipeline.generic-types: false}).
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class CodecTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    /** The class of the values, as Flink reports it. */
    private final Class<T> type;
    /** Encodes and decodes the values; travels with the job graph. */
    private final Codec<T> codec;
    /** Whether Flink must copy a value (by encoding and decoding it) rather than share it. */
    private final boolean mutable;

    private CodecTypeInfo(Class<T> type, Codec<T> codec, boolean mutable) {
        this.type = Checks.notNull(type, "type");
        this.codec = Checks.notNull(codec, "codec");
        this.mutable = mutable;
    }

    /**
     * Type information for immutable values, such as records: pass it to {@code returns(...)}, to
     * {@code env.fromData(values, type)} or to a state descriptor so that Flink uses {@code codec} instead of Kryo.
     *
     * @param <T> the value type
     * @param type the values' class
     * @param codec writes and reads the values; serializable and stateless
     * @return the type information; equal to another of the same class and codec class
     * @throws org.itm.core.ItmValidationException if {@code type} or {@code codec} is null
     */
    public static <T> CodecTypeInfo<T> of(Class<T> type, Codec<T> codec) {
        return new CodecTypeInfo<>(type, codec, false);
    }

    /**
     * Type information for mutable {@code type} values, such as aggregation accumulators: Flink's copies (of
     * heap state being snapshotted, for instance) encode and decode the value rather than share it.
     *
     * @param <T> the value type
     * @param type the values' class
     * @param codec writes and reads the values; serializable and stateless
     * @return the type information
     * @throws org.itm.core.ItmValidationException if {@code type} or {@code codec} is null
     */
    public static <T> CodecTypeInfo<T> ofMutable(Class<T> type, Codec<T> codec) {
        return new CodecTypeInfo<>(type, codec, true);
    }

    /**
     * The codec this type's serializer uses, so that a codec of a larger record can embed these values.
     *
     * @return the codec passed to {@link #of} or {@link #ofMutable}
     */
    public Codec<T> codec() {
        return codec;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new CodecSerializer<>(codec, mutable);
    }

    @Override
    public String toString() {
        return "CodecTypeInfo<" + type.getName() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodecTypeInfo<?> other && other.type == type && other.mutable == mutable
                && other.codec.getClass() == codec.getClass();
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, codec.getClass());
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof CodecTypeInfo;
    }
}
