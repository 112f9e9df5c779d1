package org.itm.risk.advisory.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A PEP 440 version, normalised as the PEP says (case, separators, alternative spellings {@code alpha}/{@code c}/
 * {@code pre}/{@code rev}/{@code r}, implicit numbers, a leading {@code v}) and ordered by its sort rules:
 * epoch, release (trailing zeros ignored), then {@code .devN} before pre-releases before the release before
 * post-releases, then the local version (absent first; numeric segments after alphanumeric ones).
 */
public final class Pep440Version implements Comparable<Pep440Version> {

    private static final Pattern FORM = Pattern.compile(
            "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                    + "(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?"
                    + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
                    + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                    + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 256;

    private final long epoch;
    private final long[] release;
    /** -1 no pre-release; 0 a, 1 b, 2 rc. */
    private final int preKind;
    private final long preNumber;
    private final long post;
    private final long dev;
    private final String[] local;

    private Pep440Version(long epoch, long[] release, int preKind, long preNumber, long post, long dev,
                          String[] local) {
        this.epoch = epoch;
        this.release = release;
        this.preKind = preKind;
        this.preNumber = preNumber;
        this.post = post;
        this.dev = dev;
        this.local = local;
    }

    /**
     * Parses a version.
     *
     * @param text e.g. {@code 2.6.1}, {@code 1.0rc1}, {@code 1!2.0.post3.dev4+ubuntu.1}
     * @return the version
     * @throws ItmValidationException with path {@code version} if it is not a PEP 440 version
     */
    public static Pep440Version parse(String text) {
        Pep440Version v = tryParse(text);
        if (v == null) {
            throw new ItmValidationException("version", "is not a PEP 440 version: " + Checks.quote(text));
        }
        return v;
    }

    /** The version, or null if {@code text} is not one. */
    static @Nullable Pep440Version tryParse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            long epoch = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            String[] parts = m.group(2).split("\\.");
            int n = parts.length;
            long[] release = new long[n];
            for (int i = 0; i < n; i++) {
                release[i] = Long.parseLong(parts[i]);
            }
            while (n > 1 && release[n - 1] == 0) {
                n--;
            }
            release = Arrays.copyOf(release, n);
            int preKind = -1;
            long preNumber = 0;
            if (m.group(3) != null) {
                String kind = m.group(3).toLowerCase(Locale.ROOT);
                preKind = switch (kind) {
                    case "a", "alpha" -> 0;
                    case "b", "beta" -> 1;
                    default -> 2;
                };
                preNumber = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
            }
            long post = -1;
            if (m.group(5) != null) {
                post = Long.parseLong(m.group(5));
            } else if (m.group(6) != null) {
                post = m.group(7) == null ? 0 : Long.parseLong(m.group(7));
            }
            long dev = -1;
            if (m.group(8) != null) {
                dev = m.group(9) == null ? 0 : Long.parseLong(m.group(9));
            }
            String[] local = m.group(10) == null ? new String[0]
                    : m.group(10).toLowerCase(Locale.ROOT).split("[-_.]");
            return new Pep440Version(epoch, release, preKind, preNumber, post, dev, local);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    @Override
    public int compareTo(Pep440Version o) {
        int c = Long.compare(epoch, o.epoch);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < Math.max(release.length, o.release.length); i++) {
            c = Long.compare(i < release.length ? release[i] : 0, i < o.release.length ? o.release[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        c = compareKeys(preKey(), o.preKey());
        if (c != 0) {
            return c;
        }
        c = Long.compare(post, o.post);
        if (c != 0) {
            return c;
        }
        // no dev part sorts after any dev part
        c = Long.compare(dev < 0 ? Long.MAX_VALUE : dev, o.dev < 0 ? Long.MAX_VALUE : o.dev);
        if (c != 0) {
            return c;
        }
        return compareLocal(local, o.local);
    }

    /** (rank, number): a dev release of a final version sorts before its pre-releases, a final version after. */
    private long[] preKey() {
        if (preKind < 0) {
            return post < 0 && dev >= 0 ? new long[] {-1, 0} : new long[] {3, 0};
        }
        return new long[] {preKind, preNumber};
    }

    private static int compareKeys(long[] a, long[] b) {
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compare(a[1], b[1]);
    }

    private static int compareLocal(String[] a, String[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean an = a[i].chars().allMatch(Character::isDigit);
            boolean bn = b[i].chars().allMatch(Character::isDigit);
            int c;
            if (an && bn) {
                c = new BigInteger(a[i]).compareTo(new BigInteger(b[i]));
            } else if (an != bn) {
                c = an ? 1 : -1;
            } else {
                c = a[i].compareTo(b[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pep440Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        List<Object> key = new ArrayList<>();
        key.add(epoch);
        for (long r : release) {
            key.add(r);
        }
        key.addAll(List.of(preKind, preNumber, post, dev, String.join(".", local)));
        return key.hashCode();
    }
}
