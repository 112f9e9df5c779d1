package org.itm.operations.embed;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.itm.core.ItmValidationException;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.validation.Violations;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.StoredAlertCorrelator;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationRule;
import org.itm.operations.escalation.StoredEscalationLedger;
import org.itm.operations.incident.IncidentDesk;
import org.itm.operations.incident.IncidentRepository;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.operations.paging.NotificationLedger;
import org.itm.operations.paging.PageStore;
import org.itm.operations.problem.KnownErrorBase;
import org.itm.operations.problem.ProblemRepository;
import org.itm.operations.problem.ProposalMemory;
import org.itm.operations.runbook.RunbookExecutionRepository;
import org.itm.operations.runbook.StepAttemptRepository;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaEngine;
import org.jspecify.annotations.Nullable;

/**
 * The operations processes over one {@link ItmEnvironment}: every repository lives in the environment's store, so
 * a second instance on the same store (after a restart) continues the open incidents, changes, problems,
 * escalations and pages. {@link #from(ItmEnvironment)} takes all defaults; {@link #builder(ItmEnvironment)}
 * replaces any part.
 *
 * <pre>{@code
 * OperationsServices ops = OperationsServices.from(env);
 * Incident incident = ops.serviceDesk().open("Mail down", "email", 1, 1, "alice");
 * ops.changes().create(Change.draft("CHG-7", "Patch DB", ChangeType.NORMAL, "rita", List.of("db-1"), now));
 * EscalationEngine escalation = ops.escalation(rules, "ops-webhook"); // notifications go through env's outbox
 * }</pre>
 *
 * @since 0.1
 */
public final class OperationsServices {

    /** Default {@link Builder#reopenPeriod(Duration)}: a resolved incident may be reopened for a week. */
    public static final Duration DEFAULT_REOPEN_PERIOD = Duration.ofDays(7);

    private final ItmEnvironment environment;
    private final IncidentRepository incidents;
    private final IncidentDesk serviceDesk;
    private final ChangeRepository changes;
    private final ProblemRepository problems;
    private final KnownErrorBase knownErrors;
    private final StoredEscalationLedger escalationLedger;
    private final PageStore pages;
    private final NotificationLedger pageNotifications;
    private final RunbookExecutionRepository runbookExecutions;
    private final StepAttemptRepository stepAttempts;
    private final SlaEngine sla;

    private OperationsServices(ItmEnvironment env, Builder b) {
        this.environment = env;
        this.incidents = b.incidents != null ? b.incidents : IncidentRepository.documentStore(env.store());
        this.serviceDesk = b.serviceDesk != null ? b.serviceDesk
                : IncidentDesk.create(env.clock(), env.ids(),
                        b.priorityPolicy != null ? b.priorityPolicy : PriorityPolicy.itil3x3(), incidents,
                        env.events(), Objects.requireNonNull(b.reopenPeriod));
        this.changes = b.changes != null ? b.changes : ChangeRepository.documentStore(env.store());
        this.problems = b.problems != null ? b.problems : ProblemRepository.documentStore(env.store());
        this.knownErrors = b.knownErrors != null ? b.knownErrors : KnownErrorBase.stored(problems);
        this.escalationLedger = b.escalationLedger != null ? b.escalationLedger
                : StoredEscalationLedger.create(env.outbox());
        this.pages = b.pages != null ? b.pages : PageStore.stored(env.store());
        this.pageNotifications = b.pageNotifications != null ? b.pageNotifications
                : NotificationLedger.stored(env.store());
        this.runbookExecutions = b.runbookExecutions != null ? b.runbookExecutions
                : RunbookExecutionRepository.documentStore(env.store());
        this.stepAttempts = b.stepAttempts != null ? b.stepAttempts
                : StepAttemptRepository.documentStore(env.store());
        this.sla = b.sla != null ? b.sla : SlaEngine.create(CalendarLookup.of(env.calendars()));
    }

    /**
     * The services with every default, in {@code env}'s store.
     *
     * @param env the environment
     * @return the services
     * @throws ItmValidationException naming {@code environment} if it is null
     */
    public static OperationsServices from(ItmEnvironment env) {
        return builder(env).build();
    }

    /**
     * A builder over {@code env} to replace parts.
     *
     * @param env the environment
     * @return the builder
     */
    public static Builder builder(ItmEnvironment env) {
        return new Builder(env);
    }

    /**
     * The environment the services were built from.
     *
     * @return the environment
     */
    public ItmEnvironment environment() {
        return environment;
    }

