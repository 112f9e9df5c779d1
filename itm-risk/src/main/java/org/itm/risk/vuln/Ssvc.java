package org.itm.risk.vuln;

import java.util.Map;
import org.itm.core.validation.Checks;

/**
 * Typed access to the SSVC deployer table: the patch application priority of a vulnerability on its asset, with
 * the decision path.
 *
 * @since 0.1
 */
public final class Ssvc {

    private Ssvc() {
    }

    /**
     * The deployer priority for the given decision point values, by the SSVC deployer table.
     *
     * @param exploitation the exploitation status
     * @param exposure     how reachable the system is
     * @param automatable  whether exploitation can be automated
     * @param humanImpact  the asset's human impact
     * @return the outcome (e.g. {@code out-of-cycle}) with the path of answers that led to it
     * @throws org.itm.core.ItmValidationException naming {@code exploitation}, {@code exposure} or
     *                                             {@code humanImpact} when null
     */
    public static TableDecision deployerPriority(Exploitation exploitation, SystemExposure exposure, boolean automatable,
                                            HumanImpact humanImpact) {
        Checks.notNull(exploitation, "exploitation");
        Checks.notNull(exposure, "exposure");
        Checks.notNull(humanImpact, "humanImpact");
        return DecisionTable.ssvcDeployer().decide(Map.of(
                "exploitation", exploitation.ssvc(),
                "exposure", exposure.ssvc(),
                "automatable", automatable ? "yes" : "no",
                "humanImpact", humanImpact.ssvc()));
    }

    /**
     * The deployer priority of a finding, from its exploitation, exposure, automatable and asset criticality.
     *
     * @param v the finding
     * @return the outcome with its path
     * @throws org.itm.core.ItmValidationException naming {@code vulnerability} when null
     */
    public static TableDecision deployerPriority(Vulnerability v) {
        Checks.notNull(v, "vulnerability");
        return deployerPriority(v.exploitation(), v.exposure(), v.automatable(), v.assetCriticality());
    }
}
