package org.itm.operations.alert.internal;

import org.itm.core.validation.Checks;

/**
 * How many groups a stored correlator has opened, kept beside its groups so a restarted correlator numbers new
 * groups after the old ones.
 *
 * @param name         the correlator's name
 * @param groupsOpened groups opened so far
 */
public record CorrelatorProgress(String name, long groupsOpened) {

    public CorrelatorProgress {
        Checks.notBlank(name, "name");
        Checks.notNegative(groupsOpened, "groupsOpened");
    }
}
