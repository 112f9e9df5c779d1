package org.itm.risk.advisory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.advisory.internal.JsonFields;
import org.itm.risk.cvss.Cvss;
import org.itm.risk.cvss.CvssVector;
import org.itm.risk.cvss.CvssVersion;
import org.itm.risk.inventory.ImportRejection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads OSV records (the OSV schema 1.x: {@code id}, {@code modified}, {@code published}, {@code withdrawn},
 * {@code aliases}, {@code summary}, {@code severity[]} with {@code CVSS_V2}/{@code CVSS_V3}/{@code CVSS_V4} vectors,
 * {@code affected[]} with {@code package}, {@code ranges[]} of type {@code SEMVER}/{@code ECOSYSTEM}/{@code GIT} with
 * {@code introduced}/{@code fixed}/{@code last_affected}/{@code limit} events, and {@code versions}). A document
 * may hold one record, an array of records, or an OSV API answer ({@code {"vulns": [...]}}).
 *
 * <p>A document that is not JSON, truncated or beyond {@link ItmJson}'s limits throws. Each record is accepted
 * whole or rejected with every bad field: a missing id or {@code modified}, an unparsable CVSS vector, an event that
 * is not exactly one of the four kinds, a SEMVER or known-ecosystem version that does not parse. Severity entries
 * of other types ({@code Ubuntu}) carry no CVSS vector and are not kept.
 *
 * @since 0.1
 */
public final class Osv {

    /** Most records read from one document. */
    public static final int MAX_RECORDS = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(Osv.class);

    private Osv() {
    }

    /**
     * Reads OSV records.
     *
     * @param json one record, an array of records, or {@code {"vulns": [...]}}
     * @return accepted advisories and rejected records with reasons
     * @throws ItmValidationException if the document as a whole cannot be read, naming the JSON path
     */
    public static AdvisoryImport read(String json) {
        Checks.notNull(json, "json");
        JsonNode root;
        try {
            root = ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        List<JsonNode> records = new ArrayList<>();
        String base;
        if (root != null && root.isArray()) {
            root.forEach(records::add);
            base = "$";
        } else if (root != null && root.isObject() && root.has("vulns") && !root.has("id")) {
            JsonNode vulns = root.get("vulns");
            if (!vulns.isArray()) {
                throw new ItmValidationException("$.vulns", "must be an array");
            }
            vulns.forEach(records::add);
            base = "$.vulns";
        } else if (root != null && root.isObject()) {
            records.add(root);
            base = null;
        } else {
            throw new ItmValidationException("$", "must be an OSV record, an array of records or {\"vulns\": [...]}");
        }
        if (records.size() > MAX_RECORDS) {
            throw new ItmValidationException("$", "holds more than " + MAX_RECORDS + " records");
        }
        List<Advisory> accepted = new ArrayList<>();
        List<ImportRejection> rejected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String path = base == null ? "$" : base + "[" + i + "]";
            JsonNode r = records.get(i);
            Violations v = new Violations();
            Advisory a = r.isObject() ? record(r, path, v) : null;
            if (!r.isObject()) {
                v.add(path, "must be an object, was " + JsonFields.type(r));
            }
            if (a != null && v.isEmpty()) {
                accepted.add(a);
            } else {
                String id = r.isObject() && r.path("id").isString() ? Checks.quote(r.path("id").asString()) : "";
                String entry = base == null ? "record" : path.startsWith("$.") ? path.substring(2) : path.substring(1);
                rejected.add(new ImportRejection(entry + (id.isEmpty() ? "" : " " + id),
                        v.list()));
            }
        }
        LOG.debug("read {} OSV records: {} accepted, {} rejected", records.size(), accepted.size(), rejected.size());
        return new AdvisoryImport(accepted, rejected);
    }

    private static @Nullable Advisory record(JsonNode r, String path, Violations v) {
        Optional<String> id = JsonFields.text(r, "id", path, v, true, JsonFields.MAX_SHORT_TEXT);
        var modified = JsonFields.instant(r, "modified", path, v, true);
        var published = JsonFields.instant(r, "published", path, v, false);
        var withdrawn = JsonFields.instant(r, "withdrawn", path, v, false);
        List<String> aliases = JsonFields.strings(r, "aliases", path, v);
        String summary = JsonFields.text(r, "summary", path, v, false, ItmJson.MAX_STRING_CHARS).orElse("");
        List<CvssVector> cvss = severities(JsonFields.array(r, "severity", path, v), path + ".severity", v);
        List<AffectedPackage> affected = new ArrayList<>();
        List<JsonNode> affectedNodes = JsonFields.array(r, "affected", path, v);
        for (int i = 0; i < affectedNodes.size(); i++) {
            AffectedPackage p = affected(affectedNodes.get(i), path + ".affected[" + i + "]", v);
            if (p != null) {
                affected.add(p);
            }
        }
        if (!v.isEmpty() || id.isEmpty()) {
            return null;
        }
        return new Advisory(id.get(), "OSV", aliases, summary, published, modified, withdrawn, cvss, affected,
                List.of());
    }

