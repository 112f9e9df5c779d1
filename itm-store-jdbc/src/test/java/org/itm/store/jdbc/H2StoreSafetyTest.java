package org.itm.store.jdbc;

/** SQL-injection and size checks on H2. */
class H2StoreSafetyTest extends AbstractJdbcStoreSafetyTest {

    @Override
    protected JdbcDocumentStore open() {
        return JdbcDocumentStore.builder().url("jdbc:h2:mem:safety;DB_CLOSE_DELAY=-1").maxDocumentChars(1000)
                .maxPoolSize(2).build();
    }
}
