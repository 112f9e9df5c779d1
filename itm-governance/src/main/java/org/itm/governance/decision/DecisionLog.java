package org.itm.governance.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records decisions after checking the decider's rights: the RACI matrix of the decision type names them (or their
 * committee) as accountable, the delegation of authority lets their level approve the amount, and a committee's
 * votes carry under its rule. Otherwise {@link #record} throws {@link DecisionRightsException} with the reason and
 * records nothing. Not thread-safe; guard it if several threads record.
 *
 * <p>A log {@linkplain #create(Clock, ZoneId, DelegationOfAuthority, DecisionRecordRepository) created over a
 * repository} continues the numbering of the records already stored and stores each record before returning it, so
 * a restart neither loses a decision nor numbers one twice:
 *
 * <pre>{@code
 * DecisionLog log = DecisionLog.create(clock, zone, doa, services.decisionRecords());
 * DecisionRecord rec = log.record(request); // stored; numbered after the last stored record
 * }</pre>
 *
 * @since 0.1
 */
public final class DecisionLog {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);

    private final Clock clock;
    private final ZoneId zone;
    private final DelegationOfAuthority doa;
    private final Map<String, RaciMatrix> raci = new HashMap<>();
    private final Map<String, Committee> committees = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();
    private final List<DecisionRecord> records = new ArrayList<>();
    private final Optional<DecisionRecordRepository> store;
    private long last;

    private DecisionLog(Clock clock, ZoneId zone, DelegationOfAuthority doa, Optional<DecisionRecordRepository> store) {
        this.clock = clock;
        this.zone = zone;
        this.doa = doa;
        this.store = store;
        this.last = store.map(DecisionLog::lastStoredSequence).orElse(0L);
    }

    /**
     * Creates an empty log; register RACI matrices, committees and people's levels before recording.
     *
     * @param clock the clock that stamps each record
     * @param zone  the zone in which a record's {@link DecisionRecord#date()} is taken
     * @param doa   the spend thresholds amounts are checked against
     * @return the log
     * @throws org.itm.core.ItmValidationException naming {@code clock}, {@code zone} or {@code doa} when null
     */
    public static DecisionLog create(Clock clock, ZoneId zone, DelegationOfAuthority doa) {
        return new DecisionLog(Checks.notNull(clock, "clock"), Checks.notNull(zone, "zone"), Checks.notNull(doa, "doa"),
                Optional.empty());
    }

    /**
     * Creates a log over stored records: it numbers its first record after the highest sequence in {@code records}
     * and creates each record there before {@link #record} returns it. The records are numbered without gaps from 1,
     * so the highest one is found by probing a few sequence numbers rather than reading every record; do not delete
     * records from the repository. If another process stored the next number first, {@link #record} throws
     * {@link org.itm.core.store.StaleVersionException} and records nothing; create a new log to continue after its records.
     *
     * @param clock   the clock that stamps each record
     * @param zone    the zone in which a record's {@link DecisionRecord#date()} is taken
     * @param doa     the spend thresholds amounts are checked against
     * @param records where the records are kept, e.g. {@code GovernanceServices.decisionRecords()}
     * @return the log
     * @throws org.itm.core.ItmValidationException naming {@code clock}, {@code zone}, {@code doa} or {@code records}
     *                                             when null
     */
    public static DecisionLog create(Clock clock, ZoneId zone, DelegationOfAuthority doa,
                                     DecisionRecordRepository records) {
        return new DecisionLog(Checks.notNull(clock, "clock"), Checks.notNull(zone, "zone"), Checks.notNull(doa, "doa"),
                Optional.of(Checks.notNull(records, "records")));
    }

    /** The highest stored sequence, 0 when none: doubles a bound past it, then halves the gap (O(log n) reads). */
    private static long lastStoredSequence(DecisionRecordRepository repo) {
        if (!exists(repo, 1)) {
            return 0;
        }
        long low = 1; // stored
        long high = 2; // probe until not stored
        while (exists(repo, high)) {
            low = high;
            high = Math.multiplyExact(high, 2L);
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (exists(repo, mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean exists(DecisionRecordRepository repo, long sequence) {
        return repo.get(DecisionRecordRepository.idOf(sequence)).isPresent();
    }

    /**
     * Registers the RACI matrix of a decision type, replacing an earlier one of the type. Decisions of a type without
     * a matrix skip the accountability check.
     *
     * @param matrix the matrix
     * @return this log
     * @throws org.itm.core.ItmValidationException naming {@code matrix} when null
     */
    public DecisionLog raci(RaciMatrix matrix) {
        raci.put(Checks.notNull(matrix, "matrix").decisionType(), matrix);
        return this;
    }

    /**
     * Registers a committee, replacing one of the same name; decisions it takes must carry its members' votes.
     *
     * @param committee the committee
     * @param level     the delegation level it holds, one of the {@link DelegationOfAuthority}'s
     * @return this log
     * @throws org.itm.core.ItmValidationException naming {@code committee} when null, or {@code level} when not a
     *                                             level of the delegation of authority
     */
    public DecisionLog committee(Committee committee, String level) {
        Checks.notNull(committee, "committee");
        Checks.require(doa.rank(level) >= 0, "level", "unknown delegation level " + level);
        committees.put(committee.name(), committee);
        levels.put(committee.name(), level);
        return this;
    }

    /**
     * Gives a person a delegation level, replacing the one they had.
     *
     * @param person the person's id, as in {@link DecisionRequest#decidedBy()}
     * @param level  the level, one of the {@link DelegationOfAuthority}'s, e.g. {@code director}
     * @return this log
     * @throws org.itm.core.ItmValidationException naming {@code person} when not an id, or {@code level} when not a
     *                                             level of the delegation of authority
     */
    public DecisionLog authority(String person, String level) {
        Checks.id(person, "person");
        Checks.require(doa.rank(level) >= 0, "level", "unknown delegation level " + level);
        levels.put(person, level);
        return this;
    }

    /**
     * Checks the rights and records the decision, or throws saying why not. In order: the decider must be the
     * accountable party of the type's RACI matrix (if there is one); an amount needs a level at or above the one
     * {@link DelegationOfAuthority#levelFor} names; a committee's votes must carry, and a person's request must carry
     * no votes.
     *
     * @param request the decision
     * @return the record, numbered after the last one (the last stored one for a log over a repository), with the
     *         rights that allowed it; stored before it is returned when the log has a repository
     * @throws DecisionRightsException             when a right is missing; nothing is recorded
     * @throws org.itm.core.ItmValidationException naming {@code request} when null, {@code amount} when it is in
     *                                             another currency than the delegation of authority, or
     *                                             {@code votes[WHO]} for a vote by a non-member
     * @throws org.itm.core.store.StaleVersionException when the log has a repository in which another log stored
     *                                             the next number first; nothing is recorded
     */
    public DecisionRecord record(DecisionRequest request) {
        Checks.notNull(request, "request");
        String who = request.decidedBy();
        List<String> authority = new ArrayList<>();
        RaciMatrix matrix = raci.get(request.decisionType());
        if (matrix != null) {
            if (!matrix.accountable().equals(who)) {
                throw reject(who + " is not accountable for " + request.decisionType() + " decisions; "
                        + matrix.accountable() + " is (" + who + " is " + Optional.ofNullable(matrix.assignments().get(who))
                        .map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("not in the RACI matrix") + ")");
            }
            authority.add("accountable for " + request.decisionType() + " in the RACI matrix");
        }
        if (request.amount().isPresent()) {
            Money amount = request.amount().get();
            String needed = doa.levelFor(amount);
            String held = levels.get(who);
            Money shown = amount.rounded(); // messages show whole cents; the check above used the exact amount
            if (held == null) {
                throw reject(who + " holds no delegated authority; spending " + shown + " needs " + needed);
            }
            if (doa.rank(held) < doa.rank(needed)) {
                throw reject("spending " + shown + " needs " + needed + "; " + who + " is " + held
                        + doa.limitOf(held).map(l -> " and may approve only below " + l.rounded()).orElse(""));
            }
            authority.add(held + " may approve " + shown + " (needs " + needed + ")");
        }
        Committee committee = committees.get(who);
        if (committee != null) {
            VoteOutcome outcome = committee.decide(request.votes());
            if (!outcome.carried()) {
                throw reject(committee.name() + " did not decide: " + outcome.reason());
            }
            authority.add(committee.name() + " vote " + outcome.reason());
        } else if (!request.votes().isEmpty()) {
            throw reject(who + " is not a committee, so the decision cannot carry votes");
        }
        Instant now = clock.instant();
        DecisionRecord rec = new DecisionRecord(last + 1, request, now, now.atZone(zone).toLocalDate(), authority);
        store.ifPresent(repo -> repo.create(rec));
        last = rec.sequence();
        records.add(rec);
        LOG.debug("recorded decision {} of type {} by {}", rec.sequence(), request.decisionType(), who);
        return rec;
    }

    /**
     * The decisions this log recorded, in order. A log without a repository keeps them only here: store them with
     * {@link DecisionRecordRepository} to keep them. A log over a repository has stored them already; earlier ones,
     * recorded before a restart, are in the repository only.
     *
     * @return an unmodifiable copy
     */
    public List<DecisionRecord> records() {
        return List.copyOf(records);
    }

    private static DecisionRightsException reject(String reason) {
        LOG.debug("decision rejected: {}", reason);
        return new DecisionRightsException("decision rejected: " + reason);
    }
}
