/**
 * ITM's exception hierarchy, rooted at {@link org.itm.core.ItmException}.
 */
@NullMarked
package org.itm.core;

import org.jspecify.annotations.NullMarked;
