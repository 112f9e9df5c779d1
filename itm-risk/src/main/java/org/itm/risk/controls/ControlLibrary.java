package org.itm.risk.controls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;

/**
 * The control library: controls, their test history, effectiveness, monitoring and gap analysis. A control's
 * effectiveness is its latest test's result while that test is within the control's test period; an outdated or
 * missing test means {@link Effectiveness#NOT_TESTED}. Thread-safe.
 */
public final class ControlLibrary {

    private final OwnerNotifier notifier;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, List<ControlTest>> tests = new LinkedHashMap<>();

    private ControlLibrary(OwnerNotifier notifier) {
        this.notifier = notifier;
    }

    public static ControlLibrary create(OwnerNotifier notifier) {
        return new ControlLibrary(Checks.notNull(notifier, "notifier"));
    }

    /** Adds or replaces a control; requirement references to shipped frameworks must exist. */
    public synchronized Control put(Control control) {
        Checks.notNull(control, "control");
        for (RequirementRef ref : control.requirements()) {
            Framework.shipped(ref.framework()).ifPresent(f -> {
                if (f.requirement(ref.id()).isEmpty()) {
                    throw new ItmValidationException("requirements", ref.framework() + " has no requirement '"
                            + ref.id() + "'");
                }
            });
        }
        controls.put(control.id(), control);
        tests.putIfAbsent(control.id(), new ArrayList<>());
        return control;
    }

