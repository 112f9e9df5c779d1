/** Implementation details of {@code org.itm.core.store}; not for users. */
@NullMarked
package org.itm.core.store.internal;

import org.jspecify.annotations.NullMarked;
