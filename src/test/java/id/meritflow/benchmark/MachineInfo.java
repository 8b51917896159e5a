package id.meritflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where and with what the figures were taken: without it a figure means little. */
final class MachineInfo {

  private MachineInfo() {}

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
    String mem = firstValue("/proc/meminfo", "MemTotal");
    m.put("ramGb", mem == null ? null : Math.round(Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0 * 10) / 10.0);
    String os = firstValue("/etc/os-release", "PRETTY_NAME");
    m.put("os", (os == null ? System.getProperty("os.name") : os.replace("\"", "")) + ", kernel " + System.getProperty("os.version"));
    m.put("jdk", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
    m.put("jvmMaxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
    return m;
  }

  /** 1-minute load average: how busy the shared machine was. */
  static Double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * How fast one core is right now: milliseconds to sort a million pseudo-random longs, best of five.
   * The development machine is a shared virtual machine whose speed drifts (the same KP batch spent 40 %
   * more CPU samples per SK in one run than in another an hour earlier, docs/benchmarks.md), and the
   * load average does not show it; this does, at the start and the end of a run. (A digest would not:
   * SHA-256 runs on the CPU's own instructions.)
   */
  static Long cpuCheckMs() {
    long[] values = new long[1_000_000];
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(20261207L);
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextLong();
      }
      long t0 = System.nanoTime();
      java.util.Arrays.sort(values);
      best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
    }
    return best;
  }

  static Map<String, Object> versions() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("meritflow", "0.1.0-SNAPSHOT (" + gitHead() + ")");
    v.put("camunda", org.camunda.bpm.engine.impl.util.ProductPropertiesUtil.getProductVersion());
    v.put("springBoot", org.springframework.boot.SpringBootVersion.getVersion());
    return v;
  }

  private static String gitHead() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String firstValue(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(line.contains(":") && !line.contains("=") ? ':' : '=') + 1).trim();
        }
      }
    } catch (Exception e) {
      // not Linux: leave it out
    }
    return null;
  }
}
