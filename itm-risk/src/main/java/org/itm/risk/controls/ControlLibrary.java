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
 *
 * @since 0.1
 */
public final class ControlLibrary {

    private final OwnerNotifier notifier;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, List<ControlTest>> tests = new LinkedHashMap<>();

    private ControlLibrary(OwnerNotifier notifier) {
        this.notifier = notifier;
    }

    /**
     * An empty library.
     *
     * @param notifier told of every finding {@link #monitor} raises, addressed to the control's owner
     * @return the library
     * @throws ItmValidationException naming {@code notifier} when null
     */
    public static ControlLibrary create(OwnerNotifier notifier) {
        return new ControlLibrary(Checks.notNull(notifier, "notifier"));
    }

    /**
     * Adds or replaces a control, keeping the test history of its id; references to requirements of a shipped
     * {@link Framework} must exist (references to other frameworks are taken as they are).
     *
     * @param control the control
     * @return {@code control}
     * @throws ItmValidationException naming {@code control} when null, or {@code requirements} for a reference to a
     *                                requirement the shipped framework lacks; the library is unchanged
     */
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

    /**
     * A control by id.
     *
     * @param id the control's id
     * @return the control, or empty when the library has none with that id
     */
    public synchronized Optional<Control> get(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    /**
     * Every control, in the order first added.
     *
     * @return an unmodifiable snapshot
     */
    public synchronized List<Control> all() {
        return List.copyOf(controls.values());
    }

    /**
     * Controls that reduce a risk of the register.
     *
     * @param riskId the risk's id, as in {@link Control#risks()}
     * @return the controls, in the order added; empty when none names the risk
     */
    public synchronized List<Control> forRisk(String riskId) {
        return controls.values().stream().filter(c -> c.risks().contains(riskId)).toList();
    }

    /**
     * Records a performed test of a known control.
     *
     * @param test the test
     * @throws ItmValidationException naming {@code test} when null
     * @throws NotFoundException      when the library has no control with the test's control id
     */
    public synchronized void record(ControlTest test) {
        Checks.notNull(test, "test");
        if (!controls.containsKey(test.controlId())) {
            throw new NotFoundException("control " + test.controlId() + " is not in the library");
        }
        Objects.requireNonNull(tests.get(test.controlId())).add(test);
    }

    /**
     * The recorded tests of a control.
     *
     * @param controlId the control's id
     * @return the tests in the order recorded; empty for an unknown control
     */
    public synchronized List<ControlTest> tests(String controlId) {
        return List.copyOf(tests.getOrDefault(controlId, List.of()));
    }

    private Optional<ControlTest> latest(String controlId) {
        return tests.getOrDefault(controlId, List.of()).stream()
                .max(Comparator.comparing(ControlTest::performedOn));
    }

    /**
     * Effectiveness of a control on a day: its latest test's result (by performance date) while that test is within
     * the control's test period, else {@link Effectiveness#NOT_TESTED}.
     *
     * @param controlId the control's id
     * @param today     the day to judge on
     * @return the effectiveness
     * @throws NotFoundException when the library has no control with that id
     */
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

    /**
     * Flags overdue tests (never tested, or the test period past) and failing controls (latest test failed) on a day,
     * and notifies each owner through the {@link OwnerNotifier}, outside the library's lock.
     *
     * @param today the day to judge on
     * @return the findings, by control in the order added
     * @throws ItmValidationException naming {@code today} when null
     */
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
     *
     * @param framework the framework
     * @param today     the day effectiveness is judged on
     * @return the covered requirements and gaps, with reasons
     * @throws ItmValidationException naming {@code framework} or {@code today} when null
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
     * @param framework the framework
     * @param depth     the level to report on, 1 to {@link Framework#levels()}
     * @param today     the day effectiveness is judged on
     * @return the covered requirements and gaps of that level, with reasons
     * @throws org.itm.core.ItmValidationException naming {@code depth} if it is below 1 or deeper than the framework,
     *                                             or {@code framework} or {@code today} when null
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
