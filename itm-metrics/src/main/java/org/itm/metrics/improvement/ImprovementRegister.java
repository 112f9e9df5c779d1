package org.itm.metrics.improvement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;

/**
 * The continual improvement register as an immutable value: every change returns a new register, so a failed
 * change leaves the old one as it was. To keep it across restarts, store its initiatives in an
 * {@link ImprovementInitiativeRepository}.
 *
 * @param initiatives the initiatives in the order they were added
 * @since 0.1
 */
public record ImprovementRegister(List<ImprovementInitiative> initiatives) {

    /**
     * A register of the given initiatives, copied.
     *
     * @param initiatives the initiatives, with distinct ids
     * @throws ItmValidationException if {@code initiatives} is null or two share an id
     */
    public ImprovementRegister {
        initiatives = List.copyOf(Checks.notNull(initiatives, "initiatives"));
        Map<String, ImprovementInitiative> seen = new LinkedHashMap<>();
        for (ImprovementInitiative i : initiatives) {
            if (seen.put(i.id(), i) != null) {
                throw new ItmValidationException("initiatives", "duplicate id '" + i.id() + "'");
            }
        }
    }

    /**
     * The register before the first initiative.
     *
     * @return a register without initiatives
     */
    public static ImprovementRegister empty() {
        return new ImprovementRegister(List.of());
    }

    /**
     * A register with {@code initiative} added at the end; this one is unchanged.
     *
     * @param initiative an initiative whose id is not registered yet
     * @return the new register
     * @throws ItmValidationException if the id is already registered
     */
    public ImprovementRegister add(ImprovementInitiative initiative) {
        Checks.notNull(initiative, "initiative");
        if (find(initiative.id()).isPresent()) {
            throw new ItmValidationException("initiative.id", "already registered: '" + initiative.id() + "'");
        }
        List<ImprovementInitiative> copy = new ArrayList<>(initiatives);
        copy.add(initiative);
        return new ImprovementRegister(copy);
    }

    /**
     * A register where initiative {@code id} moved to stage {@code next}; this one is unchanged.
     *
     * @param id a registered initiative's id
     * @param next one of the initiative's allowed next stages
     * @return the new register
     * @throws NotFoundException if there is no such initiative
     * @throws org.itm.core.IllegalStateTransitionException if PDCA does not allow the move
     */
    public ImprovementRegister moveTo(String id, PdcaStage next) {
        ImprovementInitiative current = find(id).orElseThrow(() -> new NotFoundException("improvement initiative '"
                + id + "' is not registered"));
        ImprovementInitiative moved = current.moveTo(next);
        return new ImprovementRegister(initiatives.stream().map(i -> i.id().equals(id) ? moved : i).toList());
    }

    /**
     * Looks an initiative up by id.
     *
     * @param id the initiative's id
     * @return the initiative, or empty if none has that id
     */
    public Optional<ImprovementInitiative> find(String id) {
        return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The initiatives in one stage, e.g. those due a CHECK for the next review.
     *
     * @param stage the stage
     * @return the initiatives currently in {@code stage}, in the order they were added
     */
    public List<ImprovementInitiative> inStage(PdcaStage stage) {
        return initiatives.stream().filter(i -> i.stage() == stage).toList();
    }
}
