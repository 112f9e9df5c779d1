/**
 * Random variate generation for the FAIR simulator; not for users.
 */
@NullMarked
package org.itm.risk.fair.internal;

import org.jspecify.annotations.NullMarked;
