package org.itm.core.rule;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * Why a condition held or failed for one fact: the condition, the verdict, a detail (for a field comparison the
 * actual field value, e.g. {@code actual 12}) and the results of the parts that were evaluated.
 *
 * <p>Composite conditions short-circuit: {@code all} stops at the first part that fails and {@code any} at the
 * first that holds, so {@link #parts()} lists exactly the parts that decided the verdict, in order.
 *
 * @param condition the condition, as text, e.g. {@code affectedUsers gte 100}
 * @param holds     whether the condition held
 * @param detail    why, e.g. {@code actual 12} or {@code field is absent}; may be empty
 * @param parts     results of the evaluated parts of a composite condition; empty for a leaf
 * @since 0.1
 */
public record ConditionResult(String condition, boolean holds, String detail, List<ConditionResult> parts) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param condition the condition, as text, e.g. {@code affectedUsers gte 100}
     * @param holds whether the condition held
     * @param detail why, e.g. {@code actual 12} or {@code field is absent}; may be empty
     * @param parts results of the evaluated parts of a composite condition; empty for a leaf
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public ConditionResult {
        Checks.notBlank(condition, "condition");
        Checks.notNull(detail, "detail");
        parts = List.copyOf(Checks.notNull(parts, "parts"));
    }

    /**
     * A result without parts.
     *
     * @param condition the condition's description
     * @param holds whether it held
     * @param detail why, e.g. {@code actual HIGH}
     * @return the result
     */
    public static ConditionResult leaf(String condition, boolean holds, String detail) {
        return new ConditionResult(condition, holds, detail, List.of());
    }

    /**
     * The result as an indented tree, one line per evaluated condition, e.g.
     * <pre>
     * [failed] all(impact eq HIGH, affectedUsers gte 100): part 2 of 2 failed
     *   [held] impact eq HIGH: actual HIGH
     *   [failed] affectedUsers gte 100: actual 12
     * </pre>
     *
     * @return the tree as text, lines separated by {@code \n}
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, "");
        return out.toString().stripTrailing();
    }

    void render(StringBuilder out, String indent) {
        out.append(indent).append(holds ? "[held] " : "[failed] ").append(condition);
        if (!detail.isEmpty()) {
            out.append(": ").append(detail);
        }
        out.append('\n');
        for (ConditionResult part : parts) {
            part.render(out, indent + "  ");
        }
    }

    @Override
    public String toString() {
        return render();
    }
}
