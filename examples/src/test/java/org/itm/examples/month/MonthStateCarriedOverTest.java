package org.itm.examples.month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.change.ChangeState;
import org.itm.operations.incident.Incident;
import org.itm.operations.problem.Problem;
import org.itm.operations.problem.ProblemState;
import org.itm.risk.register.Risk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two months on one H2 file, each in its own environment as two runs of the example would open it: the second
 * month loads the incidents, changes, problems and risks the first left open, continues them under the same ids,
 * and never reopens or duplicates what the first month closed or stored.
 */
class MonthStateCarriedOverTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @TempDir
    static Path dir;

    private static MonthRun november;
    private static MonthRun december;
    private static List<Incident> storedAfterNovember;
    private static List<Change> changesAfterNovember;
    private static List<Problem> problemsAfterNovember;
    private static List<Risk> risksAfterNovember;
    private static List<Incident> storedAfterDecember;
    private static List<Change> changesAfterDecember;
    private static List<Problem> problemsAfterDecember;
    private static List<Risk> risksAfterDecember;

    private static ItmEnvironment open() {
        return MonthStores.open(dir.resolve("itm-data"), Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"),
                ZoneOffset.UTC));
    }

    @BeforeAll
    static void runTwoMonths() {
        try (ItmEnvironment env = open()) {
            november = MonthRun.execute(NOVEMBER, 7, env, line -> { });
        }
        try (ItmEnvironment env = open()) {
            MonthState state = new MonthState(env);
            storedAfterNovember = state.incidents();
            changesAfterNovember = state.changes();
            problemsAfterNovember = state.problems();
            risksAfterNovember = state.risks();
        }
        try (ItmEnvironment env = open()) {
            december = MonthRun.execute(DECEMBER, 7, env, line -> { });
        }
        try (ItmEnvironment env = open()) {
            MonthState state = new MonthState(env);
            storedAfterDecember = state.incidents();
            changesAfterDecember = state.changes();
            problemsAfterDecember = state.problems();
            risksAfterDecember = state.risks();
        }
    }

    @Test
    void theFirstMonthStoresEveryItemItWorkedOn() {
        assertThat(ids(storedAfterNovember, i -> i.id().value()))
                .isEqualTo(ids(november.operations().incidents(), i -> i.id().value()));
        assertThat(changesAfterNovember).containsExactlyInAnyOrderElementsOf(november.operations().changeRecords())
                .hasSize(12);
        assertThat(problemsAfterNovember).containsExactlyInAnyOrderElementsOf(november.operations().problemRecords())
                .isNotEmpty();
        assertThat(risksAfterNovember).containsExactlyInAnyOrderElementsOf(november.risk().register().all())
                .hasSize(24);
        assertThat(november.operations().carried()).isEqualTo(OperationsMonth.Carried.NONE);
        assertThat(november.risk().carried()).isEmpty();
    }

    @Test
    void theSecondMonthCarriesOverExactlyTheItemsLeftOpenWithTheirIds() {
        Set<String> openIncidents = storedAfterNovember.stream().filter(i -> i.state().isOpen())
                .map(i -> i.id().value()).collect(Collectors.toSet());
        assertThat(openIncidents).isNotEmpty();
        assertThat(ids(december.operations().carried().incidents(), i -> i.id().value())).isEqualTo(openIncidents);
        Set<String> openChanges = changesAfterNovember.stream().filter(c -> ChangeRepository.isOpen(c.state()))
                .map(Change::id).collect(Collectors.toSet());
        assertThat(openChanges).isNotEmpty();
        assertThat(ids(december.operations().carried().changes(), Change::id)).isEqualTo(openChanges);
        assertThat(ids(december.operations().carried().problems(), Problem::id)).isEqualTo(ids(
                problemsAfterNovember.stream().filter(p -> p.state() != ProblemState.RESOLVED
                        && p.state() != ProblemState.CLOSED).toList(), Problem::id));
        assertThat(december.risk().carried()).containsExactlyElementsOf(risksAfterNovember.stream()
                .filter(r -> !RiskMonth.isClosed(r)).map(Risk::id).toList()).hasSize(24);
    }

    @Test
    void theSecondMonthsFiguresIncludeTheCarriedItemsAndTheReportSaysHowMany() {
        int carried = december.operations().carried().incidents().size();
        long newInDecember = december.operations().incidents().stream()
                .filter(i -> i.id().value().startsWith("INC202612-")).count();
        assertThat(december.operations().incidents()).hasSize((int) (carried + newInDecember));
        assertThat(december.figures().figures().get("incidents")).isEqualTo((double) (carried + newInDecember));
        assertThat(december.risk().register().all()).hasSize(24 + 4);
        assertThat(december.report().render()).contains(carried + " incidents, ");
        assertThat(december.report().render()).contains(" open from 2026-11 were carried over");
        assertThat(december.summary()).contains(carried + " incidents, ").contains("open from 2026-11");
    }

    @Test
    void carriedItemsMoveOnAndClosedOnesAreNotReopened() {
        Map<String, Incident> after = byId(storedAfterDecember, i -> i.id().value());
        for (Incident before : storedAfterNovember) {
            Incident now = after.get(before.id().value());
            assertThat(now).as("incident %s is still stored", before.id()).isNotNull();
            if (!before.state().isOpen()) {
                assertThat(now).as("incident %s, not open at the end of November", before.id()).isEqualTo(before);
            }
        }
        Instant decemberStart = DECEMBER.atDay(1).atStartOfDay(OperationsMonth.BERLIN).toInstant();
        assertThat(december.operations().carried().incidents()).allSatisfy(i ->
                assertThat(after.get(i.id().value()).lastChangedAt()).as("worked on in December")
                        .isAfter(decemberStart));
        assertThat(december.operations().carried().incidents()).anySatisfy(i ->
                assertThat(after.get(i.id().value()).state().isOpen()).isFalse());

        Map<String, Change> changes = byId(changesAfterDecember, Change::id);
        changesAfterNovember.stream().filter(c -> c.state() == ChangeState.CLOSED)
                .forEach(c -> assertThat(changes.get(c.id())).isEqualTo(c));
        december.operations().carried().changes().forEach(c ->
                assertThat(changes.get(c.id()).state()).isEqualTo(ChangeState.CLOSED));

        Map<String, Problem> problems = byId(problemsAfterDecember, Problem::id);
        december.operations().carried().problems().forEach(p ->
                assertThat(problems.get(p.id()).state()).isEqualTo(ProblemState.KNOWN_ERROR));

        Map<String, Risk> risks = byId(risksAfterDecember, Risk::id);
        assertThat(risks).hasSize(28);
        assertThat(risksAfterDecember.stream().filter(RiskMonth::isClosed)).isNotEmpty()
                .allSatisfy(r -> assertThat(december.risk().carried()).contains(r.id()));
    }

    @Test
    void nothingIsStoredTwice() {
        assertThat(storedAfterDecember).hasSize(storedAfterNovember.size()
                + (int) december.operations().incidents().stream()
                        .filter(i -> i.id().value().startsWith("INC202612-")).count());
        assertThat(changesAfterDecember).hasSize(24);
        assertThat(problemsAfterDecember).hasSize(problemsAfterNovember.size() + (int) december.operations()
                .problemRecords().stream().filter(p -> p.id().startsWith("PRB202612-")).count());
    }

    @Test
    void aMonthAlreadyStoredIsRefusedAndWritesNothing() {
        try (ItmEnvironment env = open()) {
            assertThatThrownBy(() -> MonthRun.execute(NOVEMBER, 7, env, line -> { }))
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("month")
                    .hasMessageContaining("run 2027-01");
            assertThatThrownBy(() -> MonthRun.execute(DECEMBER, 7, env, line -> { }))
                    .isInstanceOf(ItmValidationException.class);
            assertThat(new MonthState(env).incidents()).hasSize(storedAfterDecember.size());
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
