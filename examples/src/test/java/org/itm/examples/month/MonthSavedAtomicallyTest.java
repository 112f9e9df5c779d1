package org.itm.examples.month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Write;
import org.itm.testkit.store.ForwardingDocumentStore;
import org.junit.jupiter.api.Test;

/**
 * A month is stored as one atomic batch: when its last write (the figures that mark the month as stored) fails,
 * none of its incidents, changes, problems or risks are left behind, and running the month again succeeds.
 */
class MonthSavedAtomicallyTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /**
     * A real in-memory store whose first write of the month's figures conflicts, as if another run had stored a
     * figures document for that month meanwhile: that write is passed on as an update at a version the store does
     * not hold, so the store itself refuses it.
     */
    private static DocumentStore figuresConflictOnce() {
        AtomicBoolean armed = new AtomicBoolean(true);
        return ForwardingDocumentStore.interceptingWrites(DocumentStores.inMemory(), batch -> {
            for (int i = 0; i < batch.size() && armed.get(); i++) {
                if (batch.get(i) instanceof Write.Create c && c.type().equals(MonthRun.FIGURES_TYPE)) {
                    armed.set(false);
                    batch.set(i, new Write.Update(c.type(), c.id(), 7, c.indexes(), c.json()));
                }
            }
            return batch;
        });
    }

    private static ItmEnvironment open(DocumentStore store) {
        return ItmEnvironment.builder().store(store)
                .clock(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
    }

    @Test
    void aMonthWhoseFiguresFailToStoreLeavesNothingBehindAndRunsAgain() {
        DocumentStore store = figuresConflictOnce();
        try (ItmEnvironment env = open(store)) {
            assertThatThrownBy(() -> MonthRun.execute(NOVEMBER, 7, env, line -> { }))
                    .isInstanceOf(StaleVersionException.class);
            MonthState state = new MonthState(env);
            assertThat(state.incidents()).isEmpty();
            assertThat(state.changes()).isEmpty();
            assertThat(state.problems()).isEmpty();
            assertThat(state.risks()).isEmpty();
            assertThat(MonthRun.latestStored(env)).isEmpty();
        }
        try (ItmEnvironment env = open(store)) {
            MonthRun rerun = MonthRun.execute(NOVEMBER, 7, env, line -> { });
            MonthState state = new MonthState(env);
            assertThat(state.incidents()).hasSameSizeAs(rerun.operations().incidents()).isNotEmpty();
            assertThat(state.changes()).containsExactlyInAnyOrderElementsOf(rerun.operations().changeRecords());
            assertThat(state.risks()).containsExactlyInAnyOrderElementsOf(rerun.risk().register().all());
            assertThat(MonthRun.stored(env, NOVEMBER)).contains(rerun.figures());
        }
    }
}
