package org.itm.risk.inventory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A package URL ({@code pkg:type/namespace/name@version?qualifiers#subpath}) as the purl specification defines it:
 * components are percent-decoded, the type is lower case, and the types whose registries are case-insensitive
 * have their namespace and name normalised ({@code npm}, {@code pypi} with {@code _} as {@code -}, {@code github},
 * {@code bitbucket}, {@code composer}, {@code golang} namespaces). Parse with {@link #parse(String)}.
 *
 * @param type       package type, e.g. {@code maven}, {@code npm}, {@code pypi}
 * @param namespace  e.g. a Maven group id or npm scope ({@code @angular}), if any
 * @param name       package name
 * @param version    version, if given
 * @param qualifiers qualifier key → value (keys lower case), sorted by key
 * @param subpath    subpath within the package, if any
 * @since 0.1
 */
public record Purl(String type, Optional<String> namespace, String name, Optional<String> version,
                   Map<String, String> qualifiers, Optional<String> subpath) {

    /** Longest purl accepted; real ones are well under 1,000 characters. */
    public static final int MAX_LENGTH = 4096;

    /**
     * Checks the components and copies the qualifiers in key order.
     *
     * @param type       package type, e.g. {@code maven}, {@code npm}, {@code pypi}
     * @param namespace  e.g. a Maven group id or npm scope ({@code @angular}), if any
     * @param name       package name
     * @param version    version, if given
     * @param qualifiers qualifier key → value (keys lower case), sorted by key
     * @param subpath    subpath within the package, if any
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code type} when not a lower-case
     *                                             letter followed by letters, digits, {@code .}, {@code +} or
     *                                             {@code -}; {@code name} when empty; an optional component or
     *                                             {@code qualifiers} when null
     */
    public Purl {
        Violations v = new Violations();
        v.require(type != null && type.matches("[a-z][a-z0-9.+-]*"), "type",
                "must be a letter followed by letters, digits, '.', '+' or '-' (lower case)");
        v.require(namespace != null, "namespace", "must not be null (use Optional.empty())");
        v.require(name != null && !name.isEmpty(), "name", "must not be empty");
        v.require(version != null, "version", "must not be null (use Optional.empty())");
        v.require(qualifiers != null, "qualifiers", "must not be null");
        v.require(subpath != null, "subpath", "must not be null (use Optional.empty())");
        v.throwIfAny();
        qualifiers = Collections.unmodifiableMap(new TreeMap<>(qualifiers));
    }

    /**
     * Parses a package URL strictly.
     *
     * @param purl e.g. {@code pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10?type=jar}
     * @return the parsed purl
     * @throws ItmValidationException with path {@code purl} and the reason (bad scheme, missing type or name, bad
     *                                percent-encoding, bad qualifier)
     */
    public static Purl parse(String purl) {
        Checks.notNull(purl, "purl");
        if (purl.length() > MAX_LENGTH) {
            throw new ItmValidationException("purl", "is longer than " + MAX_LENGTH + " characters ("
                    + purl.length() + ")");
        }
        if (!purl.regionMatches(true, 0, "pkg:", 0, 4)) {
            throw new ItmValidationException("purl", "must start with 'pkg:'");
        }
        String rest = purl.substring(4);
        Optional<String> subpath = Optional.empty();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            String sp = trimSlashes(rest.substring(hash + 1));
            subpath = sp.isEmpty() ? Optional.empty() : Optional.of(decodeSegments(sp));
            rest = rest.substring(0, hash);
        }
        Map<String, String> qualifiers = new TreeMap<>();
        int question = rest.indexOf('?');
        if (question >= 0) {
            String q = rest.substring(question + 1);
            rest = rest.substring(0, question);
            for (String pair : q.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ItmValidationException("purl", "qualifier " + quote(pair) + " is not key=value");
                }
                String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
                if (!key.matches("[a-z0-9.\\-_]+")) {
                    throw new ItmValidationException("purl", "qualifier key " + quote(key) + " is not valid");
                }
                String value = decode(pair.substring(eq + 1));
                if (qualifiers.put(key, value) != null) {
                    throw new ItmValidationException("purl", "qualifier '" + key + "' is given more than once");
                }
            }
        }
        rest = trimSlashes(rest);
        Optional<String> version = Optional.empty();
        int at = rest.lastIndexOf('@');
        int lastSlash = rest.lastIndexOf('/');
        if (at > lastSlash) {
            version = Optional.of(decode(rest.substring(at + 1)));
            rest = rest.substring(0, at);
            if (version.get().isEmpty()) {
                throw new ItmValidationException("purl", "has an empty version after '@'");
            }
        }
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new ItmValidationException("purl", "must have a type and a name (pkg:type/name), was " + quote(purl));
        }
        String type = rest.substring(0, slash).toLowerCase(Locale.ROOT);
        if (!type.matches("[a-z][a-z0-9.+-]*")) {
            throw new ItmValidationException("purl", "type " + quote(type) + " is not valid");
        }
        String path = rest.substring(slash + 1);
        int nameStart = path.lastIndexOf('/');
        String name = decode(path.substring(nameStart + 1));
        if (name.isEmpty()) {
            throw new ItmValidationException("purl", "has no name");
        }
        Optional<String> namespace = Optional.empty();
        if (nameStart > 0) {
            String ns = decodeSegments(path.substring(0, nameStart));
            namespace = ns.isEmpty() ? Optional.empty() : Optional.of(ns);
        }
        switch (type) {
            case "npm", "github", "bitbucket", "composer", "hex" -> {
                namespace = namespace.map(n -> n.toLowerCase(Locale.ROOT));
                name = name.toLowerCase(Locale.ROOT);
            }
            case "pypi" -> name = name.toLowerCase(Locale.ROOT).replace('_', '-');
            case "golang" -> namespace = namespace.map(n -> n.toLowerCase(Locale.ROOT));
            default -> {
                // other types keep their case, as the specification says
            }
        }
        return new Purl(type, namespace, name, version, qualifiers, subpath);
    }

    /**
     * The package without version, qualifiers or subpath.
     *
     * @return e.g. {@code pkg:maven/com.fasterxml.jackson.core/jackson-databind}
     */
    public String packageUrl() {
        return "pkg:" + type + "/" + namespace.map(n -> encodeSegments(n) + "/").orElse("") + encode(name);
    }

    /** The canonical form: percent-encoded as needed, qualifiers sorted by key. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(packageUrl());
        version.ifPresent(v -> sb.append('@').append(encode(v)));
        if (!qualifiers.isEmpty()) {
            sb.append('?');
            boolean first = true;
            for (Map.Entry<String, String> q : qualifiers.entrySet()) {
                sb.append(first ? "" : "&").append(q.getKey()).append('=').append(encode(q.getValue()));
                first = false;
            }
        }
        subpath.ifPresent(s -> sb.append('#').append(encodeSegments(s)));
        return sb.toString();
    }

    private static String trimSlashes(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '/') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == '/') {
            e--;
        }
        return s.substring(b, e);
    }

    private static String decodeSegments(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "/").append(decode(segment));
        }
        return sb.toString();
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                if (i + 2 >= bytes.length || Character.digit(bytes[i + 1], 16) < 0 || Character.digit(bytes[i + 2], 16) < 0) {
                    throw new ItmValidationException("purl", "has a bad percent-encoding in " + quote(s));
                }
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String encodeSegments(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/")) {
            sb.append(sb.length() == 0 ? "" : "/").append(encode(segment));
        }
        return sb.toString();
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '~' || c == ':') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    static String quote(String s) {
        return Checks.quote(s);
    }
}
