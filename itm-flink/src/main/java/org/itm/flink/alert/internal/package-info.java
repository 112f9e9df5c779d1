/** The keyed correlation function and codecs behind {@link org.itm.flink.alert.AlertStreams}; not for users. */
package org.itm.flink.alert.internal;
