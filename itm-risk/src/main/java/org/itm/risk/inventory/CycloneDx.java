package org.itm.risk.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.core.json.JsonTreeFields;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads CycloneDX JSON SBOMs (specification 1.2 to 1.6) into a {@link SoftwareInventory}: {@code bomFormat},
 * {@code specVersion}, {@code metadata.component} and {@code components[]} with nested {@code components}, each
 * with {@code name}, {@code version}, {@code group}, {@code purl}, {@code cpe} and {@code bom-ref}. Other fields
 * (hashes, licences, dependencies, services) are not part of an inventory and are ignored.
 *
 * <p>A document that is not JSON, is truncated, exceeds {@link ItmJson}'s limits, is not CycloneDX or has an
 * unsupported version is rejected whole with an {@link ItmValidationException}. Within a valid document each
 * component is accepted whole or listed in {@link InventoryImport#rejected()} with the path of every bad field
 * (e.g. an unparsable purl); nothing is dropped silently.
 *
 * @since 0.1
 */
public final class CycloneDx {

    /** Most components read from one SBOM (large real ones have a few thousand). */
    public static final int MAX_COMPONENTS = 200_000;
    /** Longest name, group, version or bom-ref accepted. */
    public static final int MAX_FIELD_CHARS = 1024;

    private static final Set<String> VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6");
    private static final Logger LOG = LoggerFactory.getLogger(CycloneDx.class);

    private CycloneDx() {
    }

    /**
     * Reads an SBOM as the inventory of {@code ciId}.
     *
     * @param json the CycloneDX JSON document
     * @param ciId the service or configuration item that runs this software
     * @return the accepted components and the rejected ones with reasons
     * @throws ItmValidationException if the document as a whole cannot be read (malformed, truncated, too large,
     *                                not CycloneDX, unsupported specVersion), naming the JSON path
     */
    public static InventoryImport read(String json, String ciId) {
        Checks.notNull(json, "json");
        Checks.id(ciId, "ciId");
        JsonNode root;
        try {
            root = ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
        if (root == null || !root.isObject()) {
            throw new ItmValidationException("$", "must be a JSON object (a CycloneDX BOM)");
        }
        JsonNode format = root.get("bomFormat");
        if (format == null || !format.isString() || !format.asString().equals("CycloneDX")) {
            throw new ItmValidationException("$.bomFormat", "must be \"CycloneDX\", was "
                    + (format == null ? "absent" : Checks.quote(format.toString())));
        }
        JsonNode spec = root.get("specVersion");
        if (spec == null || !spec.isString() || !VERSIONS.contains(spec.asString())) {
            throw new ItmValidationException("$.specVersion", "must be one of 1.2, 1.3, 1.4, 1.5, 1.6, was "
                    + (spec == null ? "absent" : Checks.quote(spec.toString())));
        }
        List<SoftwareComponent> accepted = new ArrayList<>();
        List<ImportRejection> rejected = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        Optional<SoftwareComponent> subject = Optional.empty();
        JsonNode metaComponent = root.path("metadata").get("component");
        if (metaComponent != null && metaComponent.isObject()) {
            Violations v = new Violations();
            SoftwareComponent c = component(metaComponent, "$.metadata.component", v);
            if (c != null && v.isEmpty()) {
                subject = Optional.of(c);
            } else {
                rejected.add(new ImportRejection("metadata.component", v.list()));
            }
        }
        JsonNode components = root.get("components");
        if (components != null && !components.isArray()) {
            throw new ItmValidationException("$.components", "must be an array");
        }
        if (components != null) {
            walk(components, "$.components", accepted, rejected, refs, new int[1]);
        }
        LOG.debug("read CycloneDX {} SBOM for {}: {} components accepted, {} rejected", spec.asString(), ciId,
                accepted.size(), rejected.size());
        return new InventoryImport(new SoftwareInventory(ciId, subject, spec.asString(), accepted), rejected);
    }

    private static void walk(JsonNode array, String path, List<SoftwareComponent> accepted,
                             List<ImportRejection> rejected, Set<String> refs, int[] count) {
        int i = 0;
        for (JsonNode node : array) {
            String p = path + "[" + i + "]";
            i++;
            if (++count[0] > MAX_COMPONENTS) {
                throw new ItmValidationException(p, "more than " + MAX_COMPONENTS + " components in one SBOM");
            }
            if (!node.isObject()) {
                rejected.add(new ImportRejection(p.substring(2), List.of(new Violation(p, "must be an object"))));
                continue;
            }
            Violations v = new Violations();
            SoftwareComponent c = component(node, p, v);
            if (c != null && v.isEmpty() && !refs.add(c.ref())) {
                v.add(p + ".bom-ref", "repeats " + Checks.quote(c.ref()) + " of an earlier component");
            }
            if (c != null && v.isEmpty()) {
                accepted.add(c);
            } else {
                String label = node.path("name").isString() ? " (" + Checks.quote(node.path("name").asString()) + ")" : "";
                rejected.add(new ImportRejection(p.substring(2) + label, v.list()));
            }
            JsonNode nested = node.get("components");
            if (nested != null) {
                if (nested.isArray()) {
                    walk(nested, p + ".components", accepted, rejected, refs, count);
                } else {
                    rejected.add(new ImportRejection(p.substring(2) + ".components",
                            List.of(new Violation(p + ".components", "must be an array"))));
                }
            }
        }
    }

    private static @Nullable SoftwareComponent component(JsonNode node, String path, Violations v) {
        Optional<String> name = text(node, "name", path, v, true);
        Optional<String> version = text(node, "version", path, v, false);
        Optional<String> group = text(node, "group", path, v, false);
        Optional<String> ref = text(node, "bom-ref", path, v, false);
        Optional<String> purlText = text(node, "purl", path, v, false);
        Optional<String> cpeText = text(node, "cpe", path, v, false);
        Optional<Purl> purl = Optional.empty();
        if (purlText.isPresent()) {
            try {
                purl = Optional.of(Purl.parse(purlText.get()));
            } catch (ItmValidationException e) {
                e.violations().forEach(x -> v.add(path + ".purl", x.message()));
            }
        }
        Optional<CpeName> cpe = Optional.empty();
        if (cpeText.isPresent()) {
            try {
                cpe = Optional.of(CpeName.parse(cpeText.get()));
            } catch (ItmValidationException e) {
                e.violations().forEach(x -> v.add(path + ".cpe", x.message()));
            }
        }
        if (!v.isEmpty() || name.isEmpty()) {
            return null;
        }
        String effectiveRef = ref.or(() -> purlText).orElse(group.map(g -> g + ":").orElse("") + name.get()
                + version.map(x -> "@" + x).orElse(""));
        return new SoftwareComponent(effectiveRef, group, name.get(), version, purl, cpe);
    }

    private static Optional<String> text(JsonNode node, String field, String path, Violations v, boolean required) {
        // unlike the shared reader, a blank optional field is a violation here too; purl and cpe have their own limits
        JsonNode value = node.get(field);
        if (value != null && value.isString() && value.asString().isBlank()) {
            v.add(path + "." + field, "must not be blank");
            return Optional.empty();
        }
        int maxLength = field.equals("purl") || field.equals("cpe") ? Integer.MAX_VALUE : MAX_FIELD_CHARS;
        return JsonTreeFields.text(node, field, path, v, required, maxLength);
    }
}
