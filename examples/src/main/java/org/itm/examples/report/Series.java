package org.itm.examples.report;

import java.util.List;
import org.itm.core.validation.Checks;

/** A named series of points for a {@link LineChart}; it may be empty. */
public record Series(String name, List<Point> points) {

    /** Validates the name and copies the points. */
    public Series {
        Checks.notBlank(name, "name");
        Checks.notNull(points, "points");
        points = List.copyOf(points);
    }
}
