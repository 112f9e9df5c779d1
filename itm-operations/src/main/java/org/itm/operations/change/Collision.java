package org.itm.operations.change;

import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * Two changes whose windows overlap and whose CIs are the same or connected.
 *
 * @param first     the change that starts first (ties: the one given first)
 * @param second    the other change
 * @param overlap   the time both windows share
 * @param ciOfFirst the CI of {@code first} that links them
 * @param ciOfSecond the CI of {@code second} that links them (equal to {@code ciOfFirst} for the same CI)
 * @since 0.1
 */
public record Collision(String first, String second, TimeInterval overlap, String ciOfFirst, String ciOfSecond) {

    /**
     * Checks the fields.
     *
     * @param first      id of the change that starts first; not blank
     * @param second     id of the other change; not blank
     * @param overlap    the shared time
     * @param ciOfFirst  linking CI of {@code first}; not blank
     * @param ciOfSecond linking CI of {@code second}; not blank
     * @throws org.itm.core.ItmValidationException naming the first missing field
     */
    public Collision {
        Checks.notBlank(first, "first");
        Checks.notBlank(second, "second");
        Checks.notNull(overlap, "overlap");
        Checks.notBlank(ciOfFirst, "ciOfFirst");
        Checks.notBlank(ciOfSecond, "ciOfSecond");
    }

    /**
     * Whether both changes touch the very same CI rather than connected ones.
     *
     * @return true when {@code ciOfFirst} equals {@code ciOfSecond}
     */
    public boolean sameCi() {
        return ciOfFirst.equals(ciOfSecond);
    }
}
