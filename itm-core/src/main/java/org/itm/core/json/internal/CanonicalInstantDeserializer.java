package org.itm.core.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads an {@link Instant} written in the canonical form every ItmJson document uses
 * ({@code 2026-03-16T09:00:00Z}, optionally with 1 to 9 fraction digits) with a direct digit scan, and hands every
 * other input (another text form, a number, a value out of range, a leap second) to Jackson's own
 * {@link InstantDeserializer}, which decides as it always did. Both read a canonical text as the same instant; the
 * scan only skips the general formatter, which dominated reading records with long timelines.
 */
public final class CanonicalInstantDeserializer extends DelegatingDeserializer {

    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    /** Wraps Jackson's instant deserializer. */
    public CanonicalInstantDeserializer() {
        this(InstantDeserializer.INSTANT);
    }

    private CanonicalInstantDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new CanonicalInstantDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = parseCanonical(p.getString());
            if (fast != null) {
                return fast;
            }
        }
        return super.deserialize(p, ctxt);
    }

    /**
     * The instant {@code text} names if it is exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date, an
     * hour below 24 and a second below 60; null for anything else, which the caller reads the general way.
     *
     * @param text the JSON string value
     * @return the instant, or null when the text is not in the canonical form
     */
    public static @Nullable Instant parseCanonical(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (text.charAt(19) != '.' || fraction < 1) {
                return null;
            }
            int value = digits(text, 20, fraction);
            if (value < 0) {
                return null;
            }
            nanos = value * POW10[9 - fraction];
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;   // e.g. 30 February: the general reader reports it as it always has
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The value of the {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
