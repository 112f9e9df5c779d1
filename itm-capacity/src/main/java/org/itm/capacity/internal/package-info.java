/**
 * Helpers shared by several concepts of the capacity module (classical decomposition, number formatting for
 * explanations); not for users.
 */
@NullMarked
package org.itm.capacity.internal;

import org.jspecify.annotations.NullMarked;
