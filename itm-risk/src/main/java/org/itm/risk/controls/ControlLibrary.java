package org.itm.risk.controls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        tests.get(test.controlId()).add(test);
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

    /** Requirements of {@code framework} with and without an effective control on {@code today}. */
    public synchronized GapReport gapAnalysis(Framework framework, LocalDate today) {
        Checks.notNull(framework, "framework");
        List<Requirement> covered = new ArrayList<>();
        List<Requirement> gaps = new ArrayList<>();
        for (Requirement r : framework.requirements()) {
            RequirementRef ref = new RequirementRef(framework.id(), r.id());
            boolean effective = controls.values().stream()
                    .filter(c -> c.requirements().contains(ref))
                    .anyMatch(c -> effectiveness(c.id(), today) == Effectiveness.EFFECTIVE);
            (effective ? covered : gaps).add(r);
        }
        BigDecimal percent = BigDecimal.valueOf(covered.size() * 100L)
                .divide(BigDecimal.valueOf(framework.requirements().size()), 2, RoundingMode.HALF_UP);
        return new GapReport(framework, covered, gaps, percent);
    }
}
