package org.itm.risk.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A CPE 2.3 name in its formatted-string binding ({@code cpe:2.3:part:vendor:product:version:update:edition:
 * language:sw_edition:target_sw:target_hw:other}), with the name matching of NIST IR 7696 reduced to what NVD
 * configurations use: {@code *} (ANY) matches every value, {@code -} (NA) matches only NA, unquoted {@code *} and
 * {@code ?} inside a value are wildcards, and other values match case-insensitively after unescaping.
 *
 * @param attributes the eleven attribute values after {@code cpe:2.3:}, as written (escapes kept)
 * @since 0.1
 */
public record CpeName(List<String> attributes) {

    /** Index of the version attribute in {@link #attributes()}. */
    public static final int VERSION = 3;
    private static final int COUNT = 11;

    /**
     * Checks the attributes and copies them.
     *
     * @param attributes the eleven attribute values after {@code cpe:2.3:}, as written (escapes kept)
     * @throws ItmValidationException naming {@code cpe} when there are not exactly eleven attributes, one is null or
     *                                empty, or the part is not {@code a}, {@code o}, {@code h} or {@code *}
     */
    public CpeName {
        Checks.notNull(attributes, "attributes");
        if (attributes.size() != COUNT) {
            throw new ItmValidationException("cpe", "must have 11 attributes after cpe:2.3:, had " + attributes.size());
        }
        for (String a : attributes) {
            if (a == null || a.isEmpty()) {
                throw new ItmValidationException("cpe", "attributes must not be empty (use * for ANY)");
            }
        }
        attributes = List.copyOf(attributes);
        if (!List.of("a", "o", "h", "*").contains(attributes.get(0))) {
            throw new ItmValidationException("cpe", "part must be a, o, h or *, was " + Checks.quote(attributes.get(0)));
        }
    }

    /**
     * Parses a CPE 2.3 formatted string.
     *
     * @param cpe e.g. {@code cpe:2.3:a:fasterxml:jackson-databind:2.9.10:*:*:*:*:*:*:*}
     * @return the name
     * @throws ItmValidationException with path {@code cpe} if it is not a formatted string of 11 attributes
     */
    public static CpeName parse(String cpe) {
        Checks.notNull(cpe, "cpe");
        if (cpe.length() > Purl.MAX_LENGTH) {
            throw new ItmValidationException("cpe", "is longer than " + Purl.MAX_LENGTH + " characters");
        }
        if (!cpe.startsWith("cpe:2.3:")) {
            throw new ItmValidationException("cpe", "must start with 'cpe:2.3:', was " + Checks.quote(cpe));
        }
        List<String> parts = new ArrayList<>(COUNT);
        StringBuilder current = new StringBuilder();
        String body = cpe.substring("cpe:2.3:".length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) {
                    throw new ItmValidationException("cpe", "ends with a lone backslash");
                }
                current.append(c).append(body.charAt(++i));
            } else if (c == ':') {
                parts.add(current.toString());
                current.setLength(0);
            } else if (c <= ' ' || c > '~') {
                throw new ItmValidationException("cpe", "contains a character a formatted string may not: "
                        + Checks.quote(String.valueOf(c)));
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return new CpeName(parts);
    }

    /**
     * The vendor attribute.
     *
     * @return the value as written, e.g. {@code apache}; {@code *} when ANY
     */
    public String vendor() {
        return attributes.get(1);
    }

    /**
     * The product attribute.
     *
     * @return the value as written, e.g. {@code log4j}; {@code *} when ANY
     */
    public String product() {
        return attributes.get(2);
    }

    /**
     * The version attribute.
     *
     * @return the value as written, e.g. {@code 2.14.1}; {@code *} when ANY
     */
    public String version() {
        return attributes.get(VERSION);
    }

    /**
     * Whether this name, used as a pattern (an NVD {@code criteria}), matches {@code target} (an inventory item's
     * CPE), attribute by attribute.
     *
     * @param target       the name to test
     * @param skipVersion  true to ignore the version attribute (when the pattern's version range decides it)
     * @return true if every attribute matches
     */
    public boolean matches(CpeName target, boolean skipVersion) {
        Checks.notNull(target, "target");
        for (int i = 0; i < COUNT; i++) {
            if (skipVersion && i == VERSION) {
                continue;
            }
            if (!attributeMatches(attributes.get(i), target.attributes.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean attributeMatches(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.equals("-") || value.equals("-")) {
            return pattern.equals(value);
        }
        if (value.equals("*")) {
            // the target says "any" where the pattern is specific: not a match (superset, per IR 7696)
            return false;
        }
        return glob(pattern.toLowerCase(Locale.ROOT), 0, unescape(value).toLowerCase(Locale.ROOT), 0);
    }

    /** Matches unescaped {@code *} and {@code ?} of the pattern; escaped characters match themselves. */
    private static boolean glob(String p, int pi, String v, int vi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = vi; k <= v.length(); k++) {
                    if (glob(p, pi + 1, v, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (c == '?') {
                if (vi >= v.length()) {
                    return false;
                }
                pi++;
                vi++;
                continue;
            }
            if (c == '\\' && pi + 1 < p.length()) {
                c = p.charAt(++pi);
            }
            if (vi >= v.length() || v.charAt(vi) != c) {
                return false;
            }
            pi++;
            vi++;
        }
        return vi == v.length();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The version attribute unescaped (e.g. {@code 2.9.10}), for ordering against version bounds.
     *
     * @return the plain version text
     */
    public String plainVersion() {
        return unescape(version());
    }

    @Override
    public String toString() {
        return "cpe:2.3:" + String.join(":", attributes);
    }
}
