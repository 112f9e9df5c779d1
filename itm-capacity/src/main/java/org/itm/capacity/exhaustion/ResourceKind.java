package org.itm.capacity.exhaustion;

/**
 * What sort of capacity a {@link Resource} provides.
 *
 * @since 0.1
 */
public enum ResourceKind {
    /** Processor capacity (cores, vCPUs). */
    CPU,
    /** Memory. */
    MEMORY,
    /** Disk, array or object storage. */
    STORAGE,
    /** Network bandwidth or ports. */
    NETWORK,
    /** Software licences or seats. */
    LICENCES,
    /** People answering contacts (see {@code org.itm.capacity.queueing.Staffing} for sizing them). */
    SERVICE_DESK_AGENTS,
    /** Anything else. */
    OTHER
}
