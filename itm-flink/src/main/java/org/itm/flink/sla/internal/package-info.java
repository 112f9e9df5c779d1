/** The keyed process function and codecs behind {@link org.itm.flink.sla.SlaStreams}; not for users. */
package org.itm.flink.sla.internal;
