/** Implementation of the JDBC document store; not for users. */
@NullMarked
package org.itm.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
