/**
 * Implementation details of change management; not for direct use.
 */
@NullMarked
package org.itm.operations.change.internal;

import org.jspecify.annotations.NullMarked;
