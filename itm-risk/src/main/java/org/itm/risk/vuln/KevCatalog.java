package org.itm.risk.vuln;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * CISA's Known Exploited Vulnerabilities catalog, read from its published JSON
 * ({@code known_exploited_vulnerabilities.json}: {@code catalogVersion}, {@code dateReleased}, {@code count},
 * {@code vulnerabilities[]} with {@code cveID}, {@code vendorProject}, {@code product}, {@code vulnerabilityName},
 * {@code dateAdded}, {@code requiredAction}, {@code dueDate}, {@code knownRansomwareCampaignUse}, ...). Fields CISA
 * may add later are ignored.
 *
 * @param catalogVersion catalog version
 * @param dateReleased   release timestamp as written
 * @param entries        CVE → entry, in file order
 * @since 0.1
 */
public record KevCatalog(String catalogVersion, String dateReleased, Map<String, KevEntry> entries) {

    /**
     * Checks the components.
     *
     * @param catalogVersion catalog version
     * @param dateReleased   release timestamp as written
     * @param entries        CVE → entry, in file order
     * @throws org.itm.core.ItmValidationException naming {@code catalogVersion}, {@code dateReleased} or
     *                                             {@code entries} when null
     */
    public KevCatalog {
        Checks.notNull(catalogVersion, "catalogVersion");
        Checks.notNull(dateReleased, "dateReleased");
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(entries, "entries")));
    }

    /**
     * The catalogue entry of a CVE.
     *
     * @param cve the CVE id
     * @return its entry, if listed
     */
    public Optional<KevEntry> entry(String cve) {
        return Optional.ofNullable(entries.get(cve));
    }

    /**
     * Parses the catalog JSON as CISA publishes it.
     *
     * @param json the JSON text
     * @return the catalogue
     * @throws ItmValidationException naming {@code json} when null, or the JSON path of the first bad element
     */
    public static KevCatalog parse(String json) {
        Checks.notNull(json, "json");
        JsonNode root;
        try {
            root = ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        JsonNode vulns = root.path("vulnerabilities");
        if (!vulns.isArray()) {
            throw new ItmValidationException("$.vulnerabilities", "must be an array");
        }
        Map<String, KevEntry> entries = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode v : vulns) {
            String path = "$.vulnerabilities[" + i + "]";
            try {
                KevEntry e = new KevEntry(text(v, "cveID", path), text(v, "vendorProject", path),
                        text(v, "product", path), text(v, "vulnerabilityName", path),
                        LocalDate.parse(text(v, "dateAdded", path)), LocalDate.parse(text(v, "dueDate", path)),
                        v.path("requiredAction").asString(""),
                        "Known".equalsIgnoreCase(v.path("knownRansomwareCampaignUse").asString("")));
                entries.put(e.cve(), e);
            } catch (DateTimeParseException ex) {
                throw new ItmValidationException(path, "bad date: " + ex.getParsedString());
            }
            i++;
        }
        return new KevCatalog(root.path("catalogVersion").asString(""), root.path("dateReleased").asString(""),
                entries);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new ItmValidationException(path + "." + field, "is required");
        }
        return value.asString();
    }
}
