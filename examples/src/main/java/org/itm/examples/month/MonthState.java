package org.itm.examples.month;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.embed.OperationsServices;
import org.itm.operations.incident.Incident;
import org.itm.operations.problem.Problem;
import org.itm.operations.problem.ProblemState;
import org.itm.risk.embed.RiskServices;
import org.itm.risk.register.Risk;

/**
 * The main example's process state in the store of an {@link ItmEnvironment}, through the process services of each
 * module: incidents, changes, problems (and known errors) and risks (with their treatments). A month loads what the
 * months before left open and stores what it did, so the next run continues it.
 */
final class MonthState {

    private final OperationsServices operations;
    private final RiskServices risk;

    MonthState(ItmEnvironment env) {
        this.operations = OperationsServices.from(env);
        this.risk = RiskServices.from(env, RiskMonth.APPETITE);
    }

    /** Incidents not resolved, closed or cancelled, in id order. */
    List<Incident> openIncidents() {
        return operations.incidents().findAll().stream().filter(i -> i.state().isOpen())
                .sorted(Comparator.comparing(i -> i.id().value())).toList();
    }

    /** Changes not closed, rejected or cancelled, in id order. */
    List<Change> openChanges() {
        return values(operations.changes()).stream().filter(c -> ChangeRepository.isOpen(c.state()))
                .sorted(Comparator.comparing(Change::id)).toList();
    }

    /** Problems (known errors among them) not resolved or closed, in id order. */
    List<Problem> openProblems() {
        return values(operations.problems()).stream()
                .filter(p -> p.state() != ProblemState.RESOLVED && p.state() != ProblemState.CLOSED)
                .sorted(Comparator.comparing(Problem::id)).toList();
    }

    /** Risks whose treatment is not completed, in register order (R1, R2, ..., R10). */
    List<Risk> openRisks() {
        return values(risk.risks()).stream().filter(r -> !RiskMonth.isClosed(r)).sorted(RISK_ORDER).toList();
    }

    /** How many risks the store holds, open or closed: the next new risk is numbered one more. */
    int storedRisks() {
        return values(risk.risks()).size();
    }

    /** Every stored change, for the month's figures and tests. */
    List<Change> changes() {
        return values(operations.changes());
    }

    /** Every stored problem. */
    List<Problem> problems() {
        return values(operations.problems());
    }

    /** Every stored risk. */
    List<Risk> risks() {
        return values(risk.risks()).stream().sorted(RISK_ORDER).toList();
    }

    /** Every stored incident. */
    List<Incident> incidents() {
        return operations.incidents().findAll();
    }

    /**
     * The store writes of the month's items, for one atomic batch with the month's figures: new ones are created,
     * carried ones updated at the version they were read at (an unchanged one is not written). Nothing is written
     * until the batch is applied, so a failed batch leaves none of the month behind.
     */
    List<Write> writes(OperationsMonth ops, RiskMonth month) {
        List<Write> writes = new ArrayList<>();
        ops.incidents().forEach(i -> writes.addAll(operations.incidents().writesToSave(i)));
        ops.changeRecords().forEach(c -> writes.addAll(put(operations.changes(), c, Change::id)));
        ops.problemRecords().forEach(p -> writes.addAll(put(operations.problems(), p, Problem::id)));
        month.register().all().forEach(r -> writes.addAll(put(risk.risks(), r, Risk::id)));
        return writes;
    }

    private static final Comparator<Risk> RISK_ORDER = Comparator
            .comparingInt((Risk r) -> r.id().length()).thenComparing(Risk::id);

    private static <T> List<Write> put(Repository<T> repository, T value, Function<T, String> id) {
        Optional<Versioned<T>> stored = repository.get(id.apply(value));
        if (stored.isPresent()) {
            return stored.get().value().equals(value) ? List.of()
                    : repository.writesToUpdate(value, stored.get().version());
        }
        return repository.writesToCreate(value);
    }

    private static <T> List<T> values(Repository<T> repository) {
        return repository.findAll(repository.query()).stream().map(Versioned::value).toList();
    }
}
