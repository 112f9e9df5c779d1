package org.itm.risk.controls;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A parameter of a catalogue control (an "organization-defined" value): either an assignment described by its
 * label and guidelines, or a selection among {@link #choices()}. A profile or the organisation may give it
 * {@link #values()}.
 *
 * @param id         the parameter id, e.g. {@code ac-02_odp.01}
 * @param label      the short description, e.g. {@code prerequisites and criteria}
 * @param guidelines what the value must say, e.g. {@code prerequisites and criteria ... are defined;}
 * @param values     values set for it (empty while the organisation has not defined it)
 * @param howMany    for a selection, {@code one} or {@code one-or-more}
 * @param choices    for a selection, the choices in document order; empty for an assignment
 * @param aggregates ids of the parameters this one stands for, from the {@code aggregates} property
 * @since 0.1
 */
public record ControlParameter(String id, Optional<String> label, List<String> guidelines, List<String> values,
                               Optional<String> howMany, List<String> choices, List<String> aggregates) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id         the parameter id, e.g. {@code ac-02_odp.01}
     * @param label      the short description, e.g. {@code prerequisites and criteria}
     * @param guidelines what the value must say, e.g. {@code prerequisites and criteria ... are defined;}
     * @param values     values set for it (empty while the organisation has not defined it)
     * @param howMany    for a selection, {@code one} or {@code one-or-more}
     * @param choices    for a selection, the choices in document order; empty for an assignment
     * @param aggregates ids of the parameters this one stands for, from the {@code aggregates} property
     * @throws org.itm.core.ItmValidationException naming {@code id} when blank; {@code label}, {@code guidelines},
     *                                             {@code values}, {@code howMany}, {@code choices} or
     *                                             {@code aggregates} when null
     */
    public ControlParameter {
        Checks.notBlank(id, "id");
        Checks.notNull(label, "label");
        guidelines = List.copyOf(Checks.notNull(guidelines, "guidelines"));
        values = List.copyOf(Checks.notNull(values, "values"));
        Checks.notNull(howMany, "howMany");
        choices = List.copyOf(Checks.notNull(choices, "choices"));
        aggregates = List.copyOf(Checks.notNull(aggregates, "aggregates"));
    }

    /**
     * Whether the value is picked among {@link #choices()} rather than written freely.
     *
     * @return {@code true} when the parameter has choices
     */
    public boolean isSelection() {
        return !choices.isEmpty();
    }

    /**
     * This parameter with {@code newValues} set, as a profile's {@code set-parameters} does.
     *
     * @param newValues the values
     * @return the parameter with them
     */
    public ControlParameter withValues(List<String> newValues) {
        return new ControlParameter(id, label, guidelines, newValues, howMany, choices, aggregates);
    }

    /**
     * How the parameter reads inside a statement, as NIST prints it: its values when set, else
     * {@code [Assignment: label]} or {@code [Selection (one or more): a; b]}.
     *
     * @return the rendered text
     */
    public String render() {
        if (!values.isEmpty()) {
            return String.join(", ", values);
        }
        if (isSelection()) {
            String many = howMany.filter("one-or-more"::equals).map(h -> " (one or more)").orElse("");
            return "[Selection" + many + ": " + String.join("; ", choices) + "]";
        }
        return "[Assignment: " + label.orElse(id) + "]";
    }
}
