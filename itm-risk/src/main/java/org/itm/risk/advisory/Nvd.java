package org.itm.risk.advisory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.advisory.internal.JsonFields;
import org.itm.risk.cvss.Cvss;
import org.itm.risk.cvss.CvssVector;
import org.itm.risk.inventory.CpeName;
import org.itm.risk.inventory.ImportRejection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads NVD CVE API 2.0 answers ({@code {"vulnerabilities": [{"cve": {...}}, ...]}}): each {@code cve} with
 * {@code id}, {@code published}, {@code lastModified}, {@code vulnStatus}, the English {@code descriptions} entry,
 * {@code metrics.cvssMetricV40/V31/V30/V2[].cvssData.vectorString}, and {@code configurations[].nodes[].cpeMatch[]}
 * ({@code criteria}, {@code vulnerable}, {@code versionStart/EndIncluding/Excluding}).
 *
 * <p>Matching uses the vulnerable {@code cpeMatch} entries; an {@code AND} node's platform condition (a
 * non-vulnerable match such as "running on Windows") is not evaluated, so a product is reported when its own match
 * holds. Records with {@code vulnStatus} {@code Rejected} are read as withdrawn. A document that is not JSON,
 * truncated or beyond {@link ItmJson}'s limits throws; each record is accepted whole or rejected with every bad
 * field.
 *
 * @since 0.1
 */
public final class Nvd {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final List<String> METRICS = List.of("cvssMetricV40", "cvssMetricV31", "cvssMetricV30",
            "cvssMetricV2");
    private static final Logger LOG = LoggerFactory.getLogger(Nvd.class);

    private Nvd() {
    }

