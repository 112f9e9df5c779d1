package org.itm.risk.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HexFormat;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * An immutable SHA-256 digest (32 bytes); compare, print ({@link #hex()}) and parse ({@link #fromHex}) it.
 *
 * @since 0.1
 */
public final class Hash {

    /** Length of a SHA-256 digest in bytes. */
    public static final int LENGTH = 32;

    /** The all-zero hash that precedes the first entry of a chain. */
    public static final Hash ZERO = new Hash(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes a SHA-256 digest; copied, so later changes to the array do not affect the hash
     * @return the hash
     * @throws ItmValidationException naming {@code bytes} when null or not 32 bytes long
     */
    public static Hash of(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        Checks.require(bytes.length == LENGTH, "bytes", "must be 32 bytes, was " + bytes.length);
        return new Hash(bytes.clone());
    }

    /** Wraps {@code bytes} without copying; only for digests freshly produced and never exposed elsewhere. */
    static Hash wrap(byte[] bytes) {
        return new Hash(bytes);
    }

    /**
     * The inverse of {@link #hex()}.
     *
     * @param hex 64 hexadecimal digits, either case
     * @return the hash
     * @throws ItmValidationException naming {@code hex} when null, not 64 characters or not hexadecimal
     */
    @JsonCreator
    public static Hash fromHex(String hex) {
        Checks.notNull(hex, "hex");
        Checks.require(hex.length() == 2 * LENGTH, "hex", "must be 64 hexadecimal digits, was " + hex.length());
        try {
            return new Hash(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new ItmValidationException("hex", "must be hexadecimal: " + e.getMessage());
        }
    }

    /** @return a copy of the 32 digest bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] unsafeBytes() {
        return bytes;
    }

    /** @return the digest as 64 lower-case hexadecimal digits */
    @JsonValue
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
