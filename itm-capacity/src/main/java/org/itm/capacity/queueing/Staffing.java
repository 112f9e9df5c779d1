package org.itm.capacity.queueing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itm.core.validation.Checks;

/**
 * Contact-centre staffing with Erlang C: the minimum number of agents for a service-level target.
 *
 * <pre>{@code
 * Workload w = Workload.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)); // 10 Erlangs
 * StaffingPlan plan = Staffing.minimumAgents(w, StaffingTarget.of(0.80, Duration.ofSeconds(20)));
 * plan.agents(); // 14
 * }</pre>
 *
 * <p>The search starts at the smallest stable pool ({@code floor(A) + 1}) and adds one agent at a time while
 * carrying the Erlang B recursion forward, so the cost is linear in the answer even for thousands of agents.
 *
 * @since 0.1
 */
public final class Staffing {

    private Staffing() {
    }

    /**
     * The fewest agents meeting {@code target} for {@code workload}, with the options considered on the way.
     *
     * @param workload the offered work; with no contacts the answer is 0 agents
     * @param target   the service level to reach and, if set, the average speed of answer to stay within
     * @return the plan: {@link StaffingPlan#agents()} is the answer, {@link StaffingPlan#explanation()} says why
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static StaffingPlan minimumAgents(Workload workload, StaffingTarget target) {
        Checks.notNull(workload, "workload");
        Checks.notNull(target, "target");
        double a = workload.erlangs();
        double aht = workload.handlingSeconds();
        double t = Workload.seconds(target.answerWithin());
        if (a == 0) {
            StaffingOption none = new StaffingOption(0, 0, 1, 0, 0, true);
            return new StaffingPlan(workload, a, target, none, List.of(none), "no contacts arrive, so no agent is needed");
        }
        int c = (int) Math.floor(a) + 1;
        double b = 1.0;
        for (int n = 1; n <= c; n++) {
            b = ErlangB.next(b, a, n);
        }
        List<StaffingOption> considered = new ArrayList<>();
        while (true) {
            double pw = ErlangC.fromBlocking(b, a, c);
            double sl = ErlangC.serviceLevel(pw, a, c, aht, t);
            double asa = ErlangC.asa(pw, a, c, aht);
            boolean asaOk = target.maxAverageSpeedOfAnswer()
                    .map(max -> asa <= Workload.seconds(max)).orElse(true);
            boolean ok = sl >= target.serviceLevel() && asaOk;
            StaffingOption option = new StaffingOption(c, pw, sl, asa, Math.min(1, a / c), ok);
            considered.add(option);
            if (ok) {
                String why = String.format(Locale.ROOT,
                        "%d agents answer %.1f%% within %ss (target %.1f%%), ASA %.1fs, for %.2f Erlangs",
                        c, sl * 100, target.answerWithin().toSeconds(), target.serviceLevel() * 100, asa, a);
                if (considered.size() > 1) {
                    StaffingOption prev = considered.get(considered.size() - 2);
                    why += String.format(Locale.ROOT, "; %d agents would answer only %.1f%%%s",
                            prev.agents(), prev.serviceLevel() * 100,
                            prev.serviceLevel() >= target.serviceLevel() ? " with too slow an ASA" : "");
                }
                return new StaffingPlan(workload, a, target, option, considered, why);
            }
            c++;
            b = ErlangB.next(b, a, c);
        }
    }

    /**
     * Erlang C performance of exactly {@code agents} agents against {@code target}, e.g. to see what a rota that
     * is one agent short gives.
     *
     * @param workload the offered work
     * @param agents   number of agents; positive
     * @param target   the target to compare with
     * @return the predicted service level, ASA, occupancy and whether the target is met; an unstable pool
     *         ({@code agents <= erlangs}) has service level 0 and an infinite ASA
     * @throws org.itm.core.ItmValidationException if an argument is null or {@code agents} is not positive
     */
    public static StaffingOption evaluate(Workload workload, int agents, StaffingTarget target) {
        Checks.notNull(workload, "workload");
        Checks.notNull(target, "target");
        Checks.positive(agents, "agents");
        double a = workload.erlangs();
        double pw = ErlangC.probabilityOfWaiting(a, agents);
        double sl = ErlangC.serviceLevel(pw, a, agents, workload.handlingSeconds(),
                Workload.seconds(target.answerWithin()));
        double asa = ErlangC.asa(pw, a, agents, workload.handlingSeconds());
        boolean asaOk = target.maxAverageSpeedOfAnswer().map(max -> asa <= Workload.seconds(max)).orElse(true);
        return new StaffingOption(agents, pw, sl, asa, Math.min(1, a / agents), sl >= target.serviceLevel() && asaOk);
    }
}
