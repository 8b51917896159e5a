package id.meritflow.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Peak heap use of this JVM (the application runs in it) between {@link #start} and {@link #read}:
 * the old generation's peak is what survived young collections, i.e. what a request kept alive.
 */
final class HeapPeak {

  private HeapPeak() {}

  static HeapPeak start() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
    return new HeapPeak();
  }

  Map<String, Object> read() {
    Map<String, Object> out = new LinkedHashMap<>();
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        out.put(p.getName() + " peakMb", p.getPeakUsage().getUsed() / (1024 * 1024));
        sum += p.getPeakUsage().getUsed();
      }
    }
    out.put("sumOfPeaksMb", sum / (1024 * 1024));
    out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return out;
  }
}
