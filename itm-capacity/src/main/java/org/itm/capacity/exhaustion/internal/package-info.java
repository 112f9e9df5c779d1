/**
 * Default implementation of the exhaustion analyser; not for users.
 */
@NullMarked
package org.itm.capacity.exhaustion.internal;

import org.jspecify.annotations.NullMarked;
