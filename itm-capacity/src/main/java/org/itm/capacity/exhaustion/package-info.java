/**
 * Resources with capacity, thresholds and lead times; exhaustion dates, order-by dates, headroom and bottlenecks.
 */
@NullMarked
package org.itm.capacity.exhaustion;

import org.jspecify.annotations.NullMarked;