    private static List<CvssVector> severities(List<JsonNode> nodes, String path, Violations v) {
        List<CvssVector> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode s = nodes.get(i);
            if (!s.isObject()) {
                v.add(p, "must be an object");
                continue;
            }
            Optional<String> type = JsonFields.text(s, "type", p, v, true, 64);
            Optional<String> score = JsonFields.text(s, "score", p, v, true, 1024);
            if (type.isEmpty() || score.isEmpty() || !type.get().startsWith("CVSS_")) {
                continue;
            }
            try {
                CvssVector vector = Cvss.parse(score.get());
                boolean consistent = switch (type.get()) {
                    case "CVSS_V2" -> vector.version() == CvssVersion.V2_0;
                    case "CVSS_V3" -> vector.version() == CvssVersion.V3_0 || vector.version() == CvssVersion.V3_1;
                    case "CVSS_V4" -> vector.version() == CvssVersion.V4_0;
                    default -> false;
                };
                if (consistent) {
                    out.add(vector);
                } else {
                    v.add(p + ".type", "is " + Checks.quote(type.get()) + " but the score is a "
                            + vector.version().label() + " vector");
                }
            } catch (ItmValidationException e) {
                e.violations().forEach(x -> v.add(p + ".score", x.message()));
            }
        }
        return out;
    }

    private static @Nullable AffectedPackage affected(JsonNode a, String path, Violations v) {
        if (!a.isObject()) {
            v.add(path, "must be an object");
            return null;
        }
        JsonNode pkg = a.get("package");
        if (pkg == null || !pkg.isObject()) {
            v.add(path + ".package", "is required (an object with ecosystem and name)");
            return null;
        }
        Optional<String> ecosystem = JsonFields.text(pkg, "ecosystem", path + ".package", v, true, 128);
        Optional<String> name = JsonFields.text(pkg, "name", path + ".package", v, true, JsonFields.MAX_SHORT_TEXT);
        Optional<VersionScheme> scheme = ecosystem.flatMap(VersionScheme::forEcosystem);
        List<VersionRange> ranges = new ArrayList<>();
        List<JsonNode> rangeNodes = JsonFields.array(a, "ranges", path, v);
        for (int i = 0; i < rangeNodes.size(); i++) {
            VersionRange r = range(rangeNodes.get(i), path + ".ranges[" + i + "]", scheme, v);
            if (r != null) {
                ranges.add(r);
            }
        }
        List<String> versions = JsonFields.strings(a, "versions", path, v);
        if (ecosystem.isEmpty() || name.isEmpty()) {
            return null;
        }
        return new AffectedPackage(ecosystem.get(), name.get(), ranges, versions);
    }

    private static @Nullable VersionRange range(JsonNode r, String path, Optional<VersionScheme> ecosystemScheme,
                                                Violations v) {
        if (!r.isObject()) {
            v.add(path, "must be an object");
            return null;
        }
        Optional<String> typeText = JsonFields.text(r, "type", path, v, true, 32);
        VersionRange.Type type = null;
        if (typeText.isPresent()) {
            try {
                type = VersionRange.Type.valueOf(typeText.get());
            } catch (IllegalArgumentException e) {
                v.add(path + ".type", "must be SEMVER, ECOSYSTEM or GIT, was " + Checks.quote(typeText.get()));
            }
        }
        Optional<VersionScheme> scheme = type == VersionRange.Type.SEMVER ? Optional.of(VersionScheme.npm())
                : type == VersionRange.Type.ECOSYSTEM ? ecosystemScheme : Optional.empty();
        List<RangeEvent> events = new ArrayList<>();
        List<JsonNode> eventNodes = JsonFields.array(r, "events", path, v);
        if (eventNodes.isEmpty()) {
            v.add(path + ".events", "must hold at least one event");
        }
        boolean introduced = false;
        for (int i = 0; i < eventNodes.size(); i++) {
            String p = path + ".events[" + i + "]";
            JsonNode e = eventNodes.get(i);
            if (!e.isObject() || e.size() != 1) {
                v.add(p, "must be an object with exactly one of introduced, fixed, last_affected, limit");
                continue;
            }
            String key = e.propertyNames().iterator().next();
            RangeEvent.Kind kind = switch (key) {
                case "introduced" -> RangeEvent.Kind.INTRODUCED;
                case "fixed" -> RangeEvent.Kind.FIXED;
                case "last_affected" -> RangeEvent.Kind.LAST_AFFECTED;
                case "limit" -> RangeEvent.Kind.LIMIT;
                default -> null;
            };
            if (kind == null) {
                v.add(p, "unknown event " + Checks.quote(key) + " (introduced, fixed, last_affected, limit)");
                continue;
            }
            Optional<String> version = JsonFields.text(e, key, p, v, true, 256);
            if (version.isEmpty()) {
                continue;
            }
            boolean zero = kind == RangeEvent.Kind.INTRODUCED && version.get().equals("0");
            boolean unbounded = kind == RangeEvent.Kind.LIMIT && version.get().equals("*");
            if (!zero && !unbounded && scheme.isPresent() && !scheme.get().isValid(version.get())) {
                v.add(p + "." + key, "is not a " + scheme.get().name() + " version: " + Checks.quote(version.get()));
                continue;
            }
            introduced |= kind == RangeEvent.Kind.INTRODUCED;
            events.add(new RangeEvent(kind, version.get()));
        }
        if (!eventNodes.isEmpty() && !introduced && v.isEmpty()) {
            v.add(path + ".events", "must hold an introduced event");
        }
        if (type == null || events.isEmpty()) {
            return null;
        }
        return new VersionRange(type, events);
    }
}
