/**
 * Special functions behind the trend package (Student's t distribution); not for users.
 */
@NullMarked
package org.itm.capacity.trend.internal;

import org.jspecify.annotations.NullMarked;
