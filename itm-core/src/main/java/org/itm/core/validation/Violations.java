package org.itm.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.validation.internal.Contract;

/**
 * Collects every problem of an input before failing, so the caller fixes all of them in one go.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.require(name != null && !name.isBlank(), "name", "must not be blank");
 * v.require(weight > 0, "weight", "must be positive");
 * v.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: use one per validation.
 *
 * @since 0.1
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /**
     * Records a violation at {@code path} unless {@code condition} holds; returns {@code condition}.
     *
     * @param condition the check that must hold
     * @param path the property path of the input checked
     * @param message the reason when it fails
     * @return {@code condition}
     */
    @Contract("false, _, _ -> false")
    public boolean require(boolean condition, String path, String message) {
        if (!condition) {
            found.add(new Violation(path, message));
        }
        return condition;
    }

    /**
     * Records a violation unconditionally.
     *
     * @param path the property path of the bad input
     * @param message the reason
     * @return this
     */
    public Violations add(String path, String message) {
        found.add(new Violation(path, message));
        return this;
    }

    /**
     * Records the violations of a nested validation under {@code prefix}.
     *
     * @param prefix the path of the nested input, e.g. {@code targets[2]}
     * @param nested the nested failure
     * @return this
     */
    public Violations addAll(String prefix, ItmValidationException nested) {
        for (Violation v : nested.violations()) {
            found.add(new Violation(prefix.isEmpty() ? v.path() : prefix + "." + v.path(), v.message()));
        }
        return this;
    }

    /**
     * Records every violation of {@code violations}, e.g. those {@link Validation#checkComponents} found.
     *
     * @param violations the violations to record, with their paths as they are
     * @return this
     */
    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /**
     * Runs {@code check}, and records (instead of throwing) any validation failure it raises under {@code prefix}.
     *
     * @param prefix the path the nested violations are placed under
     * @param check the validation to run
     * @return this
     */
    public Violations check(String prefix, Runnable check) {
        try {
            check.run();
        } catch (ItmValidationException e) {
            addAll(prefix, e);
        }
        return this;
    }

    /**
     * Whether no violation was recorded.
     *
     * @return whether the list is empty
     */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The violations recorded so far.
     *
     * @return an unmodifiable copy, in recording order
     */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws an {@link ItmValidationException} with everything recorded, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ItmValidationException(found);
        }
    }
}
