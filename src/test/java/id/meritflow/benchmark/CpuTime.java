package id.meritflow.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent by this JVM (the application, and the benchmark's own clients) and by the
 * PostgreSQL server's processes on this machine, between two snapshots: per case, it says whether
 * a gap in throughput is work in the application or in the database, which wall-clock figures on a
 * shared two-core machine cannot. A backend that exits between the snapshots takes its CPU time
 * with it (the pool's connections live for the whole run). Of the JVM's time, the JIT compilers'
 * and the garbage collectors' are reported apart (code compiled during the measurement is a cost a
 * server that has been up no longer pays).
 */
final class CpuTime {

  record Snapshot(long jvmNanos, long postgresNanos, long jitMillis, long gcMillis, long classesLoaded) {}

  static Snapshot snapshot() {
    long postgres = ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
    long jvm = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    var compilation = java.lang.management.ManagementFactory.getCompilationMXBean();
    long jit = compilation != null && compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
    long gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    return new Snapshot(jvm, postgres, jit, gc, classes);
  }

  /** CPU milliseconds per case of the JVM and of PostgreSQL between two snapshots. */
  static Map<String, Double> perCase(String prefix, Snapshot before, Snapshot after, int cases) {
    Map<String, Double> m = new LinkedHashMap<>();
    if (cases > 0) {
      m.put(prefix + "cpuMsPerCase.jvm", (after.jvmNanos() - before.jvmNanos()) / 1e6 / cases);
      m.put(prefix + "cpuMsPerCase.postgres", (after.postgresNanos() - before.postgresNanos()) / 1e6 / cases);
      // of the JVM's: its JIT compilers' time and its collectors' (elapsed) time
      m.put(prefix + "jitMsPerCase", (after.jitMillis() - before.jitMillis()) / (double) cases);
      m.put(prefix + "gcMsPerCase", (after.gcMillis() - before.gcMillis()) / (double) cases);
      // classes loaded while measuring: new code the JIT compilers have to compile again
      m.put(prefix + "classesLoadedPerCase", (after.classesLoaded() - before.classesLoaded()) / (double) cases);
    }
    return m;
  }
}
