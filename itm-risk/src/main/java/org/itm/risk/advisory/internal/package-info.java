/** Implementation of the advisory package: version orderings. Not for users. */
@NullMarked
package org.itm.risk.advisory.internal;

import org.jspecify.annotations.NullMarked;
