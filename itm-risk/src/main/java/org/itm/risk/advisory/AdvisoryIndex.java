package org.itm.risk.advisory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.risk.inventory.CpeName;
import org.itm.risk.inventory.Purl;
import org.itm.risk.inventory.SoftwareComponent;
import org.itm.risk.inventory.SoftwareInventory;

/**
 * Advisories indexed by ecosystem and package name (and by CPE vendor and product), to match software inventories
 * against them: {@code AdvisoryIndex.of(osv.accepted()).match(sbom.inventory())}. Matching follows the OSV
 * evaluation rules: a version is affected if the record lists it, or if, walking a range's events in version order,
 * the last event at or below it is an {@code introduced} (a {@code fixed} ends the affected span at that version,
 * a {@code last_affected} just after it, and versions at or above a {@code limit} are outside the range). NVD
 * {@code cpeMatch} entries match an inventory item's CPE name attribute by attribute, with version bounds ordered by
 * the CPE scheme (Maven's ordering by default: it orders dotted numeric versions and common qualifiers).
 *
 * <p>Withdrawn advisories match nothing. Immutable and thread-safe once built.
 *
 * @since 0.1
 */
public final class AdvisoryIndex {

    private static final Map<String, String> ECOSYSTEM_OF_PURL_TYPE = Map.ofEntries(
            Map.entry("maven", "Maven"), Map.entry("npm", "npm"), Map.entry("pypi", "PyPI"),
            Map.entry("golang", "Go"), Map.entry("cargo", "crates.io"), Map.entry("gem", "RubyGems"),
            Map.entry("nuget", "NuGet"), Map.entry("composer", "Packagist"), Map.entry("hex", "Hex"),
            Map.entry("pub", "Pub"), Map.entry("swift", "SwiftURL"));

    private record Entry(Advisory advisory, AffectedPackage affected) {
    }

    private record CpeEntry(Advisory advisory, CpeMatch match) {
    }

    private final Map<String, List<Entry>> byPackage;
    private final Map<String, List<CpeEntry>> byProduct;
    private final Map<String, VersionScheme> schemes;
    private final VersionScheme cpeScheme;
    private final int size;

    private AdvisoryIndex(Builder b) {
        this.schemes = Map.copyOf(b.schemes);
        this.cpeScheme = b.cpeScheme;
        Map<String, List<Entry>> packages = new HashMap<>();
        Map<String, List<CpeEntry>> products = new HashMap<>();
        int n = 0;
        for (Advisory a : b.advisories) {
            if (a.isWithdrawn()) {
                continue;
            }
            n++;
            for (AffectedPackage p : a.affected()) {
                packages.computeIfAbsent(key(p.ecosystem(), p.name()), k -> new ArrayList<>()).add(new Entry(a, p));
            }
            for (CpeMatch m : a.cpeMatches()) {
                if (m.vulnerable()) {
                    products.computeIfAbsent(productKey(m.criteria()), k -> new ArrayList<>()).add(new CpeEntry(a, m));
                }
            }
        }
        this.byPackage = packages;
        this.byProduct = products;
        this.size = n;
    }

    /**
     * An index of {@code advisories} with the built-in version schemes.
     *
     * @param advisories the advisories, e.g. {@link AdvisoryImport#accepted()}
     * @return the index
     */
    public static AdvisoryIndex of(Collection<Advisory> advisories) {
        return builder().addAll(advisories).build();
    }

