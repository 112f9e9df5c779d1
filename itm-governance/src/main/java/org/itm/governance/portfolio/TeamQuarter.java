package org.itm.governance.portfolio;

import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * A team in one quarter: the unit in which capacity (FTE) is offered and demanded. As a JSON map key it is written
 * as its {@link #toString()}, {@code platform in 2027-Q2}, and read back with {@link #fromString(String)}.
 *
 * @param team    the team's id
 * @param quarter the quarter
 * @since 0.1
 */
public record TeamQuarter(String team, YearQuarter quarter) implements Comparable<TeamQuarter> {

    private static final String SEPARATOR = " in ";

    /**
     * Checks the components.
     *
     * @param team    the team's id
     * @param quarter the quarter
     * @throws org.itm.core.ItmValidationException naming {@code team} when not an id or {@code quarter} when null
     */
    public TeamQuarter {
        Checks.id(team, "team");
        Checks.notNull(quarter, "quarter");
    }

    /**
     * Parses the {@link #toString()} form, {@code platform in 2027-Q2}; team ids hold no spaces, so the last
     * {@code " in "} separates the team from the quarter.
     *
     * @param text the team and quarter
     * @return the team quarter
     * @throws ItmValidationException naming {@code teamQuarter} when the text has no {@code " in "}, or the team
     *                                or quarter when either is malformed
     */
    public static TeamQuarter fromString(String text) {
        Checks.notNull(text, "teamQuarter");
        int at = text.lastIndexOf(SEPARATOR);
        if (at < 0) {
            throw new ItmValidationException("teamQuarter", "must look like 'platform in 2027-Q2', was '"
                    + (text.length() <= 60 ? text : text.substring(0, 60) + "...") + "'");
        }
        return new TeamQuarter(text.substring(0, at), YearQuarter.parse(text.substring(at + SEPARATOR.length())));
    }

    @Override
    public int compareTo(TeamQuarter o) {
        int c = team.compareTo(o.team);
        return c != 0 ? c : quarter.compareTo(o.quarter);
    }

    @Override
    public String toString() {
        return team + SEPARATOR + quarter;
    }
}
