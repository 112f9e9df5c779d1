package org.itm.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itm.core.store.internal.JsonRepository;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Stores records of one class as documents of one type of a {@link DocumentStore}, converting them with
 * {@link org.itm.core.json.ItmJson} and extracting their id and index values with the functions given to
 * {@link #builder(Class, String)}.
 *
 * <pre>{@code
 * Repository<Incident> incidents = Repository.builder(Incident.class, "incident")
 *         .id(i -> i.id().value())
 *         .index("status", i -> i.status().name())
 *         .build(store);
 * Versioned<Incident> saved = incidents.create(incident);
 * incidents.update(saved.value().assign("ann"), saved.version());   // conflicts if someone wrote in between
 * incidents.modify(saved.value().id().value(), i -> i.resolve(clock));   // re-reads and retries on conflict
 * List<Versioned<Incident>> open = incidents.findAll(incidents.query().where("status", "OPEN"));
 * }</pre>
 *
 * <h2>Type versions</h2>
 * Every document is stored in an envelope {@code {"itm:typeVersion": n, "itm:value": <record>}} that names the
 * version of the record's shape it was written with ({@link Builder#typeVersion(int)}, 1 unless set). Reading a
 * document of an older version applies the registered {@link Migration}s one version at a time before the record
 * is built; documents written before envelopes existed are read as version 1. The record is then constructed
 * through its canonical constructor, so a stored document that breaks an invariant of construction is rejected
 * with a {@link StoredDocumentException} naming type, id and field, never silently accepted.
 *
 * <p>Thread-safe if the store is. Errors are those of the store ({@link StaleVersionException},
 * {@link org.itm.core.ItmValidationException}) and {@link StoredDocumentException} on reads.
 *
 * @since 0.1
 */
public interface Repository<T> {

    /** Attempts of {@link #modify} before its conflict is reported. */
    int MAX_MODIFY_ATTEMPTS = 10;

    /**
     * The document type this repository stores.
     *
     * @return the document type, an id-like string such as {@code incident}
     */
    String type();

    /**
     * The type version this repository writes; older stored versions are migrated on read.
     *
     * @return the type version, 1 or more
     */
    int typeVersion();

    /**
     * The store underneath, e.g. to {@link DocumentStore#write(List) write} a batch built with {@link #toCreate}.
     *
     * @return the document store this repository reads and writes
     */
    DocumentStore store();

    /**
     * Stores a new record at version 1; conflicts if its id is taken.
     *
     * @param value the record to store; its id comes from the builder's id function
     * @return the record with version 1
     * @throws StaleVersionException if a record with the same id exists
     */
    Versioned<T> create(T value);

    /**
     * The record with {@code id}, or empty.
     *
     * @param id the document id
     * @return the record and its version, or empty if there is no record {@code id}
     * @throws StoredDocumentException if the stored document cannot be read back as a record
     */
    Optional<Versioned<T>> get(String id);

    /**
     * Replaces the stored record with the same id, which must be at {@code expectedVersion}.
     *
     * @param value the new state of the record
     * @param expectedVersion the version last read; the write succeeds only if it is still current
     * @return the record with its new version (one more than {@code expectedVersion})
     * @throws StaleVersionException if the stored version differs or there is no such record
     */
    Versioned<T> update(T value, long expectedVersion);

    /**
     * Read-modify-write with optimistic retries: reads the record {@code id}, applies {@code change} to it and
     * stores the result at the version read; if another writer got there first, starts again with the fresh
     * record, up to {@value #MAX_MODIFY_ATTEMPTS} times. {@code change} may therefore run more than once and must
     * not have side effects.
     *
     * @return the stored result and its version
     * @param id the document id of the record to change
     * @param change turns the current record into the new one; must keep the id and have no side effects
     * @throws org.itm.core.NotFoundException if there is no record {@code id}
     * @throws org.itm.core.ItmValidationException if {@code change} returns a record with another id
     * @throws StaleVersionException if every attempt conflicted
     */
    Versioned<T> modify(String id, UnaryOperator<T> change);

    /**
     * Deletes the record with {@code id}, which must be at {@code expectedVersion}.
     *
     * @param id the document id
     * @param expectedVersion the version last read
     * @throws StaleVersionException if the stored version differs or there is no such record
     */
    void delete(String id, long expectedVersion);

    /**
     * A first-page query over this repository's type, to refine with {@link Query#where}.
     *
     * @return a query matching every record of this type
     */
    Query query();

    /**
     * One page of the records matching {@code query}, ordered by id.
     *
     * @param query the filters and page token, from {@link #query()}
     * @return the matching records of this page and the token of the next page, if any
     */
    Page<Versioned<T>> find(Query query);

    /**
     * Every record matching {@code query}, walking all pages; ordered by id.
     *
     * @param query the filters, from {@link #query()}
     * @return every matching record, ordered by id
     */
    List<Versioned<T>> findAll(Query query);

    /**
     * The create of {@code value}'s document as a single write, for an atomic batch. A repository that keeps other
     * documents beside the record (links for a multi-valued query) refuses with an
     * {@link org.itm.core.ItmValidationException} when this write alone would leave them behind; use
     * {@link #writesToCreate} there.
     *
     * @param value the record to create
     * @return a write that creates it at version 1 when the batch is applied
     */
    Write.Create toCreate(T value);

    /**
     * The update of {@code value}'s document as a single write; refused like {@link #toCreate} when unsafe.
     *
     * @param value the new state of the record
     * @param expectedVersion the version last read
     * @return a write that replaces the record when the batch is applied
     */
    Write.Update toUpdate(T value, long expectedVersion);

    /**
     * The delete of document {@code id} as a single write; refused like {@link #toCreate} when unsafe.
     *
     * @param id the document id
     * @param expectedVersion the version last read
     * @return a write that deletes the record when the batch is applied
     */
    Write.Delete toDelete(String id, long expectedVersion);

    /**
     * Every write that creates {@code value}: its document and the documents the repository keeps beside it, for
     * an atomic batch (add your own writes, e.g. an outbox entry). This is the batch form to use with any
     * repository.
     *
     * @param value the record
     * @return the writes, the record's document first
     */
    default List<Write> writesToCreate(T value) {
        return List.of(toCreate(value));
    }

    /**
     * Every write that updates the stored record to {@code value} at {@code expectedVersion}, with the documents
     * kept beside it (a repository may read the stored record to know which of them change); the batch conflicts,
     * writing nothing, if the record is not at that version when it is written.
     *
     * @param value           the record's new value
     * @param expectedVersion the stored version
     * @return the writes, the record's document first
     */
    default List<Write> writesToUpdate(T value, long expectedVersion) {
        return List.of(toUpdate(value, expectedVersion));
    }

    /**
     * Every write that deletes the record {@code id} at {@code expectedVersion} and the documents kept beside it.
     *
     * @param id              the record's id
     * @param expectedVersion the stored version
     * @return the writes, the record's document first
     */
    default List<Write> writesToDelete(String id, long expectedVersion) {
        return List.of(toDelete(id, expectedVersion));
    }

    /**
     * Starts a repository for records of {@code recordClass} stored as documents of {@code type}.
     *
     * @param <T> the record type
     * @param recordClass the record class, read and written with {@link org.itm.core.json.ItmJson}
     * @param type the document type, an id-like string such as {@code incident}
     * @return a builder; set at least {@link Builder#id(Function)}
     */
    static <T> Builder<T> builder(Class<T> recordClass, String type) {
        return new Builder<>(recordClass, type);
    }

    /**
     * Configures a {@link Repository}: the id function is required; index fields, the type version and the
     * migrations from older versions are optional.
     */
    final class Builder<T> {
        private final Class<T> recordClass;
        private final String type;
        private @Nullable Function<? super T, String> id;
        private final Map<String, Function<? super T, Optional<String>>> indexes = new LinkedHashMap<>();
        private int typeVersion = 1;
        private final Map<Integer, Migration> migrations = new TreeMap<>();

        private Builder(Class<T> recordClass, String type) {
            this.recordClass = Checks.notNull(recordClass, "recordClass");
            this.type = Checks.id(type, "type");
        }

        /**
         * How to get a record's document id (an id-like string, see {@link Checks#id}).
         *
         * @param idFunction returns the record's document id
         * @return this builder
         */
        public Builder<T> id(Function<? super T, String> idFunction) {
            this.id = Checks.notNull(idFunction, "id");
            return this;
        }

        /**
         * Declares the index {@code field} whose value is always present.
         *
         * @param field the index name, an id-like string, used in {@link Query#where}
         * @param value returns the record's index value
         * @return this builder
         */
        public Builder<T> index(String field, Function<? super T, String> value) {
            Checks.notNull(value, "index." + field);
            return optionalIndex(field, t -> Optional.of(value.apply(t)));
        }

        /**
         * Declares the index {@code field} whose value may be absent (then the record never matches a filter on it).
         *
         * @param field the index name, an id-like string, used in {@link Query#where}
         * @param value returns the record's index value, or empty
         * @return this builder
         */
        public Builder<T> optionalIndex(String field, Function<? super T, Optional<String>> value) {
            Checks.id(field, "index");
            Checks.notNull(value, "index." + field);
            Checks.require(!indexes.containsKey(field), "index." + field, "is declared twice");
            indexes.put(field, value);
            return this;
        }

        /**
         * The version of the record's stored shape that this code writes; raise it when the record's JSON changes
         * incompatibly and register a {@link #migration} from the previous version.
         *
         * @param version 1 or more (default 1)
         * @return this builder
         */
        public Builder<T> typeVersion(int version) {
            this.typeVersion = version;
            return this;
        }

        /**
         * Registers the step that turns documents of type version {@code fromVersion} into {@code fromVersion + 1}.
         *
         * @param fromVersion 1 or more, below the {@link #typeVersion(int)}; each at most once
         * @param step        the migration
         * @return this builder
         * @throws org.itm.core.ItmValidationException if a step for {@code fromVersion} is registered already
         */
        public Builder<T> migration(int fromVersion, Migration step) {
            Checks.notNull(step, "migration." + fromVersion);
            Checks.require(!migrations.containsKey(fromVersion), "migration." + fromVersion, "is registered twice");
            migrations.put(fromVersion, step);
            return this;
        }

        /**
         * Declares the type in {@code store} (see {@link DocumentStore#declare}) and returns the repository.
         *
         * @param store where the documents live
         * @return the repository
         * @throws org.itm.core.ItmValidationException naming every missing or bad setting: no id function, a type
         *         version below 1, a migration step missing for a version below the current one, or a step
         *         registered for a version that is not below it
         */
        public Repository<T> build(DocumentStore store) {
            Violations v = new Violations();
            v.require(store != null, "store", "must not be null");
            v.require(id != null, "id", "must be set: how to get a record's document id");
            if (v.require(typeVersion >= 1, "typeVersion", "must be 1 or more, was " + typeVersion)) {
                for (int from = 1; from < typeVersion; from++) {
                    v.require(migrations.containsKey(from), "migration." + from,
                            "is missing: type version " + typeVersion + " needs a step from every older version");
                }
                for (int from : migrations.keySet()) {
                    v.require(from >= 1 && from < typeVersion, "migration." + from,
                            "must migrate from a version in [1, " + typeVersion + "), the type version being "
                                    + typeVersion);
                }
            }
            v.throwIfAny();
            return new JsonRepository<>(store, recordClass, type, Objects.requireNonNull(id), indexes, typeVersion,
                    migrations);
        }
    }
}