    /**
     * A builder, to add advisories from several imports or version schemes of other ecosystems.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many advisories (not withdrawn) the index holds.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Matches every component of {@code inventory}.
     *
     * @param inventory the software inventory of one service or CI
     * @return the findings and the components that could not be checked
     */
    public ExposureReport match(SoftwareInventory inventory) {
        Checks.notNull(inventory, "inventory");
        List<ExposureFinding> findings = new ArrayList<>();
        List<UncheckedComponent> unchecked = new ArrayList<>();
        int checked = 0;
        for (SoftwareComponent c : inventory.components()) {
            Optional<String> version = c.effectiveVersion();
            if (c.purl().isEmpty() && c.cpe().isEmpty()) {
                unchecked.add(new UncheckedComponent(c, "has neither a purl nor a CPE name"));
                continue;
            }
            if (version.isEmpty() && c.cpe().isEmpty()) {
                unchecked.add(new UncheckedComponent(c, "has no version"));
                continue;
            }
            boolean usable = false;
            Set<String> matched = new LinkedHashSet<>();
            if (c.purl().isPresent() && version.isPresent()) {
                Optional<String> ecosystem = Optional.ofNullable(ECOSYSTEM_OF_PURL_TYPE.get(c.purl().get().type()));
                if (ecosystem.isPresent()) {
                    usable = true;
                    matchPackage(c, ecosystem.get(), osvName(c.purl().get()), version.get(), findings, unchecked,
                            matched);
                } else if (c.cpe().isEmpty()) {
                    unchecked.add(new UncheckedComponent(c, "purl type '" + c.purl().get().type()
                            + "' has no OSV ecosystem"));
                }
            }
            if (c.cpe().isPresent()) {
                usable = true;
                matchCpe(c, c.cpe().get(), findings, unchecked, matched);
            }
            if (usable) {
                checked++;
            }
        }
        return new ExposureReport(inventory, findings, unchecked, checked);
    }

    private void matchPackage(SoftwareComponent c, String ecosystem, String name, String version,
                              List<ExposureFinding> findings, List<UncheckedComponent> unchecked, Set<String> matched) {
        List<Entry> candidates = byPackage.get(key(ecosystem, name));
        if (candidates == null) {
            return;
        }
        for (Entry e : candidates) {
            if (matched.contains(e.advisory().id())) {
                continue;
            }
            Optional<VersionScheme> scheme = scheme(e.affected().ecosystem());
            Optional<String> listed = e.affected().versions().stream()
                    .filter(v -> v.equals(version) || (scheme.isPresent() && sameVersion(scheme.get(), v, version)))
                    .findFirst();
            if (listed.isPresent()) {
                matched.add(e.advisory().id());
                findings.add(new ExposureFinding(c, e.advisory(), version + " is listed as affected",
                        fixedOf(e.affected().ranges())));
                continue;
            }
            for (VersionRange r : e.affected().ranges()) {
                if (r.type() == VersionRange.Type.GIT) {
                    continue;
                }
                Optional<VersionScheme> order = r.type() == VersionRange.Type.SEMVER
                        ? Optional.of(VersionScheme.npm()) : scheme;
                if (order.isEmpty()) {
                    unchecked.add(new UncheckedComponent(c, e.advisory().id() + ": no version ordering for ecosystem "
                            + e.affected().ecosystem()));
                    break;
                }
                if (!order.get().isValid(version)) {
                    unchecked.add(new UncheckedComponent(c, e.advisory().id() + ": version " + Checks.quote(version)
                            + " is not a " + order.get().name() + " version"));
                    break;
                }
                Optional<String> why;
                try {
                    why = affects(order.get(), r, version);
                } catch (ItmValidationException bad) {
                    unchecked.add(new UncheckedComponent(c, e.advisory().id() + ": a range version does not fit "
                            + order.get().name() + ": " + bad.violations().get(0).message()));
                    break;
                }
                if (why.isPresent()) {
                    matched.add(e.advisory().id());
                    findings.add(new ExposureFinding(c, e.advisory(), why.get(), nextFix(order.get(), r, version)));
                    break;
                }
            }
        }
    }

