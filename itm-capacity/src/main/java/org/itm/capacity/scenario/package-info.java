/**
 * What-if scenarios over a baseline forecast compared side by side with exhaustion dates and capacity cost.
 */
@NullMarked
package org.itm.capacity.scenario;

import org.jspecify.annotations.NullMarked;
