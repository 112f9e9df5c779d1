package org.itm.operations.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.ServiceModel;
import org.itm.core.validation.Checks;

/**
 * The catalogue of standard-change templates, i.e. what is pre-approved. {@link Change#assess(RiskAssessment,
 * ApprovalPolicy, StandardChangeCatalog, java.time.Instant, String)} checks a change claimed as STANDARD
 * against its template and treats it as NORMAL (needing approval) when it lies outside, saying why.
 *
 * <p>Read one from YAML or JSON
 * ({@code templates: [{id, description, cis, ciTypes, riskCeiling, maxDuration}]}, {@code maxDuration} optional,
 * e.g. {@code PT30M}) with {@link #fromYaml}/{@link #fromJson}, or build it with {@link #of}. CI types are matched only
 * in a catalogue
 * from {@link #resolvingCiTypes(ServiceModel)}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StandardChangeCatalog {

    private final Map<String, StandardChangeTemplate> templates;
    private final Function<String, Optional<String>> ciTypeOf;

    private StandardChangeCatalog(List<StandardChangeTemplate> templates,
                                  Function<String, Optional<String>> ciTypeOf) {
        Map<String, StandardChangeTemplate> byId = new LinkedHashMap<>();
        for (StandardChangeTemplate t : new StandardChangeCatalogDefinition(templates).templates()) {
            byId.put(t.id(), t);
        }
        this.templates = byId;
        this.ciTypeOf = ciTypeOf;
    }

    /**
     * A catalogue of {@code templates}; CIs are matched by id only.
     *
     * @param templates the templates, ids unique
     * @return the catalogue
     * @throws ItmValidationException if a template is null or an id repeats
     */
    public static StandardChangeCatalog of(List<StandardChangeTemplate> templates) {
        return new StandardChangeCatalog(templates, ci -> Optional.empty());
    }

    /**
     * The catalogue of a definition.
     *
     * @param definition the templates
     * @return the catalogue
     * @throws ItmValidationException if {@code definition} is null
     */
    public static StandardChangeCatalog of(StandardChangeCatalogDefinition definition) {
        return of(Checks.notNull(definition, "definition").templates());
    }

    /**
     * Reads a catalogue from JSON.
     *
     * @param json the document
     * @return the catalogue
     * @throws ItmValidationException naming the path of every bad element
     */
    public static StandardChangeCatalog fromJson(String json) {
        return of(readNonNull(ItmJson.fromJson(Checks.notNull(json, "json"), StandardChangeCatalogDefinition.class)));
    }

    /**
     * Reads a catalogue from YAML.
     *
     * @param yaml the document
     * @return the catalogue
     * @throws ItmValidationException naming the path of every bad element
     */
    public static StandardChangeCatalog fromYaml(String yaml) {
        return of(readNonNull(ItmJson.fromYaml(Checks.notNull(yaml, "yaml"), StandardChangeCatalogDefinition.class)));
    }

    private static StandardChangeCatalogDefinition readNonNull(StandardChangeCatalogDefinition d) {
        if (d == null) {
            throw new ItmValidationException("$", "must be a catalogue document with 'templates', was null");
        }
        return d;
    }

    /**
     * This catalogue, matching the {@link StandardChangeTemplate#ciTypes()} of its templates against the types
     * of the CIs in {@code model} (CIs unknown to the model match by id only).
     *
     * @param model the service model
     * @return a new catalogue with the same templates
     * @throws ItmValidationException if {@code model} is null
     */
    public StandardChangeCatalog resolvingCiTypes(ServiceModel model) {
        Checks.notNull(model, "model");
        return new StandardChangeCatalog(List.copyOf(templates.values()), ci -> {
            if (ci.isBlank()) {
                return Optional.empty();
            }
            try {
                return model.configurationItem(new CiId(ci)).map(ConfigurationItem::type);
            } catch (ItmValidationException notAnId) {
                return Optional.empty();
            }
        });
    }

    /**
     * The templates, in the order given.
     *
     * @return an unmodifiable copy
     */
    public List<StandardChangeTemplate> templates() {
        return List.copyOf(templates.values());
    }

    /**
     * The template with {@code id}.
     *
     * @param id a template id
     * @return the template, if the catalogue has it
     */
    public Optional<StandardChangeTemplate> template(String id) {
        return Optional.ofNullable(templates.get(Checks.notNull(id, "id")));
    }

    /**
     * The catalogue as data (for storing or sending).
     *
     * @return a definition that {@code StandardChangeCatalog} can be built from again
     */
    public StandardChangeCatalogDefinition toDefinition() {
        return new StandardChangeCatalogDefinition(templates());
    }

    /**
     * Whether a change claimed as STANDARD under {@code template}, touching {@code cis}, with assessed
     * {@code risk}, lies within the template's pre-approved scope.
     *
     * @param template the template claimed, empty when none was named
     * @param cis      the CIs the change touches
     * @param risk     the assessed risk
     * @return the verdict with every reason it is out of scope (or the template it lies within)
     * @throws ItmValidationException if an argument is null
     */
    public StandardChangeCheck check(Optional<String> template, List<String> cis, RiskLevel risk) {
        Checks.notNull(template, "template");
        Checks.notNull(cis, "cis");
        Checks.notNull(risk, "risk");
        if (template.isEmpty()) {
            return new StandardChangeCheck(template, false, List.of("no standard-change template is named"));
        }
        StandardChangeTemplate t = templates.get(template.get());
        if (t == null) {
            return new StandardChangeCheck(template, false, List.of("template '" + template.get()
                    + "' is not in the catalogue " + templates.keySet()));
        }
        List<String> out = new ArrayList<>();
        if (cis.isEmpty()) {
            out.add("the change names no CI, so it cannot be matched to template '" + t.id() + "'");
        }
        for (String ci : cis) {
            if (t.cis().contains(ci)) {
                continue;
            }
            Optional<String> type = t.ciTypes().isEmpty() ? Optional.empty() : ciTypeOf.apply(ci);
            if (type.isPresent() && t.ciTypes().contains(type.get())) {
                continue;
            }
            out.add("CI " + ci + (type.map(x -> " (type " + x + ")").orElse(""))
                    + " is not covered by template '" + t.id() + "' (CIs " + sorted(t.cis()) + ", CI types "
                    + sorted(t.ciTypes()) + ")");
        }
        if (risk.compareTo(t.riskCeiling()) > 0) {
            out.add("risk " + risk + " is above the ceiling " + t.riskCeiling() + " of template '" + t.id() + "'");
        }
        if (out.isEmpty()) {
            return new StandardChangeCheck(template, true, List.of("within template '" + t.id() + "' ("
                    + t.description() + "): risk " + risk + " at most " + t.riskCeiling()));
        }
        return new StandardChangeCheck(template, false, out);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
