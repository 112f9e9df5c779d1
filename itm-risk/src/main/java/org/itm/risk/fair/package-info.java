/**
 * Open FAIR quantitative risk analysis: calibrated estimates ({@link org.itm.risk.fair.Estimate}), loss event
 * frequency and magnitude, a seedable Monte Carlo ({@link org.itm.risk.fair.FairSimulator}) producing annualised
 * loss distributions, loss exceedance curves, portfolio aggregation and return on control.
 */
@NullMarked
package org.itm.risk.fair;

import org.jspecify.annotations.NullMarked;
