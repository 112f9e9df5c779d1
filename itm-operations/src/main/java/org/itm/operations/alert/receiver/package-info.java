/**
 * An optional HTTP endpoint on the JDK's own server that monitoring tools post alerts to; start it with
 * {@link org.itm.operations.alert.receiver.AlertReceiver#builder}.
 */
@NullMarked
package org.itm.operations.alert.receiver;

import org.jspecify.annotations.NullMarked;
