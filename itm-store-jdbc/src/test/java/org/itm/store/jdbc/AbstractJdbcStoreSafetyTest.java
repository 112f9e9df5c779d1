package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.itm.core.ItmValidationException;
import org.itm.core.store.Document;
import org.itm.core.store.Query;
import org.itm.core.store.Write;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input against the JDBC store: SQL in every value is inert data, oversized documents are refused. */
abstract class AbstractJdbcStoreSafetyTest {

    static final List<String> SQL_ATTACKS = List.of(
            "' OR '1'='1",
            "x' OR 1=1 --",
            "'; DROP TABLE itm_document; --",
            "\"; DELETE FROM itm_document_index; --",
            "%", "_", "\\", "' UNION SELECT type, id, 1, indexes, content FROM itm_document --",
            "OPEN'/*", "*/ OR 1=1");

    protected JdbcDocumentStore store;
    private String type;

    /** A store over the database under test with a document limit of 1000 characters. */
    protected abstract JdbcDocumentStore open();

    @BeforeEach
    void setUp() {
        store = open();
        type = "safety-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        store.declare(type, Set.of("status"));
    }

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void sqlInQueryValuesMatchesOnlyTheLiteralValue() {
        store.create(type, "a", Map.of("status", "OPEN"), "{}");
        store.create(type, "b", Map.of("status", "CLOSED"), "{}");

        for (String attack : SQL_ATTACKS) {
            assertThat(store.query(Query.of(type).where("status", attack)).items()).as(attack).isEmpty();
        }
        assertThat(store.query(Query.of(type)).items()).extracting(Document::id).containsExactly("a", "b");
        assertThat(store.query(Query.of(type).where("status", "OPEN")).items()).extracting(Document::id)
                .containsExactly("a");
    }

    @Test
    void sqlInIndexValuesAndContentIsStoredVerbatimAndFoundOnlyByItself() {
        for (int i = 0; i < SQL_ATTACKS.size(); i++) {
            String attack = SQL_ATTACKS.get(i);
            String json = "{\"note\":\"" + attack.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            store.create(type, "doc-" + i, Map.of("status", attack), json);
        }
        for (int i = 0; i < SQL_ATTACKS.size(); i++) {
            String attack = SQL_ATTACKS.get(i);
            List<Document> found = store.query(Query.of(type).where("status", attack)).items();
            assertThat(found).as(attack).extracting(Document::id).containsExactly("doc-" + i);
            assertThat(found.get(0).indexes()).containsEntry("status", attack);
            assertThat(found.get(0).json()).contains("note");
        }
        assertThat(store.query(Query.of(type)).items()).hasSize(SQL_ATTACKS.size());
    }

    @Test
    void sqlInIdsAndTypesIsRejectedBeforeReachingTheDatabase() {
        store.create(type, "a", Map.of("status", "OPEN"), "{}");
        for (String attack : List.of("a' OR '1'='1", "a'; DROP TABLE itm_document; --", "a;DELETE", "a OR 1=1")) {
            assertThatThrownBy(() -> store.read(type, attack)).as(attack).isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.delete(type, attack, 1)).as(attack)
                    .isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.read(attack, "a")).as(attack).isInstanceOf(ItmValidationException.class);
        }
        assertThat(store.read(type, "a")).isPresent();
    }

    @Test
    void idsThatAreValidButLookLikeSqlAreOrdinaryKeys() {
        List<String> ids = List.of("a--", "a/--", "x:or:1", "or@1", "select.from-itm_document");
        for (String id : ids) {
            store.create(type, id, Map.of("status", "OPEN"), "{}");
        }
        for (String id : ids) {
            assertThat(store.read(type, id)).as(id).isPresent();
        }
        assertThat(store.query(Query.of(type)).items()).extracting(Document::id)
                .containsExactlyElementsOf(ids.stream().sorted().toList());
        store.delete(type, "a--", 1);
        assertThat(store.query(Query.of(type)).items()).hasSize(ids.size() - 1);
    }

    @Test
    void documentsOverTheConfiguredSizeAreRejectedNamingTheLimit() {
        String big = "{\"x\":\"" + "y".repeat(1000) + "\"}";

        assertThatThrownBy(() -> store.create(type, "big", Map.of(), big))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("batch[0].json");
                        assertThat(v.message()).contains("1008 characters").contains("limit of 1000");
                    });
                });
        store.create(type, "small", Map.of(), "{}");
        assertThatThrownBy(() -> store.write(List.of(
                new Write.Create(type, "other", Map.of(), "{}"),
                new Write.Update(type, "small", 1, Map.of(), big))))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("batch[1].json");

        assertThat(store.read(type, "big")).isEmpty();
        assertThat(store.read(type, "other")).isEmpty();
        assertThat(store.read(type, "small").orElseThrow().version()).isEqualTo(1);
    }
}
