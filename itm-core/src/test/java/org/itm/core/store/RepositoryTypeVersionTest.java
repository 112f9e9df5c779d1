package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class RepositoryTypeVersionTest {

    /** Version 2 of a task: version 1 called the assignee "owner" and had no estimate. */
    record Task(String id, String assignee, int estimateHours) {
        Task {
            Checks.id(id, "id");
            Checks.notBlank(assignee, "assignee");
            Checks.notNegative(estimateHours, "estimateHours");
        }
    }

    private final DocumentStore store = DocumentStores.inMemory();

    private Repository<Task> tasksV2() {
        return Repository.builder(Task.class, "task").id(Task::id).index("assignee", Task::assignee)
                .typeVersion(2)
                .migration(1, old -> {
                    ObjectNode n = (ObjectNode) old;
                    n.set("assignee", n.remove("owner"));
                    n.put("estimateHours", 0);
                    return n;
                })
                .build(store);
    }

    @Test
    void writtenDocumentsCarryTheTypeVersionInTheirEnvelope() {
        Repository<Task> tasks = tasksV2();
        tasks.create(new Task("T-1", "ann", 3));
        String json = store.read("task", "T-1").orElseThrow().json();
        assertThat(json).startsWith("{\"itm:typeVersion\":2,\"itm:value\":{");
        assertThat(tasks.typeVersion()).isEqualTo(2);
        assertThat(tasks.get("T-1").orElseThrow().value()).isEqualTo(new Task("T-1", "ann", 3));
    }

    @Test
    void documentOfThePreviousVersionIsMigratedOnRead() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-1", Map.of("assignee", "bob"),
                "{\"itm:typeVersion\":1,\"itm:value\":{\"id\":\"T-1\",\"owner\":\"bob\"}}");
        assertThat(tasks.get("T-1")).contains(new Versioned<>(new Task("T-1", "bob", 0), 1));
        assertThat(tasks.findAll(tasks.query().where("assignee", "bob"))).hasSize(1);
    }

    @Test
    void documentWrittenBeforeEnvelopesIsReadAsVersionOne() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-1", Map.of(), "{\"id\":\"T-1\",\"owner\":\"cem\"}");
        assertThat(tasks.get("T-1").orElseThrow().value()).isEqualTo(new Task("T-1", "cem", 0));
    }

    @Test
    void updatingAMigratedDocumentStoresTheCurrentVersion() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-1", Map.of(), "{\"itm:typeVersion\":1,\"itm:value\":{\"id\":\"T-1\",\"owner\":\"bob\"}}");
        tasks.modify("T-1", t -> new Task(t.id(), t.assignee(), 5));
        assertThat(store.read("task", "T-1").orElseThrow().json()).startsWith("{\"itm:typeVersion\":2,");
    }

    @Test
    void storedDocumentBreakingAnInvariantIsRejectedNamingTypeIdAndField() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-9", Map.of(),
                "{\"itm:typeVersion\":2,\"itm:value\":{\"id\":\"T-9\",\"assignee\":\"ann\",\"estimateHours\":-4}}");
        assertThatThrownBy(() -> tasks.get("T-9"))
                .isInstanceOfSatisfying(StoredDocumentException.class, e -> {
                    assertThat(e.type()).isEqualTo("task");
                    assertThat(e.id()).isEqualTo("T-9");
                    assertThat(e.typeVersion()).isEqualTo(2);
                    assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.path()).isEqualTo("task/T-9:estimateHours"));
                })
                .hasMessageContaining("task/T-9:estimateHours");
    }

    @Test
    void queryOverAnInvalidStoredDocumentIsRejectedToo() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-9", Map.of("assignee", "ann"),
                "{\"itm:typeVersion\":2,\"itm:value\":{\"id\":\"T-9\",\"assignee\":\" \",\"estimateHours\":1}}");
        assertThatThrownBy(() -> tasks.findAll(tasks.query().where("assignee", "ann")))
                .isInstanceOf(StoredDocumentException.class).hasMessageContaining("task/T-9:assignee");
    }

    @Test
    void documentOfANewerVersionIsRejectedRatherThanMisread() {
        Repository<Task> tasks = tasksV2();
        store.create("task", "T-1", Map.of(),
                "{\"itm:typeVersion\":3,\"itm:value\":{\"id\":\"T-1\",\"assignee\":\"ann\",\"estimateHours\":1}}");
        assertThatThrownBy(() -> tasks.get("T-1")).isInstanceOf(StoredDocumentException.class)
                .hasMessageContaining("task/T-1:$.itm:typeVersion").hasMessageContaining("newer");
    }

    @Test
    void builderNamesEveryMissingOrMisplacedMigration() {
        assertThatThrownBy(() -> Repository.builder(Task.class, "task").id(Task::id).typeVersion(3)
                .migration(2, n -> n).migration(5, n -> n).build(store))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("migration.1", "migration.5"));
        assertThatThrownBy(() -> Repository.builder(Task.class, "task").typeVersion(0).build(store))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("id", "typeVersion"));
    }
}
