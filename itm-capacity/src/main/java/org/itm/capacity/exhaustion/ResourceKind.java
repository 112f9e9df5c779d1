package org.itm.capacity.exhaustion;

/** What sort of capacity a {@link Resource} provides. */
public enum ResourceKind {
    CPU, MEMORY, STORAGE, NETWORK, LICENCES, SERVICE_DESK_AGENTS, OTHER
}