    /**
     * The incident repository the service desk keeps its incidents in.
     *
     * @return the repository, on the environment's store unless replaced
     */
    public IncidentRepository incidents() {
        return incidents;
    }

    /**
     * The service desk: opens, assigns, resolves and reopens incidents, publishing domain events.
     *
     * @return the desk, shared by every caller
     */
    public IncidentDesk serviceDesk() {
        return serviceDesk;
    }

    /**
     * Changes with their votes, windows and history (open changes in a window, by CI, ...).
     *
     * @return the repository
     */
    public ChangeRepository changes() {
        return changes;
    }

    /**
     * Problems by CI, service and status.
     *
     * @return the repository
     */
    public ProblemRepository problems() {
        return problems;
    }

    /**
     * The known-error base over {@link #problems()} (known errors by symptom).
     *
     * @return the known-error base
     */
    public KnownErrorBase knownErrors() {
        return knownErrors;
    }

    /**
     * The escalation ledger; escalations fired through it are recorded with their outbox entry.
     *
     * @return the ledger
     */
    public StoredEscalationLedger escalationLedger() {
        return escalationLedger;
    }

    /**
     * On-call pages.
     *
     * @return the page store
     */
    public PageStore pages() {
        return pages;
    }

    /**
     * Which page notifications were already sent (so a restart does not page twice).
     *
     * @return the ledger
     */
    public NotificationLedger pageNotifications() {
        return pageNotifications;
    }

    /**
     * Runbook executions.
     *
     * @return the repository
     */
    public RunbookExecutionRepository runbookExecutions() {
        return runbookExecutions;
    }

    /**
     * Runbook step attempts (their idempotency keys).
     *
     * @return the repository
     */
    public StepAttemptRepository stepAttempts() {
        return stepAttempts;
    }

    /**
     * The SLA engine over the environment's calendars (SLA definitions name them).
     *
     * @return the engine; thread-safe
     */
    public SlaEngine sla() {
        return sla;
    }

    /**
     * An escalation engine over {@link #escalationLedger()} whose notifications the environment's dispatcher
     * delivers through the notifier {@code notifierName}: each fires once across restarts.
     *
     * @param rules        the rules, evaluated in order
     * @param notifierName a notifier added to the environment
     * @return the engine
     * @throws ItmValidationException naming {@code notifierName} if the environment has no such notifier, or a bad
     * rule
     */
    public EscalationEngine escalation(List<EscalationRule> rules, String notifierName) {
        requireNotifier(notifierName);
        return EscalationEngine.create(rules, escalationLedger, notifierName);
    }

    /**
     * The problem detector's stored memory: a proposal is recorded (and notified through {@code notifierName}) once
     * per incident set, across restarts.
     *
     * @param notifierName a notifier added to the environment
     * @param recipients   who is told of a proposal; at least one
     * @return the memory
     * @throws ItmValidationException naming {@code notifierName} or {@code recipients}
     */
    public ProposalMemory proposalMemory(String notifierName, String... recipients) {
        requireNotifier(notifierName);
        return ProposalMemory.builder(environment.outbox()).notifier(notifierName).recipients(recipients)
                .clock(environment.clock()).build();
    }

    /**
     * The alert correlator {@code name}, restored from its open groups in the environment's store.
     *
     * @param name     one per partition of services
     * @param settings the correlator's settings
     * @return the correlator
     */
    public StoredAlertCorrelator alertCorrelator(String name, AlertCorrelator.Builder settings) {
        return StoredAlertCorrelator.open(environment.store(), name, settings);
    }

    private void requireNotifier(String notifierName) {
        if (notifierName == null || environment.notifier(notifierName).isEmpty()) {
            throw new ItmValidationException("notifierName", "names no notifier of the environment "
                    + environment.notifiers().stream().map(n -> n.name()).toList()
                    + ", so its outbox entries would never be delivered; was " + notifierName);
        }
    }

    /** Replaces parts of {@link OperationsServices}; every part not set gets its stored default. */
    public static final class Builder {
        private final @Nullable ItmEnvironment environment;
        private @Nullable IncidentRepository incidents;
        private @Nullable IncidentDesk serviceDesk;
        private @Nullable PriorityPolicy priorityPolicy;
        private @Nullable Duration reopenPeriod = DEFAULT_REOPEN_PERIOD;
        private @Nullable ChangeRepository changes;
        private @Nullable ProblemRepository problems;
        private @Nullable KnownErrorBase knownErrors;
        private @Nullable StoredEscalationLedger escalationLedger;
        private @Nullable PageStore pages;
        private @Nullable NotificationLedger pageNotifications;
        private @Nullable RunbookExecutionRepository runbookExecutions;
        private @Nullable StepAttemptRepository stepAttempts;
        private @Nullable SlaEngine sla;
        private final Violations nulls = new Violations();

