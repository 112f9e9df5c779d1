package org.itm.core.service.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Versioned;
import org.junit.jupiter.api.Test;

/** Imports stored in a document store: whole or not at all, and unchanged on re-import. */
class CmdbRepositoryTest {

    @Test
    void anImportIsStoredAndReimportingItWritesNothing() {
        DocumentStore store = DocumentStores.inMemory();
        CmdbRepository cmdb = CmdbRepository.documentStore(store);
        CmdbReport first = cmdb.importEntries(CmdbReconcilerTest.reconciler(), "servicenow",
                CmdbReconciler.readCsv(CmdbReconcilerTest.SERVICENOW_CSV));
        assertThat(first.created()).hasSize(4);
        assertThat(cmdb.findAll(cmdb.ofType("server"))).hasSize(2);
        Versioned<ReconciledItem> db = cmdb.get("serial:vmw-4c1d-9921").orElseThrow();
        assertThat(db.version()).isEqualTo(1);
        assertThat(db.value().item().attributes()).containsEntry("os", "RHEL 9.3");

        // a second repository over the same store (a restart) sees the same items; the same export changes nothing
        CmdbRepository restarted = CmdbRepository.documentStore(store);
        CmdbReport again = restarted.importEntries(CmdbReconcilerTest.reconciler(), "servicenow",
                CmdbReconciler.readCsv(CmdbReconcilerTest.SERVICENOW_CSV));
        assertThat(again.unchanged()).hasSize(4);
        assertThat(restarted.get("serial:vmw-4c1d-9921").orElseThrow().version()).isEqualTo(1);

        CmdbReport discovery = restarted.importEntries(CmdbReconcilerTest.reconciler(), "discovery",
                CmdbReconciler.readJson("[{\"serial\": \"VMW-4C1D-9921\", \"ip_address\": \"10.0.4.18\"}]"));
        assertThat(discovery.updated()).hasSize(1);
        Versioned<ReconciledItem> updated = restarted.get("serial:vmw-4c1d-9921").orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.value().sourceOf("ip_address")).contains("discovery");
    }

    @Test
    void aRejectedImportWritesNothing() {
        CmdbRepository cmdb = CmdbRepository.documentStore(DocumentStores.inMemory());
        List<CmdbEntry> entries = new ArrayList<>(CmdbReconciler.readCsv(CmdbReconcilerTest.SERVICENOW_CSV));
        entries.add(new CmdbEntry("row 5", Map.of("name", "no identifiers", "type", "server")));
        assertThatThrownBy(() -> cmdb.importEntries(CmdbReconcilerTest.reconciler(), "servicenow", entries))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("row 5: has no identifying attributes");
        assertThat(cmdb.findAll(cmdb.query())).isEmpty();
    }

    @Test
    void anImportLargerThanOneBatchIsRefusedBeforeWriting() {
        CmdbRepository cmdb = CmdbRepository.documentStore(DocumentStores.inMemory());
        List<CmdbEntry> entries = new ArrayList<>();
        for (int i = 0; i <= DocumentStore.MAX_BATCH_SIZE; i++) {
            entries.add(new CmdbEntry("e" + i, Map.of("serial", "S" + i, "name", "n" + i, "type", "server")));
        }
        assertThatThrownBy(() -> cmdb.importEntries(CmdbReconcilerTest.reconciler(), "servicenow", entries))
                .hasMessageContaining("the import changes 1001 items, more than one atomic batch of 1000");
        assertThat(cmdb.findAll(cmdb.query())).isEmpty();
        cmdb.importEntries(CmdbReconcilerTest.reconciler(), "servicenow", entries.subList(0, 1000));
        CmdbReport rest = cmdb.importEntries(CmdbReconcilerTest.reconciler(), "servicenow", entries);
        assertThat(rest.created()).hasSize(1);
        assertThat(rest.unchanged()).hasSize(1000);
    }
}
