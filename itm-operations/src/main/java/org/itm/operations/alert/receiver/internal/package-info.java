/** Implementation details of the alert receiver (request handling); not for users. */
@NullMarked
package org.itm.operations.alert.receiver.internal;

import org.jspecify.annotations.NullMarked;