    public synchronized Optional<Control> get(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    public synchronized List<Control> all() {
        return List.copyOf(controls.values());
    }

    /** Controls that reduce {@code riskId}. */
    public synchronized List<Control> forRisk(String riskId) {
        return controls.values().stream().filter(c -> c.risks().contains(riskId)).toList();
    }

    /** Records a performed test of a known control. */
    public synchronized void record(ControlTest test) {
        Checks.notNull(test, "test");
        if (!controls.containsKey(test.controlId())) {
            throw new NotFoundException("control " + test.controlId() + " is not in the library");
        }
        Objects.requireNonNull(tests.get(test.controlId())).add(test);
    }

    public synchronized List<ControlTest> tests(String controlId) {
        return List.copyOf(tests.getOrDefault(controlId, List.of()));
    }

    private Optional<ControlTest> latest(String controlId) {
        return tests.getOrDefault(controlId, List.of()).stream()
                .max(Comparator.comparing(ControlTest::performedOn));
    }

    /** Effectiveness of a control on {@code today}. */
    public synchronized Effectiveness effectiveness(String controlId, LocalDate today) {
        Control c = controls.get(controlId);
        if (c == null) {
            throw new NotFoundException("control " + controlId + " is not in the library");
        }
        Optional<ControlTest> last = latest(controlId);
        if (last.isEmpty() || last.get().performedOn().plus(c.testEvery()).isBefore(today)) {
            return Effectiveness.NOT_TESTED;
        }
        return switch (last.get().result()) {
            case PASS -> Effectiveness.EFFECTIVE;
            case PARTIAL -> Effectiveness.PARTIALLY_EFFECTIVE;
            case FAIL -> Effectiveness.INEFFECTIVE;
        };
    }

    /** Flags overdue tests and failing controls on {@code today} and notifies each owner. */
    public List<ControlFinding> monitor(LocalDate today) {
        Checks.notNull(today, "today");
        List<ControlFinding> findings = new ArrayList<>();
        synchronized (this) {
            for (Control c : controls.values()) {
                Optional<ControlTest> last = latest(c.id());
                if (last.isEmpty()) {
                    findings.add(new ControlFinding(c, ControlFinding.Kind.TEST_OVERDUE, "never tested"));
                } else {
                    LocalDate due = last.get().performedOn().plus(c.testEvery());
                    if (due.isBefore(today)) {
                        findings.add(new ControlFinding(c, ControlFinding.Kind.TEST_OVERDUE, "last tested "
                                + last.get().performedOn() + ", due every " + c.testEvery() + ": overdue since " + due));
                    }
                    if (last.get().result() == TestResult.FAIL) {
                        findings.add(new ControlFinding(c, ControlFinding.Kind.FAILING, "last test on "
                                + last.get().performedOn() + " failed (evidence " + last.get().evidence() + ")"));
                    }
                }
            }
        }
        // outside the lock: a slow notifier must not block the library
        findings.forEach(f -> notifier.notify(f.control().owner(), f));
        return List.copyOf(findings);
    }

    /**
     * Gap analysis of the top level of {@code framework} (ISO Annex A controls, CSF functions, CIS controls) on
     * {@code today}; see {@link #gapAnalysis(Framework, int, LocalDate)} for the coverage rule.
     */
    public GapReport gapAnalysis(Framework framework, LocalDate today) {
        return gapAnalysis(framework, 1, today);
    }

    /**
     * Requirements at {@code depth} of {@code framework} (1 = top level; for NIST CSF 2.0: 1 functions, 2 categories,
     * 3 subcategories; for CIS v8: 1 controls, 2 safeguards) with and without coverage on {@code today}.
     *
     * <p>Coverage rolls up, never down. A requirement is covered when a control mapped to it is
     * {@link Effectiveness#EFFECTIVE}, or when it has requirements inside it and all of those are covered. A control
     * mapped to a category does <em>not</em> cover the subcategories inside it: the category-level claim says nothing
     * about which of the individual outcomes were tested, so each subcategory still needs its own effective control
     * (or, for a deeper framework, all of its own children covered).
     *
     * @throws org.itm.core.ItmValidationException if {@code depth} is below 1 or deeper than the framework
     */
    public synchronized GapReport gapAnalysis(Framework framework, int depth, LocalDate today) {
        Checks.notNull(framework, "framework");
        Checks.positive(depth, "depth");
        Checks.notNull(today, "today");
        List<Requirement> level = framework.atDepth(depth);
        if (level.isEmpty()) {
            throw new ItmValidationException("depth", framework.id() + " has " + framework.levels()
                    + " level(s), asked for level " + depth);
        }
        Map<String, Effectiveness> effectiveness = new HashMap<>();
        controls.keySet().forEach(id -> effectiveness.put(id, effectiveness(id, today)));
        Map<String, List<Requirement>> children = new HashMap<>();
        framework.requirements().forEach(r -> r.parent().ifPresent(
                p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(r)));
        Map<String, Boolean> isCovered = new HashMap<>();
        Map<String, String> why = new HashMap<>();
        List<Requirement> all = framework.requirements();
        // parents precede their children (Framework guarantees it), so walking backwards sees children first
        for (int i = all.size() - 1; i >= 0; i--) {
            Requirement r = all.get(i);
            RequirementRef ref = new RequirementRef(framework.id(), r.id());
            List<Control> mapped = controls.values().stream().filter(c -> c.requirements().contains(ref)).toList();
            List<String> effective = mapped.stream().map(Control::id)
                    .filter(id -> effectiveness.get(id) == Effectiveness.EFFECTIVE).sorted().toList();
            List<Requirement> inside = children.getOrDefault(r.id(), List.of());
            long insideCovered = inside.stream().filter(c -> Objects.requireNonNull(isCovered.get(c.id()))).count();
            boolean covered = !effective.isEmpty() || (!inside.isEmpty() && insideCovered == inside.size());
            isCovered.put(r.id(), covered);
            why.put(r.id(), reason(effective, mapped, effectiveness, inside.size(), insideCovered));
        }
        List<Requirement> covered = new ArrayList<>();
        List<Requirement> gaps = new ArrayList<>();
        for (Requirement r : level) {
            (Objects.requireNonNull(isCovered.get(r.id())) ? covered : gaps).add(r);
        }
        Map<String, String> levelWhy = new HashMap<>();
        level.forEach(r -> levelWhy.put(r.id(), why.get(r.id())));
        BigDecimal percent = BigDecimal.valueOf(covered.size() * 100L)
                .divide(BigDecimal.valueOf(level.size()), 2, RoundingMode.HALF_UP);
        return new GapReport(framework, depth, covered, gaps, percent, levelWhy);
    }

    private static String reason(List<String> effective, List<Control> mapped, Map<String, Effectiveness> effectiveness,
                                 int inside, long insideCovered) {
        if (!effective.isEmpty()) {
            return (effective.size() == 1 ? "effective control " : "effective controls ") + String.join(", ", effective);
        }
        String insidePart = inside == 0 ? "" : "; " + insideCovered + " of " + inside + " requirements inside it covered";
        if (inside > 0 && insideCovered == inside) {
            return "all " + inside + " requirements inside it covered";
        }
        String mappedPart = mapped.isEmpty() ? "no control mapped to it"
                : "no effective control mapped to it (" + mapped.stream().map(Control::id).sorted()
                        .map(id -> id + " " + effectiveness.get(id)).collect(Collectors.joining(", ")) + ")";
        return mappedPart + insidePart;
    }
}
