package org.itm.flink.kpi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.flink.util.InstantiationUtil;
import org.itm.flink.kpi.KpiSetup;
import org.itm.metrics.kpi.KpiEngine;

/**
 * One engine per setup and class loader: aggregators merge only with aggregators of the same engine instance,
 * and the functions and serializers of a job are deserialized separately on each task, each with its own copy of
 * the setup. Equal setups (by their serialized form) share the engine, which is thread-safe.
 */
final class Engines {

    private static final ConcurrentMap<String, KpiEngine<?>> ENGINES = new ConcurrentHashMap<>();

    private Engines() {
    }

    @SuppressWarnings("unchecked")
    static <R> KpiEngine<R> of(KpiSetup<R> setup) {
        String key;
        try {
            key = setup.getClass().getName() + ':'
                    + Base64.getEncoder().encodeToString(InstantiationUtil.serializeObject(setup));
        } catch (IOException e) {
            throw new UncheckedIOException("the KPI setup is not serializable", e);
        }
        return (KpiEngine<R>) ENGINES.computeIfAbsent(key, k -> setup.engine());
    }
}
