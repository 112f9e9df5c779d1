/**
 * The continual improvement register: {@link org.itm.metrics.improvement.ImprovementInitiative}s with baseline,
 * target, owner and PDCA stage in an immutable {@link org.itm.metrics.improvement.ImprovementRegister}, and the
 * measured benefit over comparable windows ({@link org.itm.metrics.improvement.Benefit#measure}).
 */
@NullMarked
package org.itm.metrics.improvement;

import org.jspecify.annotations.NullMarked;
