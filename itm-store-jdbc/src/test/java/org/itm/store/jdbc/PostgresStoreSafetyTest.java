package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/** SQL-injection and size checks on PostgreSQL; skipped, saying so, without {@value Postgres#URL_ENV}. */
class PostgresStoreSafetyTest extends AbstractJdbcStoreSafetyTest {

    @Override
    protected JdbcDocumentStore open() {
        return JdbcDocumentStore.builder().url(Postgres.urlOrSkip()).maxDocumentChars(1000).maxPoolSize(2).build();
    }

    @Test
    void contentThatIsNotJsonIsRejectedByTheJsonbColumn() {
        store.declare("safety-json", Set.of());
        assertThatThrownBy(() -> store.create("safety-json", "not-json", Map.of(), "this is not JSON"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("not valid JSON");
    }
}