    /** The OSV evaluation of one range; the reason when {@code version} is inside it. */
    static Optional<String> affects(VersionScheme scheme, VersionRange range, String version) {
        List<RangeEvent> events = new ArrayList<>(range.events());
        events.sort((a, b) -> compareEvent(scheme, a, b));
        boolean affected = false;
        RangeEvent from = null;
        for (RangeEvent e : events) {
            if (isZero(e)) {
                affected = true;
                from = e;
                continue;
            }
            int cmp = scheme.compare(version, e.version());
            switch (e.kind()) {
                case INTRODUCED -> {
                    if (cmp >= 0) {
                        affected = true;
                        from = e;
                    }
                }
                case FIXED -> {
                    if (cmp >= 0) {
                        affected = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (cmp > 0) {
                        affected = false;
                    }
                }
                case LIMIT -> {
                    if (cmp >= 0 && !e.version().equals("*")) {
                        return Optional.empty();
                    }
                }
            }
        }
        if (!affected) {
            return Optional.empty();
        }
        String lower = from == null ? "" : " >= introduced " + from.version();
        String upper = events.stream()
                .filter(e -> (e.kind() == RangeEvent.Kind.FIXED && scheme.compare(version, e.version()) < 0)
                        || (e.kind() == RangeEvent.Kind.LAST_AFFECTED && scheme.compare(version, e.version()) <= 0))
                .findFirst()
                .map(e -> e.kind() == RangeEvent.Kind.FIXED ? " and < fixed " + e.version()
                        : " and <= last_affected " + e.version())
                .orElse(", no fix named");
        return Optional.of(scheme.name() + " " + version + lower + upper + " (" + range.type() + " range)");
    }

    /** The fix that ends the affected span holding {@code version}: the lowest fixed version above it. */
    private static List<String> nextFix(VersionScheme scheme, VersionRange range, String version) {
        return range.events().stream()
                .filter(e -> e.kind() == RangeEvent.Kind.FIXED && scheme.compare(version, e.version()) < 0)
                .min((a, b) -> scheme.compare(a.version(), b.version()))
                .map(e -> List.of(e.version())).orElse(List.of());
    }

    private static int compareEvent(VersionScheme scheme, RangeEvent a, RangeEvent b) {
        if (isZero(a) || isZero(b)) {
            return Boolean.compare(!isZero(a), !isZero(b));
        }
        boolean aInf = a.kind() == RangeEvent.Kind.LIMIT && a.version().equals("*");
        boolean bInf = b.kind() == RangeEvent.Kind.LIMIT && b.version().equals("*");
        if (aInf || bInf) {
            return Boolean.compare(aInf, bInf);
        }
        return scheme.compare(a.version(), b.version());
    }

    private static boolean isZero(RangeEvent e) {
        return e.kind() == RangeEvent.Kind.INTRODUCED && e.version().equals("0");
    }

    private static boolean sameVersion(VersionScheme scheme, String a, String b) {
        return scheme.isValid(a) && scheme.isValid(b) && scheme.compare(a, b) == 0;
    }

    private static List<String> fixedOf(List<VersionRange> ranges) {
        List<String> fixed = new ArrayList<>();
        for (VersionRange r : ranges) {
            for (RangeEvent e : r.events()) {
                if (e.kind() == RangeEvent.Kind.FIXED && !fixed.contains(e.version())) {
                    fixed.add(e.version());
                }
            }
        }
        return fixed;
    }

    private void matchCpe(SoftwareComponent c, CpeName cpe, List<ExposureFinding> findings,
                          List<UncheckedComponent> unchecked, Set<String> matched) {
        List<CpeEntry> candidates = new ArrayList<>(byProduct.getOrDefault(productKey(cpe), List.of()));
        candidates.addAll(byProduct.getOrDefault("*:*", List.of()));
        for (CpeEntry e : candidates) {
            if (matched.contains(e.advisory().id())) {
                continue;
            }
            CpeMatch m = e.match();
            boolean versionByRange = m.hasRange() || m.criteria().version().equals("*");
            if (!m.criteria().matches(cpe, versionByRange)) {
                continue;
            }
            String reason;
            if (m.hasRange()) {
                String v = cpe.plainVersion();
                if (v.equals("*") || v.equals("-") || !cpeScheme.isValid(v)) {
                    unchecked.add(new UncheckedComponent(c, e.advisory().id() + ": CPE version " + Checks.quote(v)
                            + " cannot be compared with the version range"));
                    continue;
                }
                if (!inBounds(m, v)) {
                    continue;
                }
                reason = "CPE " + cpe + " within " + bounds(m) + " of " + m.criteria();
            } else {
                reason = "CPE " + cpe + " matches " + m.criteria();
            }
            matched.add(e.advisory().id());
            findings.add(new ExposureFinding(c, e.advisory(), reason,
                    m.versionEndExcluding().map(List::of).orElse(List.of())));
        }
    }

    private boolean inBounds(CpeMatch m, String v) {
        return m.versionStartIncluding().map(s -> cpeScheme.compare(v, s) >= 0).orElse(true)
                && m.versionStartExcluding().map(s -> cpeScheme.compare(v, s) > 0).orElse(true)
                && m.versionEndIncluding().map(s -> cpeScheme.compare(v, s) <= 0).orElse(true)
                && m.versionEndExcluding().map(s -> cpeScheme.compare(v, s) < 0).orElse(true);
    }

    private static String bounds(CpeMatch m) {
        List<String> parts = new ArrayList<>();
        m.versionStartIncluding().ifPresent(s -> parts.add(">= " + s));
        m.versionStartExcluding().ifPresent(s -> parts.add("> " + s));
        m.versionEndIncluding().ifPresent(s -> parts.add("<= " + s));
        m.versionEndExcluding().ifPresent(s -> parts.add("< " + s));
        return String.join(" and ", parts);
    }

    private Optional<VersionScheme> scheme(String ecosystem) {
        VersionScheme s = schemes.get(ecosystem);
        return s != null ? Optional.of(s) : VersionScheme.forEcosystem(ecosystem);
    }

    private static String osvName(Purl purl) {
        String ns = purl.namespace().orElse("");
        return switch (purl.type()) {
            case "maven" -> ns + ":" + purl.name();
            case "npm", "golang", "composer", "swift" -> ns.isEmpty() ? purl.name() : ns + "/" + purl.name();
            default -> purl.name();
        };
    }

    private static String key(String ecosystem, String name) {
        String base = ecosystem.indexOf(':') >= 0 ? ecosystem.substring(0, ecosystem.indexOf(':')) : ecosystem;
        // PEP 503: PyPI names compare case-insensitively with runs of '-', '_', '.' as one '-'
        String n = base.equals("PyPI") ? name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-") : name;
        return ecosystem + "\u0000" + n;
    }

    private static String productKey(CpeName cpe) {
        return cpe.vendor().toLowerCase(Locale.ROOT) + ":" + cpe.product().toLowerCase(Locale.ROOT);
    }

    /** Collects advisories and version schemes; {@link #build()} indexes them. */
    public static final class Builder {
        private final List<Advisory> advisories = new ArrayList<>();
        private final Map<String, VersionScheme> schemes = new HashMap<>();
        private VersionScheme cpeScheme = VersionScheme.maven();

        private Builder() {
        }

        /**
         * Adds one advisory.
         *
         * @param advisory the advisory
         * @return this builder
         */
        public Builder add(Advisory advisory) {
            advisories.add(Checks.notNull(advisory, "advisory"));
            return this;
        }

        /**
         * Adds advisories.
         *
         * @param all the advisories
         * @return this builder
         */
        public Builder addAll(Collection<Advisory> all) {
            Checks.notNull(all, "advisories");
            all.forEach(this::add);
            return this;
        }

        /**
         * Sets the version ordering of an OSV ecosystem (replacing a built-in one).
         *
         * @param ecosystem the OSV ecosystem name, e.g. {@code RubyGems}
         * @param scheme    its ordering
         * @return this builder
         */
        public Builder scheme(String ecosystem, VersionScheme scheme) {
            schemes.put(Checks.notBlank(ecosystem, "ecosystem"), Checks.notNull(scheme, "scheme"));
            return this;
        }

        /**
         * Sets the ordering of CPE version bounds.
         *
         * @param scheme the ordering (Maven's by default)
         * @return this builder
         */
        public Builder cpeScheme(VersionScheme scheme) {
            this.cpeScheme = Checks.notNull(scheme, "cpeScheme");
            return this;
        }

        /**
         * Builds the index.
         *
         * @return the index
         * @throws ItmValidationException never for valid advisories (they are validated on construction)
         */
        public AdvisoryIndex build() {
            return new AdvisoryIndex(this);
        }
    }
}
