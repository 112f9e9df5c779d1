/** Implementation details of {@code org.itm.core.event}; not for users. */
@NullMarked
package org.itm.core.event.internal;

import org.jspecify.annotations.NullMarked;
