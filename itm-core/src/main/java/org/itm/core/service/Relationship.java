package org.itm.core.service;

import org.itm.core.validation.Checks;

/**
 * A typed, directed edge of the service model: {@code source} needs {@code target}. Reading "A DEPENDS_ON B"
 * means a failure of B affects A; the same holds for {@link RelationshipType#RUNS_ON} and
 * {@link RelationshipType#CONNECTS_TO}.
 *
 * @param source the element that needs the target
 * @param type   the kind of need
 * @param target the element needed; not the source itself
 * @since 0.1
 */
public record Relationship(ElementId source, RelationshipType type, ElementId target) {

    /**
     * Checks the components and throws if any is invalid.
     *
     * @param source the element that needs the target
     * @param type the kind of need
     * @param target the element needed; not the source itself
     * @throws org.itm.core.ItmValidationException naming each invalid component
     */
    public Relationship {
        Checks.notNull(source, "source");
        Checks.notNull(type, "type");
        Checks.notNull(target, "target");
        Checks.require(!source.equals(target), "target", "must differ from the source " + source);
    }

    /**
     * {@code source} DEPENDS_ON {@code target}.
     *
     * @param source the element that needs {@code target}
     * @param target the element needed
     * @return the relationship
     */
    public static Relationship dependsOn(ElementId source, ElementId target) {
        return new Relationship(source, RelationshipType.DEPENDS_ON, target);
    }

    /**
     * {@code source} RUNS_ON {@code target}.
     *
     * @param source the element that runs on {@code target}
     * @param target the host
     * @return the relationship
     */
    public static Relationship runsOn(ElementId source, ElementId target) {
        return new Relationship(source, RelationshipType.RUNS_ON, target);
    }

    /**
     * {@code source} CONNECTS_TO {@code target}.
     *
     * @param source the element that connects
     * @param target the element connected to
     * @return the relationship
     */
    public static Relationship connectsTo(ElementId source, ElementId target) {
        return new Relationship(source, RelationshipType.CONNECTS_TO, target);
    }

    @Override
    public String toString() {
        return source + " " + type + " " + target;
    }
}