    /**
     * Reads an NVD CVE API 2.0 answer.
     *
     * @param json the API's JSON
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
        if (root == null || !root.isObject() || !root.path("vulnerabilities").isArray()) {
            throw new ItmValidationException("$.vulnerabilities", "must be an array (an NVD CVE API 2.0 answer)");
        }
        List<Advisory> accepted = new ArrayList<>();
        List<ImportRejection> rejected = new ArrayList<>();
        JsonNode vulns = root.get("vulnerabilities");
        for (int i = 0; i < vulns.size(); i++) {
            String path = "$.vulnerabilities[" + i + "].cve";
            JsonNode cve = vulns.get(i).get("cve");
            Violations v = new Violations();
            Advisory a = null;
            if (cve == null || !cve.isObject()) {
                v.add(path, "is required (an object)");
            } else {
                a = record(cve, path, v);
            }
            if (a != null && v.isEmpty()) {
                accepted.add(a);
            } else {
                String id = cve != null && cve.path("id").isString() ? " " + Checks.quote(cve.path("id").asString()) : "";
                rejected.add(new ImportRejection("vulnerabilities[" + i + "]" + id, v.list()));
            }
        }
        LOG.debug("read {} NVD records: {} accepted, {} rejected", vulns.size(), accepted.size(), rejected.size());
        return new AdvisoryImport(accepted, rejected);
    }

    private static @Nullable Advisory record(JsonNode cve, String path, Violations v) {
        Optional<String> id = JsonFields.text(cve, "id", path, v, true, 64);
        if (id.isPresent() && !CVE.matcher(id.get()).matches()) {
            v.add(path + ".id", "must look like CVE-YYYY-NNNN, was " + Checks.quote(id.get()));
        }
        var published = JsonFields.instant(cve, "published", path, v, false);
        var modified = JsonFields.instant(cve, "lastModified", path, v, false);
        Optional<String> status = JsonFields.text(cve, "vulnStatus", path, v, false, 64);
        String summary = "";
        List<JsonNode> descriptions = JsonFields.array(cve, "descriptions", path, v);
        for (JsonNode d : descriptions) {
            if ("en".equals(d.path("lang").asString("")) && d.path("value").isString()) {
                summary = d.path("value").asString();
                break;
            }
        }
        List<CvssVector> cvss = new ArrayList<>();
        JsonNode metrics = cve.get("metrics");
        if (metrics != null && !metrics.isObject()) {
            v.add(path + ".metrics", "must be an object");
        } else if (metrics != null) {
            for (String group : METRICS) {
                List<JsonNode> entries = JsonFields.array(metrics, group, path + ".metrics", v);
                for (int i = 0; i < entries.size(); i++) {
                    String p = path + ".metrics." + group + "[" + i + "].cvssData";
                    JsonNode data = entries.get(i).get("cvssData");
                    if (data == null || !data.isObject()) {
                        v.add(p, "is required (an object with vectorString)");
                        continue;
                    }
                    Optional<String> vector = JsonFields.text(data, "vectorString", p, v, true, 1024);
                    if (vector.isEmpty()) {
                        continue;
                    }
                    try {
                        CvssVector parsed = Cvss.parse(vector.get());
                        if (cvss.stream().noneMatch(c -> c.vectorString().equals(parsed.vectorString()))) {
                            cvss.add(parsed);
                        }
                    } catch (ItmValidationException e) {
                        e.violations().forEach(x -> v.add(p + ".vectorString", x.message()));
                    }
                }
            }
        }
        List<CpeMatch> matches = new ArrayList<>();
        List<JsonNode> configurations = JsonFields.array(cve, "configurations", path, v);
        for (int c = 0; c < configurations.size(); c++) {
            String cp = path + ".configurations[" + c + "]";
            List<JsonNode> nodes = JsonFields.array(configurations.get(c), "nodes", cp, v);
            for (int n = 0; n < nodes.size(); n++) {
                String np = cp + ".nodes[" + n + "]";
                List<JsonNode> cpeMatches = JsonFields.array(nodes.get(n), "cpeMatch", np, v);
                for (int m = 0; m < cpeMatches.size(); m++) {
                    CpeMatch match = cpeMatch(cpeMatches.get(m), np + ".cpeMatch[" + m + "]", v);
                    if (match != null) {
                        matches.add(match);
                    }
                }
            }
        }
        if (!v.isEmpty() || id.isEmpty()) {
            return null;
        }
        Optional<Instant> withdrawn = status.filter(s -> s.equals("Rejected")).flatMap(s -> modified);
        return new Advisory(id.get(), "NVD", List.of(), summary, published, modified, withdrawn, cvss, List.of(),
                matches);
    }

    private static @Nullable CpeMatch cpeMatch(JsonNode m, String path, Violations v) {
        Optional<String> criteria = JsonFields.text(m, "criteria", path, v, true, 4096);
        JsonNode vulnerable = m.get("vulnerable");
        if (vulnerable == null || !vulnerable.isBoolean()) {
            v.add(path + ".vulnerable", "is required (true or false)");
        }
        Optional<String> si = JsonFields.text(m, "versionStartIncluding", path, v, false, 256);
        Optional<String> se = JsonFields.text(m, "versionStartExcluding", path, v, false, 256);
        Optional<String> ei = JsonFields.text(m, "versionEndIncluding", path, v, false, 256);
        Optional<String> ee = JsonFields.text(m, "versionEndExcluding", path, v, false, 256);
        if (si.isPresent() && se.isPresent()) {
            v.add(path + ".versionStartExcluding", "cannot be given together with versionStartIncluding");
        }
        if (ei.isPresent() && ee.isPresent()) {
            v.add(path + ".versionEndExcluding", "cannot be given together with versionEndIncluding");
        }
        CpeName name = null;
        if (criteria.isPresent()) {
            try {
                name = CpeName.parse(criteria.get());
            } catch (ItmValidationException e) {
                e.violations().forEach(x -> v.add(path + ".criteria", x.message()));
            }
        }
        if (name == null || vulnerable == null || !vulnerable.isBoolean() || (si.isPresent() && se.isPresent())
                || (ei.isPresent() && ee.isPresent())) {
            return null;
        }
        return new CpeMatch(name, vulnerable.asBoolean(), si, se, ei, ee);
    }
}
