/** Window assigner, aggregate and merge functions and codecs behind {@link org.itm.flink.kpi.KpiStreams}; not for users. */
package org.itm.flink.kpi.internal;
