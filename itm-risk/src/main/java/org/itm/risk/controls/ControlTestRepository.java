package org.itm.risk.controls;

import java.time.YearMonth;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.ForwardingRepository;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.validation.Checks;

/**
 * Control test records in a document store (type {@value #TYPE}): one document per control, date and tester, so
 * recording the same test twice conflicts instead of counting it twice. Query by control, result or month.
 *
 * <pre>{@code
 * ControlTestRepository tests = ControlTestRepository.documentStore(store);
 * tests.create(new ControlTest("AC-2", today, TestResult.PASS, "auditor", List.of("TCK-9")));
 * List<Versioned<ControlTest>> failed = tests.findAll(tests.withResult(TestResult.FAIL));
 * }</pre>
 *
 * @since 0.1
 */
public interface ControlTestRepository extends ForwardingRepository<ControlTest> {

    /** Document type of control tests. */
    String TYPE = "control-test";

    /**
     * The control tests in {@code store}.
     *
     * @param store the store
     * @return the repository
     * @throws org.itm.core.ItmValidationException if {@code store} is null
     */
    static ControlTestRepository documentStore(DocumentStore store) {
        Repository<ControlTest> tests = Repository.builder(ControlTest.class, TYPE)
                .id(ControlTestRepository::idOf)
                .index("control", ControlTest::controlId)
                .index("result", t -> t.result().name())
                .index("month", t -> YearMonth.from(t.performedOn()).toString())
                .build(Checks.notNull(store, "store"));
        return () -> tests;
    }

    /**
     * The document id of {@code test}: derived from its control, date and tester.
     *
     * @param test the test
     * @return its id
     */
    static String idOf(ControlTest test) {
        return DocumentIds.forKey(test.controlId() + "|" + test.performedOn() + "|" + test.tester());
    }

    /**
     * Tests of one control.
     *
     * @param controlId the control
     * @return the query
     */
    default Query ofControl(String controlId) {
        return query().where("control", Checks.id(controlId, "controlId"));
    }

    /**
     * Tests with one result.
     *
     * @param result the result
     * @return the query
     */
    default Query withResult(TestResult result) {
        return query().where("result", Checks.notNull(result, "result").name());
    }

    /**
     * Tests performed in one month.
     *
     * @param month the month
     * @return the query
     */
    default Query performedIn(YearMonth month) {
        return query().where("month", Checks.notNull(month, "month").toString());
    }
}
