package org.itm.risk.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * An OSCAL profile (a baseline such as NIST SP 800-53 rev. 5 LOW): which controls it takes from which catalogues,
 * and the parameter values it sets. Read one with {@link Oscal#readProfile(String)} and apply it with
 * {@link #resolve(ControlCatalog)}.
 *
 * <pre>{@code
 * ControlProfile low = Oscal.readProfile(profileJson);
 * ControlCatalog baseline = low.resolve(Oscal.readCatalog(catalogJson));
 * Framework framework = baseline.toFramework("NIST-800-53r5-LOW");
 * }</pre>
 *
 * @param uuid          the document's uuid
 * @param title         its title
 * @param version       the document version
 * @param oscalVersion  the OSCAL version it is written in
 * @param imports       the catalogues it selects from, in document order; at least one
 * @param setParameters values by parameter id from {@code modify.set-parameters}
 * @param alterations   parts and parameters removed and added per control ({@code modify.alters})
 * @since 0.1
 */
public record ControlProfile(String uuid, String title, String version, String oscalVersion,
                             List<ProfileImport> imports, Map<String, List<String>> setParameters,
                             List<ControlAlteration> alterations) {

    /**
     * Checks the components and copies the collections.
     *
     * @param uuid          the document's uuid
     * @param title         its title
     * @param version       the document version
     * @param oscalVersion  the OSCAL version it is written in
     * @param imports       the catalogues it selects from, in document order; at least one
     * @param setParameters values by parameter id from {@code modify.set-parameters}
     * @param alterations   parts and parameters removed and added per control ({@code modify.alters})
     * @throws org.itm.core.ItmValidationException naming {@code uuid}, {@code title}, {@code version} or
     *                                             {@code oscalVersion} when blank, {@code imports} when null or
     *                                             empty, or {@code setParameters} or {@code alterations} when null
     */
    public ControlProfile {
        Checks.notBlank(uuid, "uuid");
        Checks.notBlank(title, "title");
        Checks.notBlank(version, "version");
        Checks.notBlank(oscalVersion, "oscalVersion");
        imports = List.copyOf(Checks.notEmpty(imports, "imports"));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Checks.notNull(setParameters, "setParameters").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        setParameters = Collections.unmodifiableMap(copy);
        alterations = List.copyOf(Checks.notNull(alterations, "alterations"));
    }

    /**
     * Applies a profile with one import to {@code catalog}, whatever its href says.
     *
     * @param catalog the catalogue the profile imports
     * @return the resolved catalogue, titled and versioned as the profile
     * @throws org.itm.core.ItmValidationException if the profile has several imports, or names controls or
     *         parameters the catalogue lacks (each with its path in the profile)
     */
    public ControlCatalog resolve(ControlCatalog catalog) {
        Checks.notNull(catalog, "catalog");
        Checks.require(imports.size() == 1, "imports", "has " + imports.size()
                + " imports: give the catalogue of each by its href");
        return resolve(Map.of(imports.get(0).href(), catalog));
    }

    /**
     * Applies the profile: for each import, the included controls (by id, by pattern, with their enhancements when
     * asked) minus the excluded ones, in the catalogue's order and families. An enhancement selected without its
     * control is placed in its control's family. Then the alterations are applied (removes, then adds) and the
     * profile's parameter values are set.
     *
     * @param catalogsByHref the catalogue of every import, keyed by the import's href
     * @return the resolved catalogue, titled and versioned as the profile
     * @throws org.itm.core.ItmValidationException naming every missing catalogue, unknown control id (e.g.
     *         {@code imports[0].include-controls[0].with-ids[3]}), control selected by two imports, alteration
     *         of a control not selected or of a part or parameter it does not have, and unknown parameter
     */
    public ControlCatalog resolve(Map<String, ControlCatalog> catalogsByHref) {
        Checks.notNull(catalogsByHref, "catalogsByHref");
        Violations v = new Violations();
        List<ControlFamily> groups = new ArrayList<>();
        List<CatalogControl> loose = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < imports.size(); i++) {
            ProfileImport imp = imports.get(i);
            String path = "imports[" + i + "]";
            ControlCatalog catalog = catalogsByHref.get(imp.href());
            if (catalog == null) {
                v.add(path + ".href", "no catalogue given for '" + imp.href() + "'");
                continue;
            }
            Set<String> selected = new LinkedHashSet<>();
            if (imp.includeAll()) {
                catalog.allControls().forEach(c -> selected.add(c.id()));
            } else {
                select(catalog, imp.include(), path + ".include-controls", v, selected);
            }
            Set<String> excluded = new LinkedHashSet<>();
            select(catalog, imp.exclude(), path + ".exclude-controls", v, excluded);
            selected.removeAll(excluded);
            for (String id : selected) {
                v.require(taken.add(id), path, "control '" + id + "' is already selected by an earlier import");
            }
            for (ControlFamily g : catalog.groups()) {
                filter(g, selected).ifPresent(groups::add);
            }
            for (CatalogControl c : catalog.controls()) {
                loose.addAll(filter(c, selected));
            }
        }
        v.throwIfAny();
        ControlCatalog resolved = new ControlCatalog(uuid, title, version, oscalVersion, groups, loose);
        for (int i = 0; i < alterations.size(); i++) {
            ControlAlteration a = alterations.get(i);
            String path = "modify.alters[" + i + "]";
            Optional<CatalogControl> target = resolved.control(a.controlId());
            if (target.isEmpty()) {
                v.add(path + ".control-id", "control '" + a.controlId() + "' is not selected by the profile");
                continue;
            }
            resolved = resolved.withControl(Alterations.apply(target.get(), a, path, v));
        }
        Map<String, ControlParameter> known = resolved.parameters();
        int k = 0;
        for (String paramId : setParameters.keySet()) {
            v.require(known.containsKey(paramId), "modify.set-parameters[" + k++ + "].param-id",
                    "the resolved catalogue has no parameter '" + paramId + "'");
        }
        v.throwIfAny();
        return setParameters.isEmpty() ? resolved : resolved.withParameterValues(setParameters);
    }

    private static void select(ControlCatalog catalog, List<ControlSelection> selections, String path, Violations v,
                               Set<String> out) {
        for (int s = 0; s < selections.size(); s++) {
            ControlSelection sel = selections.get(s);
            List<CatalogControl> hits = new ArrayList<>();
            for (int k = 0; k < sel.withIds().size(); k++) {
                String id = sel.withIds().get(k);
                Optional<CatalogControl> c = catalog.control(id);
                if (c.isEmpty()) {
                    v.add(path + "[" + s + "].with-ids[" + k + "]", "catalogue '" + catalog.title()
                            + "' has no control '" + id + "'");
                } else {
                    hits.add(c.get());
                }
            }
            if (!sel.matching().isEmpty()) {
                catalog.allControls().stream().filter(c -> sel.matches(c.id())).forEach(hits::add);
            }
            for (CatalogControl c : hits) {
                if (sel.withChildControls()) {
                    c.selfAndEnhancements().forEach(x -> out.add(x.id()));
                } else {
                    out.add(c.id());
                }
            }
        }
    }

    private static Optional<ControlFamily> filter(ControlFamily g, Set<String> selected) {
        List<ControlFamily> sub = new ArrayList<>();
        g.groups().forEach(x -> filter(x, selected).ifPresent(sub::add));
        List<CatalogControl> controls = new ArrayList<>();
        g.controls().forEach(c -> controls.addAll(filter(c, selected)));
        return sub.isEmpty() && controls.isEmpty() ? Optional.empty()
                : Optional.of(new ControlFamily(g.id(), g.title(), sub, controls));
    }

    /** The control with its selected enhancements, or, when it is not selected, its selected enhancements. */
    private static List<CatalogControl> filter(CatalogControl c, Set<String> selected) {
        List<CatalogControl> enhancements = new ArrayList<>();
        c.enhancements().forEach(e -> enhancements.addAll(filter(e, selected)));
        if (!selected.contains(c.id())) {
            return enhancements;
        }
        return List.of(new CatalogControl(c.id(), c.label(), c.title(), c.controlClass(), c.withdrawn(), c.params(),
                c.parts(), enhancements));
    }
}
