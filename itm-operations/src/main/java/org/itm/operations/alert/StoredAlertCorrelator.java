package org.itm.operations.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.alert.internal.CorrelatorProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AlertCorrelator} whose open alert groups live in a document store, so a restarted process carries on
 * de-duplicating and correlating where it stopped instead of opening a second incident for alerts already open.
 *
 * <pre>{@code
 * StoredAlertCorrelator alerts = StoredAlertCorrelator.open(store, "default",
 *         AlertCorrelator.builder(directory).correlationWindow(Duration.ofMinutes(15)));
 * List<AlertAction> actions = alerts.ingestAll(intake.alertmanager(body).accepted());   // stored when it returns
 * }</pre>
 *
 * <p>Each call ingests its alerts and then writes every group they touched ({@link AlertGroupRepository}), the
 * correlator's group counter and the caller's effects of the actions (e.g. an {@link org.itm.core.outbox.Outbox}
 * entry per incident to open, {@link #ingestAll(List, Function)}) in one atomic batch; the actions are returned only
 * after that batch is stored, so an effect is recorded exactly when the state that decided it is. If the
 * write fails, the correlator is rebuilt from the store, so memory and store agree again and the call can be
 * retried. On {@link #open} the groups with open alerts and each service's current group are restored (also when
 * all of its alerts had cleared), so an alert that fires again within the correlation window after a restart joins
 * its old incident exactly as it would have without the restart; a group that a newer one of its service superseded
 * and whose alerts all cleared is kept in the store as history only (its alerts' flapping history moved on to the
 * current group).
 *
 * <p>Thread-safe (calls are serialised). One process per name and store: a second process writing the same
 * groups fails with {@link org.itm.core.store.StaleVersionException} rather than overwrite them.
 *
 * @since 0.1
 */
public final class StoredAlertCorrelator {

    /** Document type of the correlators' group counters. */
    public static final String PROGRESS_TYPE = "alert-correlator";

    private static final Logger LOG = LoggerFactory.getLogger(StoredAlertCorrelator.class);
    /** Most alerts one {@link #ingestAll} call takes (so that its groups fit one store batch). */
    public static final int MAX_ALERTS_PER_CALL = 500;

    private final String name;
    private final AlertCorrelator.Builder settings;
    private final AlertGroupRepository groups;
    private final Repository<CorrelatorProgress> progress;
    private final Map<String, Long> versions = new HashMap<>();
    private long progressVersion;
    private AlertCorrelator correlator;

    private StoredAlertCorrelator(String name, AlertCorrelator.Builder settings, DocumentStore store) {
        this.name = name;
        this.settings = settings;
        this.groups = AlertGroupRepository.documentStore(store, name);
        this.progress = Repository.builder(CorrelatorProgress.class, PROGRESS_TYPE)
                .id(p -> DocumentIds.forKey(p.name()))
                .build(store);
        reload();
    }

    /**
     * The correlator {@code name} in {@code store}, restored from its open groups and its services' current ones.
     *
     * @param store    where groups are kept
     * @param name     the correlator's name (one per partition of services)
     * @param settings the correlator's settings; its {@code restore} is set by this method
     * @return the correlator
     * @throws org.itm.core.ItmValidationException if an argument is missing or a setting is bad
     * @throws org.itm.core.store.StoredDocumentException if a stored group breaks an invariant
     */
    public static StoredAlertCorrelator open(DocumentStore store, String name, AlertCorrelator.Builder settings) {
        Checks.notNull(store, "store");
        Checks.notBlank(name, "name");
        Checks.notNull(settings, "settings");
        return new StoredAlertCorrelator(name, settings, store);
    }

    /**
     * The repository the groups are kept in.
     *
     * @return the repository, to query groups by state or service
     */
    public AlertGroupRepository groups() {
        return groups;
    }

    /**
     * Ingests one alert and stores the group it touched.
     *
     * @param alert the alert
     * @return what to do about it, once stored
     */
    public List<AlertAction> ingest(Alert alert) {
        return ingestAll(List.of(Checks.notNull(alert, "alert")));
    }

    /**
     * Ingests alerts in order and stores every group they touched in one atomic batch.
     *
     * @param alerts at most {@value #MAX_ALERTS_PER_CALL} alerts
     * @return what to do about them, in order, once stored
     * @throws org.itm.core.store.StaleVersionException if another writer changed a group (nothing of
     *                                                            this call is kept)
     */
    public List<AlertAction> ingestAll(List<Alert> alerts) {
        return ingestAll(alerts, actions -> List.of());
    }

    /**
     * Ingests alerts in order and stores every group they touched together with {@code effects} of the actions, in
     * one atomic batch: a process stopped at any moment has recorded both or neither, so an outbox entry enqueued
     * here for an {@link AlertAction.Kind#OPEN_INCIDENT} is delivered once the dispatcher runs, and a repeat of the
     * alert after a restart is a {@link AlertAction.Kind#DEDUPLICATED} that enqueues nothing.
     *
     * <pre>{@code
     * alerts.ingestAll(batch, actions -> actions.stream()
     *         .filter(a -> a.kind() == AlertAction.Kind.OPEN_INCIDENT)
     *         .map(a -> (Write) outbox.enqueue("service-desk", incidentFor(a), a.at()))
     *         .toList());
     * }</pre>
     *
     * @param alerts  at most {@value #MAX_ALERTS_PER_CALL} alerts
     * @param effects the writes that belong to the actions; may be called more than once and must not have side
     *                effects; the whole batch must stay within {@link DocumentStore#MAX_BATCH_SIZE} writes
     * @return what to do about them, in order, once stored
     * @throws org.itm.core.store.StaleVersionException if another writer changed a group or an effect's
     *                                                            document exists (nothing of this call is kept)
     */
    public synchronized List<AlertAction> ingestAll(List<Alert> alerts,
                                                    Function<List<AlertAction>, List<? extends Write>> effects) {
        Checks.notNull(alerts, "alerts");
        Checks.notNull(effects, "effects");
        Checks.between(alerts.size(), 0, MAX_ALERTS_PER_CALL, "alerts.size");
        for (int i = 0; i < alerts.size(); i++) {
            Checks.notNull(alerts.get(i), "alerts[" + i + "]");
        }
        long openedBefore = correlator.groupsOpened();
        List<AlertAction> actions = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Alert a : alerts) {
            for (AlertAction act : correlator.ingest(a)) {
                actions.add(act);
                if (!act.groupId().isEmpty()) {
                    touched.add(act.groupId());
                }
            }
            touched.addAll(correlator.alsoChanged());
        }
        List<Write> batch = new ArrayList<>();
        Map<String, Long> next = new HashMap<>();
        for (String id : touched) {
            Optional<AlertGroup> g = correlator.group(id);
            if (g.isEmpty()) {
                continue;
            }
            Long version = versions.get(id);
            batch.add(version == null ? groups.toCreate(g.get()) : groups.toUpdate(g.get(), version));
            next.put(id, version == null ? 1L : version + 1);
        }
        long opened = correlator.groupsOpened();
        if (opened != openedBefore) {
            CorrelatorProgress p = new CorrelatorProgress(name, opened);
            batch.add(progressVersion == 0 ? progress.toCreate(p) : progress.toUpdate(p, progressVersion));
        }
        try {
            List<? extends Write> extra = Checks.notNull(effects.apply(List.copyOf(actions)), "effects result");
            batch.addAll(extra);
            if (batch.isEmpty()) {
                return actions;
            }
            groups.store().write(batch);
        } catch (RuntimeException e) {
            LOG.debug("storing {} alert group(s) failed; restoring correlator '{}' from the store", touched.size(),
                    name);
            reload();
            throw e;
        }
        versions.putAll(next);
        if (opened != openedBefore) {
            progressVersion = progressVersion == 0 ? 1 : progressVersion + 1;
        }
        return actions;
    }

    /**
     * Number of alerts currently open.
     *
     * @return alerts that fired and have not cleared
     */
    public synchronized int openAlerts() {
        return correlator.openAlerts();
    }

    private void reload() {
        versions.clear();
        List<AlertGroup> restorable = new ArrayList<>();
        for (Versioned<AlertGroup> g : groups.findRestorable()) {
            restorable.add(g.value());
            versions.put(g.value().id(), g.version());
        }
        Optional<Versioned<CorrelatorProgress>> p = progress.get(DocumentIds.forKey(name));
        progressVersion = p.map(Versioned::version).orElse(0L);
        long opened = p.map(v -> v.value().groupsOpened()).orElse(0L);
        correlator = settings.restore(restorable, opened).build();
        LOG.debug("correlator '{}' restored {} group(s), {} group(s) opened before", name, restorable.size(), opened);
    }
}
