/**
 * Availability from outages, service level objectives with error budgets and burn-rate alerts, Apdex and latency percentiles.
 */
@NullMarked
package org.itm.capacity.slo;

import org.jspecify.annotations.NullMarked;
