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

    private DecisionLog(Clock clock, ZoneId zone, DelegationOfAuthority doa) {
        this.clock = clock;
        this.zone = zone;
        this.doa = doa;
    }

    public static DecisionLog create(Clock clock, ZoneId zone, DelegationOfAuthority doa) {
        return new DecisionLog(Checks.notNull(clock, "clock"), Checks.notNull(zone, "zone"), Checks.notNull(doa, "doa"));
    }

    public DecisionLog raci(RaciMatrix matrix) {
        raci.put(Checks.notNull(matrix, "matrix").decisionType(), matrix);
        return this;
    }

    /** Registers a committee; it holds the delegation level named {@code level}. */
    public DecisionLog committee(Committee committee, String level) {
        Checks.notNull(committee, "committee");
        Checks.require(doa.rank(level) >= 0, "level", "unknown delegation level " + level);
        committees.put(committee.name(), committee);
        levels.put(committee.name(), level);
        return this;
    }

    /** Gives a person a delegation level (e.g. {@code director}). */
    public DecisionLog authority(String person, String level) {
        Checks.id(person, "person");
        Checks.require(doa.rank(level) >= 0, "level", "unknown delegation level " + level);
        levels.put(person, level);
        return this;
    }

    /** Checks the rights and records the decision, or throws {@link DecisionRightsException} saying why not. */
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
        DecisionRecord rec = new DecisionRecord(records.size() + 1L, request, now, now.atZone(zone).toLocalDate(), authority);
        records.add(rec);
        LOG.debug("recorded decision {} of type {} by {}", rec.sequence(), request.decisionType(), who);
        return rec;
    }

    public List<DecisionRecord> records() {
        return List.copyOf(records);
    }

    private static DecisionRightsException reject(String reason) {
        LOG.debug("decision rejected: {}", reason);
        return new DecisionRightsException("decision rejected: " + reason);
    }
}
