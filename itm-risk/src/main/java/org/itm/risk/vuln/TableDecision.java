package org.itm.risk.vuln;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The outcome of a decision table and the path that led to it.
 *
 * @param table   name and version of the table used
 * @param outcome the decision, e.g. {@code out-of-cycle}
 * @param path    each decision point in order with the answer taken
 * @since 0.1
 */
public record TableDecision(String table, String outcome, List<Step> path) {

    /**
     * Checks the components and copies the collections.
     *
     * @param table   name and version of the table used
     * @param outcome the decision, e.g. {@code out-of-cycle}
     * @param path    each decision point in order with the answer taken
     * @throws org.itm.core.ItmValidationException naming {@code table} or {@code outcome} when blank; {@code path}
     *                                             when null
     */
    public TableDecision {
        Checks.notBlank(table, "table");
        Checks.notBlank(outcome, "outcome");
        path = List.copyOf(Checks.notNull(path, "path"));
    }

    /**
     * One answered question.
     *
     * @param decisionPoint the decision point's name, e.g. {@code Exploitation}
     * @param value         the answer taken, e.g. {@code active}
     */
    public record Step(String decisionPoint, String value) {
        /**
         * Checks the components.
         *
         * @param decisionPoint the decision point's name; not blank
         * @param value         the answer taken; not blank
         * @throws org.itm.core.ItmValidationException naming {@code decisionPoint} or {@code value} when blank
         */
        public Step {
            Checks.notBlank(decisionPoint, "decisionPoint");
            Checks.notBlank(value, "value");
        }
    }

    /**
     * The path and outcome as one line.
     *
     * @return e.g. {@code "Exploitation=active -> System Exposure=open -> Automatable=yes -> Human Impact=high =>
     *         immediate (SSVC Deployer Patch Application Priority 1.0.0)"}
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        for (Step s : path) {
            if (sb.length() > 0) {
                sb.append(" -> ");
            }
            sb.append(s.decisionPoint()).append('=').append(s.value());
        }
        return sb.append(" => ").append(outcome).append(" (").append(table).append(')').toString();
    }
}
