package org.itm.operations.sla;

import org.itm.core.rule.FactSchema;

/**
 * The fields an SLA's {@link SlaDefinition#condition()} may test, read from a {@link SlaTimeline}: the opening
 * priority as {@code priority}, and the ticket attributes {@code service}, {@code team}, {@code category},
 * {@code ci}, {@code customer}, {@code source} and {@code major} (all strings; absent attributes never match).
 *
 * <pre>{@code
 * condition: {all: [{field: service, op: in, value: [shop, payments]}, {field: major, op: eq, value: "true"}]}
 * }</pre>
 *
 * @since 0.1
 */
public final class SlaFacts {

    /** The schema conditions are compiled against. */
    public static final FactSchema<SlaTimeline> SCHEMA = FactSchema.<SlaTimeline>builder()
            .string("priority", t -> t.first().priority())
            .string("service", t -> t.attributes().get("service"))
            .string("team", t -> t.attributes().get("team"))
            .string("category", t -> t.attributes().get("category"))
            .string("ci", t -> t.attributes().get("ci"))
            .string("customer", t -> t.attributes().get("customer"))
            .string("source", t -> t.attributes().get("source"))
            .string("major", t -> t.attributes().get("major"))
            .build();

    private SlaFacts() {
    }
}
