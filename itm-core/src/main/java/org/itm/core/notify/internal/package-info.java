/** Implementation details of {@code org.itm.core.notify}; not for users. */
@NullMarked
package org.itm.core.notify.internal;

import org.jspecify.annotations.NullMarked;
