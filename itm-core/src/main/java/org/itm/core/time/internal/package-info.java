/** Implementation details of {@code org.itm.core.time}; not for users. */
@NullMarked
package org.itm.core.time.internal;

import org.jspecify.annotations.NullMarked;
