package org.itm.examples.report;

import java.util.List;
import org.itm.core.validation.Checks;

/** A shaded area between a lower and an upper line, such as a forecast's prediction interval. */
public record Band(String name, List<BandPoint> points) {

    /** Validates the name and copies the points. */
    public Band {
        Checks.notBlank(name, "name");
        Checks.notNull(points, "points");
        points = List.copyOf(points);
    }
}
