/** The stored form of changes; not for users. */
@NullMarked
package org.itm.operations.change.internal;

import org.jspecify.annotations.NullMarked;
