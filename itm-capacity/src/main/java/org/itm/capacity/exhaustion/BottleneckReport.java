package org.itm.capacity.exhaustion;

import java.util.List;

/**
 * Which resource limits a service first.
 *
 * @param service     the service
 * @param outlooks    every resource, the one supporting the least volume first
 * @param bottleneck  the first of {@code outlooks}
 * @param explanation why it is the bottleneck, with the numbers
 */
public record BottleneckReport(String service, List<ResourceOutlook> outlooks, ResourceOutlook bottleneck,
                               String explanation) {

    public BottleneckReport {
        outlooks = List.copyOf(outlooks);
    }
}
