/**
 * Rightsizing and scale-up recommendations, each with the evidence behind it.
 */
@NullMarked
package org.itm.capacity.recommend;

import org.jspecify.annotations.NullMarked;
