package org.itm.risk.controls;

import java.util.List;
import java.util.regex.Pattern;
import org.itm.core.validation.Checks;

/**
 * One {@code include-controls} or {@code exclude-controls} entry of an OSCAL profile import: controls named by
 * id, or matched by a glob pattern ({@code *} any run, {@code ?} one character, e.g. {@code ac-*}), optionally
 * with all their enhancements.
 *
 * @param withIds           control ids, e.g. {@code ac-2}
 * @param matching          glob patterns over control ids
 * @param withChildControls whether the enhancements of every selected control come along ({@code yes})
 * @since 0.1
 */
public record ControlSelection(List<String> withIds, List<String> matching, boolean withChildControls) {

    /**
     * Checks the components and copies the collections.
     *
     * @param withIds           control ids, e.g. {@code ac-2}
     * @param matching          glob patterns over control ids
     * @param withChildControls whether the enhancements of every selected control come along ({@code yes})
     * @throws org.itm.core.ItmValidationException naming {@code withIds} or {@code matching} when null;
     *                                             {@code withIds} or {@code matching} when blank
     */
    public ControlSelection {
        withIds = List.copyOf(Checks.notNull(withIds, "withIds"));
        matching = List.copyOf(Checks.notNull(matching, "matching"));
        withIds.forEach(id -> Checks.notBlank(id, "withIds"));
        matching.forEach(m -> Checks.notBlank(m, "matching"));
    }

    /**
     * A selection of controls by id, without their enhancements.
     *
     * @param ids the ids
     * @return the selection
     */
    public static ControlSelection ids(String... ids) {
        return new ControlSelection(List.of(ids), List.of(), false);
    }

    /** Whether {@code controlId} matches one of {@link #matching()}. */
    boolean matches(String controlId) {
        return matching.stream().anyMatch(m -> glob(m).matcher(controlId).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            re.append(switch (ch) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(ch));
            });
        }
        return Pattern.compile(re.toString());
    }
}
