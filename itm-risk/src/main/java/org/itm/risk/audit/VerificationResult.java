package org.itm.risk.audit;

import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The outcome of {@link AuditLog#verify()}: valid, or the first bad position and why it is bad.
 *
 * @param valid         true when every check passed
 * @param checked       number of records examined
 * @param firstBadIndex position of the first record that failed a check
 * @param reason        what failed, e.g. "hash does not match the entry (modified)"
 * @since 0.1
 */
public record VerificationResult(boolean valid, long checked, Optional<Long> firstBadIndex, String reason) {

    /**
     * Checks the components.
     *
     * @param valid         true when every check passed
     * @param checked       number of records examined
     * @param firstBadIndex position of the first record that failed a check
     * @param reason        what failed, e.g. "hash does not match the entry (modified)"
     */
    public VerificationResult {
        Checks.notNull(firstBadIndex, "firstBadIndex");
        Checks.notNull(reason, "reason");
        Checks.require(valid == firstBadIndex.isEmpty(), "firstBadIndex", "is present exactly when invalid");
    }

    static VerificationResult ok(long checked) {
        return new VerificationResult(true, checked, Optional.empty(), "all " + checked + " records verified");
    }

    static VerificationResult bad(long checked, long index, String reason) {
        return new VerificationResult(false, checked, Optional.of(index), reason);
    }
}
