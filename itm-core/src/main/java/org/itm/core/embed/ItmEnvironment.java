package org.itm.core.embed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.notify.Notifier;
import org.itm.core.outbox.DispatchReport;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxDispatcher;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an embedding application wires once — store, clock, ids, notifiers, calendars, events — and hands to each
 * module's services ({@code OperationsServices.from(env)}, {@code RiskServices.from(env)}, ...). Build one with
 * {@link #builder()}; every setting has a default except the clock, so
 * {@code ItmEnvironment.builder().clock(Clock.systemUTC()).build()} is a working in-memory environment.
 *
 * <pre>{@code
 * try (ItmEnvironment env = ItmEnvironment.builder()
 *         .storeUrl("jdbc:h2:file:./itm-data")        // omit for the in-memory store
 *         .clock(Clock.systemUTC())
 *         .notifier(webhook)
 *         .calendar("berlin", berlinHours)
 *         .build()) {
 *     env.scheduleOutbox(executor, Duration.ofSeconds(5)); // or call env.drainOutbox() yourself
 * }
 * }</pre>
 *
 * <p>Closing the environment closes the store only if the environment opened it from a URL; a store passed in
 * stays the caller's. Thread-safe once built.
 *
 * @since 0.1
 */
public final class ItmEnvironment implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ItmEnvironment.class);

    private final DocumentStore store;
    private final boolean ownsStore;
    private final Clock clock;
    private final IdGenerator ids;
    private final List<Notifier> notifiers;
    private final Map<String, BusinessCalendar> calendars;
    private final DomainEventPublisher events;
    private final Outbox outbox;
    private final Optional<OutboxDispatcher> dispatcher;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ItmEnvironment(Builder b, DocumentStore store, boolean ownsStore, Clock clock) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.clock = clock;
        this.ids = b.ids != null ? b.ids : IdGenerator.uuidV7(clock);
        this.notifiers = List.copyOf(b.notifiers);
        this.calendars = Collections.unmodifiableMap(new LinkedHashMap<>(b.calendars));
        this.events = b.events != null ? b.events : DomainEventPublisher.inProcess();
        this.outbox = Outbox.create(store);
        if (notifiers.isEmpty()) {
            this.dispatcher = Optional.empty();
        } else {
            OutboxDispatcher.Builder d = OutboxDispatcher.builder(outbox).clock(clock);
            notifiers.forEach(d::notifier);
            this.dispatcher = Optional.of(b.dispatcherSettings.apply(d).build());
        }
    }

    /**
     * A builder with the defaults: in-memory store, UUIDv7 ids, no notifiers, no calendars; the clock is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store every repository of every module's services lives in.
     *
     * @return the store
     */
    public DocumentStore store() {
        return store;
    }

    /**
     * The clock every service reads the time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The id generator for new records (incident numbers, ...).
     *
     * @return the id generator
     */
    public IdGenerator ids() {
        return ids;
    }

    /**
     * The notifiers, in the order they were added.
     *
     * @return the notifiers, unmodifiable
     */
    public List<Notifier> notifiers() {
        return notifiers;
    }

    /**
     * The notifier called {@code name}.
     *
     * @param name a {@link Notifier#name()}
     * @return the notifier, if one was added under that name
     */
    public Optional<Notifier> notifier(String name) {
        return notifiers.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * The business calendars by name, as added.
     *
     * @return the calendars by name, unmodifiable
     */
    public Map<String, BusinessCalendar> calendars() {
        return calendars;
    }

    /**
     * The calendar called {@code name}.
     *
     * @param name the name it was added under
     * @return the calendar, if any
     */
    public Optional<BusinessCalendar> calendar(String name) {
        return Optional.ofNullable(calendars.get(name));
    }

    /**
     * Where domain events are published.
     *
     * @return the publisher
     */
    public DomainEventPublisher events() {
        return events;
    }

    /**
     * The outbox in {@link #store()}: stored services record their notifications here, atomically with state.
     *
     * @return the outbox
     */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * The dispatcher over {@link #outbox()} for the added notifiers; empty when no notifier was added.
     *
     * @return the dispatcher, or empty if no notifier was added
     */
    public Optional<OutboxDispatcher> dispatcher() {
        return dispatcher;
    }

    /**
     * Delivers every pending outbox entry that is due, once (see {@link OutboxDispatcher#drainOnce()}).
     *
     * @return what was done; all zeros when no notifier was added (entries then stay pending)
     */
    public DispatchReport drainOutbox() {
        return dispatcher.map(OutboxDispatcher::drainOnce).orElseGet(() -> new DispatchReport(0, 0, 0, 0, 0));
    }

    /**
     * Drains the outbox on {@code executor} every {@code period} until the returned future is cancelled.
     *
     * @param executor the application's executor
     * @param period   positive
     * @return the scheduled task
     * @throws ItmValidationException naming {@code notifiers} if none was added, or a bad argument
     */
    public ScheduledFuture<?> scheduleOutbox(ScheduledExecutorService executor, Duration period) {
        return dispatcher.orElseThrow(() -> new ItmValidationException("notifiers",
                "add at least one notifier to the environment before scheduling the outbox"))
                .schedule(executor, period);
    }

    /** Closes the store if this environment opened it from a URL; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsStore && store instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new ItmException("closing the store failed", e);
            }
            LOG.debug("closed the store the environment opened");
        }
    }

    /** Settings of an {@link ItmEnvironment}; {@link #build()} reports every bad one at once. */
    public static final class Builder {
        private @Nullable DocumentStore store;
        private @Nullable String storeUrl;
        private boolean storeSet;
        private @Nullable Clock clock;
        private @Nullable IdGenerator ids;
        private final List<@Nullable Notifier> notifiers = new ArrayList<>();
        private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        private final List<String> calendarProblems = new ArrayList<>();
        private @Nullable DomainEventPublisher events;
        private UnaryOperator<OutboxDispatcher.Builder> dispatcherSettings = UnaryOperator.identity();
        private final Violations early = new Violations();

        private Builder() {
        }

        /**
         * The store to use (not closed by the environment). Excludes {@link #storeUrl(String)}.
         *
         * @param documentStore the store
         * @return this builder
         */
        public Builder store(DocumentStore documentStore) {
            this.store = documentStore;
            this.storeSet = true;
            return this;
        }

        /**
         * The store by one setting, opened with {@link DocumentStores#open(String)} and closed with the environment:
         * {@code memory:} or a JDBC URL such as {@code jdbc:h2:file:./itm-data} or
         * {@code jdbc:postgresql://db/itm?user=itm&password=...} (with {@code itm-store-jdbc} on the class path).
         * Excludes {@link #store(DocumentStore)}; without either the store is in memory.
         *
         * @param url the store URL
         * @return this builder
         */
        public Builder storeUrl(String url) {
            this.storeUrl = url;
            return this;
        }

        /**
         * Required: the clock every service reads the time from ({@code Clock.systemUTC()} in production, a fixed or
         * stepping clock in tests). There is no default so that no service reads the wall clock by accident.
         *
         * @param source the clock
         * @return this builder
         */
        public Builder clock(Clock source) {
            this.clock = source;
            return this;
        }

        /**
         * The id generator (default UUIDv7 on the clock).
         *
         * @param generator the generator
         * @return this builder
         */
        public Builder ids(IdGenerator generator) {
            this.ids = generator;
            return this;
        }

        /**
         * Adds a notifier; names must be unique. Outbox entries name their notifier, and the environment's
         * dispatcher delivers through these.
         *
         * @param notifier the notifier
         * @return this builder
         */
        public Builder notifier(Notifier notifier) {
            notifiers.add(notifier);
            return this;
        }

        /**
         * Adds a business calendar under {@code name} (unique, not blank).
         *
         * @param name     how SLA definitions and services refer to it
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(String name, BusinessCalendar calendar) {
            String path = "calendars[" + name + "]";
            if (name == null || name.isBlank()) {
                early.add("calendars", "a calendar name must not be blank");
            } else if (calendar == null) {
                early.add(path, "must not be null");
            } else if (calendars.putIfAbsent(name, calendar) != null) {
                early.add(path, "is added twice");
            }
            return this;
        }

        /**
         * Where domain events go (default {@link DomainEventPublisher#inProcess()}).
         *
         * @param publisher the publisher
         * @return this builder
         */
        public Builder events(DomainEventPublisher publisher) {
            this.events = publisher;
            return this;
        }

        /**
         * Adjusts the outbox dispatcher (attempts, backoff, page size, dead-letter listener); outbox, clock and
         * notifiers are set by the environment.
         *
         * @param settings applied to the dispatcher builder before it is built
         * @return this builder
         */
        public Builder dispatcher(UnaryOperator<OutboxDispatcher.Builder> settings) {
            this.dispatcherSettings = settings;
            return this;
        }

        /**
         * The environment. Opens the store from its URL last, so a bad setting never leaves a store open.
         *
         * @return the environment
         * @throws ItmValidationException naming every bad setting ({@code store}, {@code storeUrl}, {@code clock},
         *                                {@code ids}, {@code notifiers[i]}, {@code calendars[name]}, {@code events},
         *                                {@code dispatcher}, or the dispatcher's own settings)
         */
        public ItmEnvironment build() {
            Violations v = new Violations();
            early.list().forEach(x -> v.add(x.path(), x.message()));
            if (storeSet) {
                v.require(store != null, "store", "must not be null");
                v.require(storeUrl == null, "storeUrl", "must not be set together with store");
            }
            if (storeUrl != null) {
                v.require(!storeUrl.isBlank(), "storeUrl", "must not be blank");
            }
            v.require(clock != null, "clock", "must be set, e.g. Clock.systemUTC()");
            v.require(dispatcherSettings != null, "dispatcher", "must not be null");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < notifiers.size(); i++) {
                Notifier n = notifiers.get(i);
                if (v.require(n != null, "notifiers[" + i + "]", "must not be null")) {
                    v.require(names.add(n.name()), "notifiers[" + i + "]", "repeats the name '" + n.name() + "'");
                }
            }
            v.throwIfAny();
            DocumentStore chosen;
            boolean owns;
            if (store != null) {
                chosen = store;
                owns = false;
            } else if (storeUrl != null) {
                try {
                    chosen = DocumentStores.open(storeUrl);
                } catch (ItmValidationException e) {
                    throw new ItmValidationException(e.violations().stream()
                            .map(x -> new Violation("storeUrl", x.message())).toList());
                } catch (ItmException e) {
                    throw new ItmValidationException("storeUrl", "could not open the store: " + e.getMessage());
                }
                owns = true;
            } else {
                chosen = DocumentStores.inMemory();
                owns = false;
            }
            try {
                return new ItmEnvironment(this, chosen, owns, Objects.requireNonNull(clock));
            } catch (RuntimeException e) {
                if (owns && chosen instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
        }
    }
}
