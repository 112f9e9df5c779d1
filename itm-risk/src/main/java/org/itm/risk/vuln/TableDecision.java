package org.itm.risk.vuln;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The outcome of a decision table and the path that led to it.
 *
 * @param table   name and version of the table used
 * @param outcome the decision, e.g. {@code out-of-cycle}
 * @param path    each decision point in order with the answer taken
 */
public record TableDecision(String table, String outcome, List<Step> path) {

    public TableDecision {
        Checks.notBlank(table, "table");
        Checks.notBlank(outcome, "outcome");
        path = List.copyOf(Checks.notNull(path, "path"));
    }

    /** One answered question. */
    public record Step(String decisionPoint, String value) {
        public Step {
            Checks.notBlank(decisionPoint, "decisionPoint");
            Checks.notBlank(value, "value");
        }
    }

    /** e.g. "Exploitation=active → System Exposure=open → ... ⇒ immediate". */
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
