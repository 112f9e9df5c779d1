package org.itm.metrics.input;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * One production deployment as the DORA keys see it.
 *
 * @param id          deployment id
 * @param service     deployed service
 * @param team        owning team
 * @param committed   when the earliest change in the deployment was committed (start of lead time)
 * @param deployed    when it reached production
 * @param failed      whether it caused a failure in production needing remediation (rollback, hotfix, incident)
 * @param restored    when service was restored after such a failure
 * @since 0.1
 */
public record DeploymentRecord(String id, String service, String team, Instant committed, Instant deployed,
                               boolean failed, Optional<Instant> restored) {

    /**
     * A deployment as the DORA KPIs read it.
     *
     * @param id deployment id
     * @param service deployed service
     * @param team owning team
     * @param committed when the earliest change in the deployment was committed (start of lead time)
     * @param deployed when it reached production
     * @param failed whether it caused a failure in production needing remediation (rollback, hotfix, incident)
     * @param restored when service was restored after such a failure
     * @throws org.itm.core.ItmValidationException if a text is blank, an argument is null, {@code deployed} is before
     *        {@code committed}, or {@code restored} is set for a deployment that did not fail or is before
     *        {@code deployed}
     */
    public DeploymentRecord {
        Checks.notBlank(id, "id");
        Checks.notBlank(service, "service");
        Checks.notBlank(team, "team");
        Checks.notNull(committed, "committed");
        Checks.notNull(deployed, "deployed");
        Checks.notNull(restored, "restored");
        Checks.require(!deployed.isBefore(committed), "deployed", "must not be before committed");
        Checks.require(restored.isEmpty() || failed, "restored", "only a failed deployment is restored");
        restored.ifPresent(r -> Checks.require(!r.isBefore(deployed), "restored", "must not be before deployed"));
    }

    /**
     * The DORA lead time for changes of this deployment.
     *
     * @return time from commit to deployment, zero or more
     */
    public Duration leadTime() {
        return Duration.between(committed, deployed);
    }

    /**
     * The DORA time to restore service of this deployment.
     *
     * @return time from deployment to restoration, or empty unless the deployment failed and was restored
     */
    public Optional<Duration> recoveryTime() {
        return restored.map(r -> Duration.between(deployed, r));
    }
}
