package org.itm.risk.controls;

import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * One {@code modify.alters[]} entry of an OSCAL profile: parts and parameters a baseline removes from or adds to
 * one control (FedRAMP, for one, adds its own requirement and guidance parts this way). Properties and links are
 * not part of the control model and are not carried.
 *
 * @param controlId   the altered control
 * @param removeIds   ids of parts and parameters to remove ({@code removes[].by-id})
 * @param removeNames names of parts to remove at any depth ({@code removes[].by-name}, e.g. {@code guidance})
 * @param adds        what is added, in document order
 * @since 0.1
 */
public record ControlAlteration(String controlId, List<String> removeIds, List<String> removeNames,
                                List<Addition> adds) {

    /**
     * Checks the components and copies the collections.
     *
     * @param controlId   the altered control
     * @param removeIds   ids of parts and parameters to remove ({@code removes[].by-id})
     * @param removeNames names of parts to remove at any depth ({@code removes[].by-name}, e.g. {@code guidance})
     * @param adds        what is added, in document order
     * @throws org.itm.core.ItmValidationException naming {@code controlId} when blank; {@code removeIds},
     *                                             {@code removeNames} or {@code adds} when null
     */
    public ControlAlteration {
        Checks.notBlank(controlId, "controlId");
        removeIds = List.copyOf(Checks.notNull(removeIds, "removeIds"));
        removeNames = List.copyOf(Checks.notNull(removeNames, "removeNames"));
        adds = List.copyOf(Checks.notNull(adds, "adds"));
    }

    /** Where an {@link Addition} goes, relative to the control or to the part or parameter it names. */
    public enum Position {
        /** First among the children. */
        STARTING,
        /** Last among the children. */
        ENDING,
        /** Just before the named part or parameter. */
        BEFORE,
        /** Just after the named part or parameter. */
        AFTER
    }

    /**
     * Parts and parameters added at one place.
     *
     * @param position where
     * @param byId     the part or parameter the position is relative to; empty for the control itself
     * @param parts    the parts added
     * @param params   the parameters added
     */
    public record Addition(Position position, Optional<String> byId, List<ControlPart> parts,
                           List<ControlParameter> params) {

        /**
         * Checks the components and copies the lists.
         *
         * @param position where
         * @param byId     the part or parameter the position is relative to; empty for the control itself
         * @param parts    the parts added
         * @param params   the parameters added
         * @throws org.itm.core.ItmValidationException naming {@code position}, {@code byId}, {@code parts} or
         *                                             {@code params} when null
         */
        public Addition {
            Checks.notNull(position, "position");
            Checks.notNull(byId, "byId");
            parts = List.copyOf(Checks.notNull(parts, "parts"));
            params = List.copyOf(Checks.notNull(params, "params"));
        }
    }
}
