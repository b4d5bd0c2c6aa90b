package org.disclosurekg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use around a measured run: the peak of each heap memory pool since {@link #reset()} (summed, so
 * an upper bound of the true peak, as pools peak at different moments), and the live heap after a GC.
 */
final class HeapMeter {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /** Collects garbage and starts the peak over from what is live now. */
    void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The summed peak usage of the heap pools since the last reset, in bytes. */
    long peakBytes() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The heap in use after a requested GC, in bytes. */
    long liveBytesAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
