package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.validation.Violations;
import org.junit.jupiter.api.Test;

/** The batch checks that store implementations share through {@link Write}. */
class WriteBatchChecksTest {

    @Test
    void nullWritesAndDocumentsWrittenTwiceAreCollectedInBatchOrderWithTheStoresOwnChecks() {
        List<Write> batch = Arrays.asList(
                new Write.Create("ticket", "a", Map.of(), "{}"),
                null,
                new Write.Delete("ticket", "a", 1),
                new Write.Create("ticket", "b", Map.of(), "{}"));
        Violations violations = new Violations();
        List<String> seen = new ArrayList<>();

        Write.checkBatch(batch, violations, (w, i) -> {
            seen.add(i + ":" + w.id());
            violations.add("batch[" + i + "].own", "store check");
        });

        assertThat(seen).containsExactly("0:a", "2:a", "3:b");
        assertThat(violations.list()).extracting(Violation::path).containsExactly(
                "batch[0].own", "batch[1]", "batch[2]", "batch[2].own", "batch[3].own");
        assertThat(violations.list().get(2).message()).isEqualTo(
                "writes ticket/a a second time; a batch may touch each document once");
    }

    @Test
    void aBatchOfTheWrongSizeIsRejectedAtOnce() {
        Violations violations = new Violations();
        List<Write> tooMany = Collections.nCopies(DocumentStore.MAX_BATCH_SIZE + 1,
                new Write.Delete("ticket", "a", 1));

        for (List<Write> bad : List.of(List.<Write>of(), tooMany)) {
            assertThatThrownBy(() -> Write.checkBatch(bad, violations, (w, i) -> { }))
                    .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("batch.size"));
        }
        assertThatThrownBy(() -> Write.checkBatch(null, violations, (w, i) -> { }))
                .isInstanceOf(ItmValidationException.class);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void indexFieldsOutsideTheTypesDeclarationAreNamed() {
        Violations violations = new Violations();

        Write.checkIndexFields(new Write.Create("ticket", "a", Map.of("service", "mail", "colour", "red"), "{}"), 4,
                Set.of("service", "team"), violations);
        Write.checkIndexFields(new Write.Delete("ticket", "a", 1), 5, Set.of(), violations);

        assertThat(violations.list()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("batch[4].indexes.colour");
            assertThat(v.message()).isEqualTo("is not an index field of type 'ticket' [service, team]");
        });
    }
}
