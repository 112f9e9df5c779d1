package org.itm.risk.controls.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs as RFC 9562 defines them: the same name always gives the same UUID, so an
 * export of the same tests names the same observations and findings. OSCAL accepts versions 4 and 5 only, which
 * rules out the JDK's version 3 {@link UUID#nameUUIDFromBytes(byte[])}.
 */
public final class NameUuids {

    /** The namespace of ITM's OSCAL exports (a fixed random UUID). */
    private static final UUID NAMESPACE = UUID.fromString("6f0d3c52-41a7-4c8e-9d3b-2a51f0e8b7c4");

    private NameUuids() {
    }

    /** The version 5 UUID of {@code name} in ITM's namespace. */
    public static String of(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
        sha1.update(toBytes(NAMESPACE.getMostSignificantBits()));
        sha1.update(toBytes(NAMESPACE.getLeastSignificantBits()));
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }

    private static byte[] toBytes(long value) {
        byte[] out = new byte[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }
}
