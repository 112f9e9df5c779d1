/**
 * Implementation details of the risk register package; not for direct use.
 */
@NullMarked
package org.itm.risk.register.internal;

import org.jspecify.annotations.NullMarked;
