package org.itm.capacity.exhaustion;

import java.util.List;

/**
 * Which resource limits a service first, as {@link Bottlenecks#analyze} finds it: the resource to add capacity to
 * before any other, with every resource's outlook for comparison.
 *
 * @param service     the service
 * @param outlooks    every resource, the one supporting the least volume first (copied)
 * @param bottleneck  the first of {@code outlooks}
 * @param explanation why it is the bottleneck, with the numbers
 * @since 0.1
 */
public record BottleneckReport(String service, List<ResourceOutlook> outlooks, ResourceOutlook bottleneck,
                               String explanation) {

    /**
     * Copies the outlooks.
     *
     * @param service     the service
     * @param outlooks    every resource, the one supporting the least volume first (copied)
     * @param bottleneck  the first of {@code outlooks}
     * @param explanation why it is the bottleneck, with the numbers
     */
    public BottleneckReport {
        outlooks = List.copyOf(outlooks);
    }
}
