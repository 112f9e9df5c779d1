package org.itm.risk.controls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A compliance framework's requirements (identifiers and titles), as a forest: each requirement may name a parent
 * that comes before it. The shipped ones: {@link #iso27001()} (the 93 Annex A controls, one level),
 * {@link #nistCsf2()} (6 functions, 22 categories and 106 subcategories, three levels) and {@link #cisV8()} (18
 * controls and 153 safeguards, two levels). Walk it with {@link #topLevel()}, {@link #children(String)} and
 * {@link #atDepth(int)}.
 *
 * @param id           framework id used in {@link RequirementRef}
 * @param name         display name
 * @param requirements requirements in document order; ids unique, every parent listed before its children
 * @since 0.1
 */
public record Framework(String id, String name, List<Requirement> requirements) {

    /** The id of ISO/IEC 27001:2022 Annex A, as in {@link RequirementRef#iso27001(String)}. */
    public static final String ISO_27001_2022 = "ISO27001:2022";
    /** The id of the NIST Cybersecurity Framework 2.0, as in {@link RequirementRef#nistCsf(String)}. */
    public static final String NIST_CSF_2_0 = "NIST-CSF:2.0";
    /** The id of the CIS Critical Security Controls v8, as in {@link RequirementRef#cis(String)}. */
    public static final String CIS_V8 = "CIS:8";

    /**
     * Checks the components and copies the requirements.
     *
     * @param id           framework id; not blank
     * @param name         display name; not blank
     * @param requirements requirements in document order, at least one
     * @throws org.itm.core.ItmValidationException naming {@code id} or {@code name} when blank, {@code requirements}
     *                                             when empty, and then every {@code requirements[i].framework} that
     *                                             is not {@code id}, {@code requirements[i].parent} not listed before
     *                                             it, and {@code requirements[i].id} given twice
     */
    public Framework {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notEmpty(requirements, "requirements");
        requirements = List.copyOf(requirements);
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            String path = "requirements[" + i + "]";
            v.require(r.framework().equals(id), path + ".framework",
                    "must be '" + id + "', was '" + r.framework() + "'");
            // a parent must come earlier: this also rules out cycles and lets analyses run in one pass
            r.parent().ifPresent(p -> v.require(seen.contains(p), path + ".parent",
                    "'" + p + "' of '" + r.id() + "' must be listed before it"));
            v.require(seen.add(r.id()), path + ".id", "duplicate requirement '" + r.id() + "'");
        }
        v.throwIfAny();
    }

    /**
     * ISO/IEC 27001:2022 Annex A: the 93 controls, one level, e.g. {@code 5.15} Access control.
     *
     * @return the shipped framework, id {@link #ISO_27001_2022}
     */
    public static Framework iso27001() {
        return Shipped.ISO;
    }

    /**
     * The NIST Cybersecurity Framework 2.0: 6 functions, 22 categories, 106 subcategories (e.g.
     * {@code GV} → {@code GV.OC} → {@code GV.OC-01}).
     *
     * @return the shipped framework, id {@link #NIST_CSF_2_0}
     */
    public static Framework nistCsf2() {
        return Shipped.CSF;
    }

    /**
     * The CIS Critical Security Controls v8: 18 controls and 153 safeguards (e.g. {@code 7} → {@code 7.1}).
     *
     * @return the shipped framework, id {@link #CIS_V8}
     */
    public static Framework cisV8() {
        return Shipped.CIS;
    }

    /**
     * A shipped framework by id.
     *
     * @param id {@link #ISO_27001_2022}, {@link #NIST_CSF_2_0} or {@link #CIS_V8}
     * @return the framework, or empty for any other id
     */
    public static Optional<Framework> shipped(String id) {
        return Optional.ofNullable(Shipped.BY_ID.get(id));
    }

    /**
     * A requirement by id.
     *
     * @param requirementId the requirement's id, e.g. {@code 5.15}
     * @return the requirement, or empty when the framework has none with that id
     */
    public Optional<Requirement> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }

    /**
     * Requirements without a parent (functions, controls, Annex A controls), in document order.
     *
     * @return the top-level requirements
     */
    public List<Requirement> topLevel() {
        return requirements.stream().filter(Requirement::isTopLevel).toList();
    }

    /**
     * The requirements directly inside {@code requirementId}, in document order; empty for a leaf.
     *
     * @param requirementId the parent requirement's id
     * @return its children
     * @throws org.itm.core.ItmValidationException naming {@code requirementId} when blank
     * @throws NotFoundException if the framework has no such requirement
     */
    public List<Requirement> children(String requirementId) {
        Requirement parent = require(requirementId);
        return requirements.stream().filter(r -> r.parent().filter(parent.id()::equals).isPresent()).toList();
    }

    /**
     * How deep {@code requirementId} sits: 1 for a top-level requirement, 2 for its children, and so on.
     *
     * @param requirementId the requirement's id
     * @return its depth, 1 or more
     * @throws org.itm.core.ItmValidationException naming {@code requirementId} when blank
     * @throws NotFoundException if the framework has no such requirement
     */
    public int depth(String requirementId) {
        Requirement r = require(requirementId);
        int depth = 1;
        while (r.parent().isPresent()) {
            r = require(r.parent().get());
            depth++;
        }
        return depth;
    }

    /**
     * The requirements at one depth, e.g. {@code atDepth(3)} for the 106 subcategories of NIST CSF 2.0.
     *
     * @param depth 1 for the top level, 2 for its children, and so on
     * @return the requirements in document order; empty below the deepest level
     * @throws org.itm.core.ItmValidationException naming {@code depth} when it is not positive
     */
    public List<Requirement> atDepth(int depth) {
        Checks.positive(depth, "depth");
        return requirements.stream().filter(r -> depth(r.id()) == depth).toList();
    }

    /**
     * The number of levels.
     *
     * @return 1 for a flat list, 3 for NIST CSF 2.0 (function, category, subcategory)
     */
    public int levels() {
        return requirements.stream().mapToInt(r -> depth(r.id())).max().orElse(0);
    }

    private Requirement require(String requirementId) {
        Checks.notBlank(requirementId, "requirementId");
        return requirement(requirementId).orElseThrow(
                () -> new NotFoundException(id + " has no requirement '" + requirementId + "'"));
    }

    private static final class Shipped {
        static final Framework ISO = load(ISO_27001_2022, "ISO/IEC 27001:2022 Annex A", "iso27001-2022-annex-a.tsv");
        static final Framework CSF = load(NIST_CSF_2_0, "NIST Cybersecurity Framework 2.0", "nist-csf-2.0.tsv");
        static final Framework CIS = load(CIS_V8, "CIS Critical Security Controls v8", "cis-controls-v8.tsv");
        static final Map<String, Framework> BY_ID = Map.of(ISO.id(), ISO, CSF.id(), CSF, CIS.id(), CIS);

        private static Framework load(String id, String name, String resource) {
            List<Requirement> requirements = new ArrayList<>();
            try (InputStream in = Framework.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    // id <TAB> title [<TAB> parent id]; duplicates and unknown parents are caught by the constructor
                    String[] parts = line.split("\t", -1);
                    if (parts.length < 2 || parts.length > 3) {
                        throw new IllegalStateException("bad line in " + resource + ": " + line);
                    }
                    requirements.add(parts.length == 2
                            ? new Requirement(id, parts[0], parts[1].strip())
                            : new Requirement(id, parts[0], parts[1].strip(), parts[2].strip()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Framework(id, name, requirements);
        }
    }
}
