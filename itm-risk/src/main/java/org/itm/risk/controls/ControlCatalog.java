package org.itm.risk.controls;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A control catalogue as OSCAL publishes it (e.g. NIST SP 800-53 rev. 5, or a baseline's resolved profile
 * catalogue): families of controls with their enhancements, parameters and statements. Read one with
 * {@link Oscal#readCatalog(String)}, narrow it with a {@link ControlProfile}, analyse coverage through
 * {@link #toFramework(String)} and turn the controls an organisation runs into library {@link Control}s with
 * {@link #adopt(String, String, ControlType, Period, String)}.
 *
 * @param uuid         the document's uuid
 * @param title        its title, e.g. {@code NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE}
 * @param version      the document version, e.g. {@code 5.1.1+u4}
 * @param oscalVersion the OSCAL version it is written in, e.g. {@code 1.1.2}
 * @param groups       its families, in document order
 * @param controls     controls outside any group, in document order
 * @since 0.1
 */
public record ControlCatalog(String uuid, String title, String version, String oscalVersion,
                             List<ControlFamily> groups, List<CatalogControl> controls) {

    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");

    /**
     * Checks the components and copies the lists.
     *
     * @param uuid         the document's uuid
     * @param title        its title, e.g. {@code NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE}
     * @param version      the document version, e.g. {@code 5.1.1+u4}
     * @param oscalVersion the OSCAL version it is written in, e.g. {@code 1.1.2}
     * @param groups       its families, in document order
     * @param controls     controls outside any group, in document order
     * @throws org.itm.core.ItmValidationException naming {@code uuid}, {@code title}, {@code version} or
     *                                             {@code oscalVersion} when blank, {@code groups} or
     *                                             {@code controls} when null, or {@code controls} for every control
     *                                             id that appears more than once at any depth
     */
    public ControlCatalog {
        Checks.notBlank(uuid, "uuid");
        Checks.notBlank(title, "title");
        Checks.notBlank(version, "version");
        Checks.notBlank(oscalVersion, "oscalVersion");
        groups = List.copyOf(Checks.notNull(groups, "groups"));
        controls = List.copyOf(Checks.notNull(controls, "controls"));
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (CatalogControl c : all(groups, controls)) {
            v.require(seen.add(c.id()), "controls", "control id '" + c.id() + "' appears more than once");
        }
        v.throwIfAny();
    }

    /**
     * Every control and enhancement at any depth, in document order.
     *
     * @return group by group (a group's subgroups before its own controls), then the catalogue's top-level
     *         controls, each followed by its enhancements
     */
    public List<CatalogControl> allControls() {
        return all(groups, controls);
    }

    private static List<CatalogControl> all(List<ControlFamily> groups, List<CatalogControl> controls) {
        List<CatalogControl> out = new ArrayList<>();
        for (ControlFamily g : groups) {
            out.addAll(all(g.groups(), g.controls()));
        }
        controls.forEach(c -> out.addAll(c.selfAndEnhancements()));
        return out;
    }

    /**
     * A control or enhancement by id.
     *
     * @param controlId e.g. {@code ac-2} or {@code ia-2.1}
     * @return it, if the catalogue has it
     */
    public Optional<CatalogControl> control(String controlId) {
        Checks.notBlank(controlId, "controlId");
        return allControls().stream().filter(c -> c.id().equals(controlId)).findFirst();
    }

    /**
     * Every parameter of every control, by id.
     *
     * @return parameter id → parameter, in document order; an id repeated later keeps its first definition
     */
    public Map<String, ControlParameter> parameters() {
        Map<String, ControlParameter> out = new LinkedHashMap<>();
        allControls().forEach(c -> c.params().forEach(p -> out.putIfAbsent(p.id(), p)));
        return out;
    }

    /**
     * The statement of a control as one text, each item on its own line after its label, with every parameter
     * rendered by {@link ControlParameter#render()} (its value once set, else {@code [Assignment: ...]} or
     * {@code [Selection: ...]}).
     *
     * @param controlId the control
     * @return e.g. {@code "Implement multi-factor authentication for access to privileged accounts."}
     * @throws NotFoundException if there is no such control
     * @throws ItmValidationException if the control has no statement (a withdrawn control)
     */
    public String statementText(String controlId) {
        CatalogControl c = require(controlId);
        ControlPart statement = c.statement().orElseThrow(() -> new ItmValidationException("controlId",
                "control '" + controlId + "' has no statement" + (c.withdrawn() ? " (it is withdrawn)" : "")));
        Map<String, ControlParameter> params = parameters();
        List<String> lines = new ArrayList<>();
        render(statement, params, 0, lines);
        return String.join("\n", lines);
    }

    private static void render(ControlPart part, Map<String, ControlParameter> params, int depth, List<String> lines) {
        Optional<String> prose = part.prose().map(p -> insert(p.strip(), params)).filter(p -> !p.isBlank());
        if (prose.isPresent() || part.label().isPresent()) {
            String text = part.label().map(l -> l + " ").orElse("") + prose.orElse("");
            lines.add("  ".repeat(depth) + text.strip());
        }
        int next = prose.isPresent() || part.label().isPresent() ? depth + 1 : depth;
        part.parts().forEach(p -> render(p, params, next, lines));
    }

    private static String insert(String prose, Map<String, ControlParameter> params) {
        Matcher m = INSERT.matcher(prose);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            ControlParameter p = params.get(m.group(1));
            String text = p == null ? "[Assignment: " + m.group(1) + "]" : p.render();
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * This catalogue as a framework for {@link ControlLibrary#gapAnalysis(Framework, int, java.time.LocalDate)}:
     * families (that have an id) at level 1, controls at level 2, enhancements below their control; requirement
     * ids are the catalogue ids ({@code ac}, {@code ac-2}, {@code ac-2.1}). Withdrawn controls are left out.
     *
     * @param frameworkId the id to use in {@link RequirementRef}s, e.g. {@code NIST-800-53r5-LOW}
     * @return the framework
     * @throws ItmValidationException if {@code frameworkId} is blank or the catalogue has no control
     */
    public Framework toFramework(String frameworkId) {
        Checks.notBlank(frameworkId, "frameworkId");
        List<Requirement> requirements = new ArrayList<>();
        for (ControlFamily g : groups) {
            addGroup(frameworkId, g, Optional.empty(), requirements);
        }
        controls.forEach(c -> addControl(frameworkId, c, Optional.empty(), requirements));
        return new Framework(frameworkId, title, requirements);
    }

    private static void addGroup(String fw, ControlFamily g, Optional<String> parent, List<Requirement> out) {
        Optional<String> here = g.id().isPresent() ? g.id() : parent;
        g.id().ifPresent(id -> out.add(new Requirement(fw, id, g.title(), parent)));
        g.groups().forEach(sub -> addGroup(fw, sub, here, out));
        g.controls().forEach(c -> addControl(fw, c, here, out));
    }

    private static void addControl(String fw, CatalogControl c, Optional<String> parent, List<Requirement> out) {
        if (c.withdrawn()) {
            return;
        }
        out.add(new Requirement(fw, c.id(), c.title(), parent));
        c.enhancements().forEach(e -> addControl(fw, e, Optional.of(c.id()), out));
    }

    /**
     * A library control that implements catalogue control {@code controlId}: named by its title, with its
     * statement as the objective and a reference to it in {@code frameworkId}.
     *
     * @param controlId   the catalogue control, e.g. {@code ac-2}
     * @param frameworkId the framework id used with {@link #toFramework(String)}
     * @param type        what it does about risk
     * @param testEvery   how often it is tested
     * @param owner       who is accountable
     * @return the control, id {@code controlId}
     * @throws NotFoundException if the catalogue has no such control
     * @throws ItmValidationException if it is withdrawn or an argument is invalid
     */
    public Control adopt(String controlId, String frameworkId, ControlType type, Period testEvery, String owner) {
        Checks.notBlank(frameworkId, "frameworkId");
        CatalogControl c = require(controlId);
        return new Control(c.id(), c.title(), statementText(controlId), type, testEvery, owner, Set.of(),
                Set.of(new RequirementRef(frameworkId, c.id())));
    }

    /**
     * This catalogue with parameter values set, as a profile's {@code set-parameters} does.
     *
     * @param values values by parameter id
     * @return the catalogue with them
     * @throws ItmValidationException naming each parameter id the catalogue does not define
     */
    public ControlCatalog withParameterValues(Map<String, List<String>> values) {
        Checks.notNull(values, "values");
        Map<String, ControlParameter> known = parameters();
        Violations v = new Violations();
        values.keySet().stream().sorted().forEach(id -> v.require(known.containsKey(id), "set-parameters." + id,
                "the catalogue has no parameter '" + id + "'"));
        v.throwIfAny();
        Map<String, List<String>> copy = new HashMap<>(values);
        return new ControlCatalog(uuid, title, version, oscalVersion,
                groups.stream().map(g -> withValues(g, copy)).toList(),
                controls.stream().map(c -> withValues(c, copy)).toList());
    }

    private static ControlFamily withValues(ControlFamily g, Map<String, List<String>> values) {
        return new ControlFamily(g.id(), g.title(), g.groups().stream().map(x -> withValues(x, values)).toList(),
                g.controls().stream().map(c -> withValues(c, values)).toList());
    }

    private static CatalogControl withValues(CatalogControl c, Map<String, List<String>> values) {
        return new CatalogControl(c.id(), c.label(), c.title(), c.controlClass(), c.withdrawn(),
                c.params().stream().map(p -> values.containsKey(p.id()) ? p.withValues(values.get(p.id())) : p)
                        .toList(),
                c.parts(), c.enhancements().stream().map(e -> withValues(e, values)).toList());
    }

    /**
     * This catalogue with one control (or enhancement) replaced by {@code control}, matched by id.
     *
     * @param control the new version of a control of this catalogue
     * @return the catalogue with it
     * @throws NotFoundException if the catalogue has no control with its id
     */
    public ControlCatalog withControl(CatalogControl control) {
        Checks.notNull(control, "control");
        require(control.id());
        return new ControlCatalog(uuid, title, version, oscalVersion,
                groups.stream().map(g -> replace(g, control)).toList(),
                controls.stream().map(c -> replace(c, control)).toList());
    }

    private static ControlFamily replace(ControlFamily g, CatalogControl control) {
        return new ControlFamily(g.id(), g.title(), g.groups().stream().map(x -> replace(x, control)).toList(),
                g.controls().stream().map(c -> replace(c, control)).toList());
    }

    private static CatalogControl replace(CatalogControl c, CatalogControl control) {
        if (c.id().equals(control.id())) {
            return control;
        }
        return new CatalogControl(c.id(), c.label(), c.title(), c.controlClass(), c.withdrawn(), c.params(),
                c.parts(), c.enhancements().stream().map(e -> replace(e, control)).toList());
    }

    private CatalogControl require(String controlId) {
        return control(controlId).orElseThrow(
                () -> new NotFoundException("catalogue '" + title + "' has no control '" + controlId + "'"));
    }
}