        private Builder(@Nullable ItmEnvironment environment) {
            this.environment = environment;
        }

        private <T> @Nullable T given(@Nullable T value, String field) {
            nulls.require(value != null, field, "must not be null");
            return value;
        }

        /**
         * Replaces the incident repository (the service desk uses it).
         *
         * @param repository the repository to use
         * @return this builder
         */
        public Builder incidents(IncidentRepository repository) {
            this.incidents = given(repository, "incidents");
            return this;
        }

        /**
         * Replaces the service desk altogether (then priority policy and reopen period are not used).
         *
         * @param desk the desk to use
         * @return this builder
         */
        public Builder serviceDesk(IncidentDesk desk) {
            this.serviceDesk = given(desk, "serviceDesk");
            return this;
        }

        /**
         * The service desk's priority policy (default {@link PriorityPolicy#itil3x3()}).
         *
         * @param policy maps impact and urgency to a priority
         * @return this builder
         */
        public Builder priorityPolicy(PriorityPolicy policy) {
            this.priorityPolicy = given(policy, "priorityPolicy");
            return this;
        }

        /**
         * How long a resolved incident may be reopened (default {@link OperationsServices#DEFAULT_REOPEN_PERIOD}).
         *
         * @param period positive
         * @return this builder
         */
        public Builder reopenPeriod(Duration period) {
            this.reopenPeriod = period;
            return this;
        }

        /**
         * Replaces the change repository.
         *
         * @param repository the repository to use
         * @return this builder
         */
        public Builder changes(ChangeRepository repository) {
            this.changes = given(repository, "changes");
            return this;
        }

        /**
         * Replaces the problem repository (the default known-error base reads it).
         *
         * @param repository the repository to use
         * @return this builder
         */
        public Builder problems(ProblemRepository repository) {
            this.problems = given(repository, "problems");
            return this;
        }

        /**
         * Replaces the known-error base.
         *
         * @param base the base to use
         * @return this builder
         */
        public Builder knownErrors(KnownErrorBase base) {
            this.knownErrors = given(base, "knownErrors");
            return this;
        }

        /**
         * Replaces the escalation ledger.
         *
         * @param ledger the ledger to use
         * @return this builder
         */
        public Builder escalationLedger(StoredEscalationLedger ledger) {
            this.escalationLedger = given(ledger, "escalationLedger");
            return this;
        }

        /**
         * Replaces the page store.
         *
         * @param store the store to use
         * @return this builder
         */
        public Builder pages(PageStore store) {
            this.pages = given(store, "pages");
            return this;
        }

        /**
         * Replaces the page notification ledger.
         *
         * @param ledger the ledger to use
         * @return this builder
         */
        public Builder pageNotifications(NotificationLedger ledger) {
            this.pageNotifications = given(ledger, "pageNotifications");
            return this;
        }

        /**
         * Replaces the runbook execution repository.
         *
         * @param repository the repository to use
         * @return this builder
         */
        public Builder runbookExecutions(RunbookExecutionRepository repository) {
            this.runbookExecutions = given(repository, "runbookExecutions");
            return this;
        }

        /**
         * Replaces the step attempt repository.
         *
         * @param repository the repository to use
         * @return this builder
         */
        public Builder stepAttempts(StepAttemptRepository repository) {
            this.stepAttempts = given(repository, "stepAttempts");
            return this;
        }

        /**
         * Replaces the SLA engine (for calendars beyond the environment's).
         *
         * @param engine the engine to use
         * @return this builder
         */
        public Builder sla(SlaEngine engine) {
            this.sla = given(engine, "sla");
            return this;
        }

        /**
         * The services.
         *
         * @return the services
         * @throws ItmValidationException naming every bad setting
         */
        public OperationsServices build() {
            Violations v = new Violations();
            nulls.list().forEach(x -> v.add(x.path(), x.message()));
            v.require(environment != null, "environment", "must not be null");
            v.require(reopenPeriod != null && !reopenPeriod.isNegative(), "reopenPeriod",
                    "must not be negative, was " + reopenPeriod);
            v.throwIfAny();
            return new OperationsServices(Objects.requireNonNull(environment), this);
        }
    }
}
