package org.itm.risk.controls;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.itm.core.NotFoundException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;

/**
 * Controls with their latest test in a document store (type {@value #TYPE}), indexed by owner and by the month
 * their next test falls due, so that the controls due for testing are found without reading every control.
 *
 * <pre>{@code
 * ControlRepository controls = ControlRepository.documentStore(store);
 * controls.create(ControlRecord.untested(control));
 * controls.recordTest(test, tests);                                  // the test and the control, one batch
 * List<Versioned<ControlRecord>> due = controls.dueForTesting(today, YearMonth.of(2025, 1));
 * }</pre>
 *
 * @since 0.1
 */
public interface ControlRepository extends ForwardingRepository<ControlRecord> {

    /** Document type of controls. */
    String TYPE = "control";
    /** Value of the {@code dueMonth} index of a control never tested. */
    String UNTESTED = "untested";

    /**
     * The controls in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static ControlRepository documentStore(DocumentStore store) {
        Repository<ControlRecord> controls = Repository.builder(ControlRecord.class, TYPE)
                .id(r -> r.control().id())
                .index("owner", r -> r.control().owner())
                .index("dueMonth", r -> r.nextTestDue().map(d -> YearMonth.from(d).toString()).orElse(UNTESTED))
                .build(Checks.notNull(store, "store"));
        return () -> controls;
    }

    /**
     * Controls whose next test falls due in {@code month}.
     *
     * @param month the month
     * @return the query
     */
    default Query dueIn(YearMonth month) {
        return query().where("dueMonth", Checks.notNull(month, "month").toString());
    }

    /**
     * Controls never tested.
     *
     * @return the query
     */
    default Query untested() {
        return query().where("dueMonth", UNTESTED);
    }

    /**
     * Controls one person owns.
     *
     * @param owner the owner
     * @return the query
     */
    default Query ownedBy(String owner) {
        return query().where("owner", Checks.notBlank(owner, "owner"));
    }

    /**
     * Every control due for testing on {@code day}: never tested, or due in a month from {@code since} to the
     * month of {@code day} and on or before {@code day}; one indexed query per month, so choose {@code since} as
     * the oldest month a test can have fallen due in (e.g. when testing started).
     *
     * @param day   the day
     * @param since the first month to look at; not after the month of {@code day}
     * @return the due controls, untested first, then by due month
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code since} is after {@code day}
     */
    default List<Versioned<ControlRecord>> dueForTesting(LocalDate day, YearMonth since) {
        Checks.notNull(day, "day");
        Checks.notNull(since, "since");
        YearMonth last = YearMonth.from(day);
        Checks.require(!since.isAfter(last), "since", "must not be after the month of day " + last + ", was " + since);
        List<Versioned<ControlRecord>> due = new ArrayList<>(findAll(untested()));
        for (YearMonth m = since; !m.isAfter(last); m = m.plusMonths(1)) {
            for (Versioned<ControlRecord> r : findAll(dueIn(m))) {
                if (r.value().testDueOn(day)) {
                    due.add(r);
                }
            }
        }
        return due;
    }

    /**
     * Records {@code test} in {@code tests} and as its control's latest test, in one atomic batch; retries when
     * the control changed concurrently.
     *
     * @param test  the test
     * @param tests where test records are kept (the same store)
     * @return the control's record after it
     * @throws NotFoundException if the control is not stored
     * @throws org.itm.core.store.StaleVersionException if the same test was recorded before, or the
     *         control kept changing over every retry
     */
    default Versioned<ControlRecord> recordTest(ControlTest test, ControlTestRepository tests) {
        Checks.notNull(test, "test");
        Checks.notNull(tests, "tests");
        for (int attempt = 1; ; attempt++) {
            Versioned<ControlRecord> current = get(test.controlId()).orElseThrow(
                    () -> new NotFoundException("control " + test.controlId() + " is not stored"));
            ControlRecord after = current.value().tested(test);
            List<Write> batch = List.of(tests.toCreate(test), toUpdate(after, current.version()));
            try {
                store().write(batch);
                return new Versioned<>(after, current.version() + 1);
            } catch (StaleVersionException e) {
                boolean controlMoved = e.type().equals(type());
                if (!controlMoved || attempt >= MAX_MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
