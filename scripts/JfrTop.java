import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a JFR recording went (docs/benchmarks.md, "Profiling"):
 *   java scripts/JfrTop.java FILE.jfr [THREAD-NAME-PREFIX] [METHOD-FILTER] [TOP]
 * prints the share of samples per method on top of the stack (self), and per method anywhere in
 * the stack (inclusive), for the threads whose name starts with the prefix ("" = all), the
 * inclusive list restricted to methods containing the filter (default "id.meritflow|org.camunda").
 */
public class JfrTop {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String thread = args.length > 1 ? args[1] : "";
    String[] filters = (args.length > 2 ? args[2] : "id.meritflow|org.camunda").split("\\|");
    int top = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int samples = 0;
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent e = recording.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
          continue;
        }
        String name = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        if (name == null || !name.startsWith(thread)) {
          continue;
        }
        samples++;
        threads.merge(name.replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
        var frames = e.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
          self.merge(method(frames.get(0)), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String m = method(f);
          if (seen.add(m) && matches(m, filters)) {
            inclusive.merge(m, 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf("%d CPU samples%s%n", samples, thread.isEmpty() ? "" : " in threads " + thread + "*");
    print("threads", threads, samples, 10);
    print("self (top of stack)", self, samples, top);
    print("inclusive (anywhere in the stack)", inclusive, samples, top);
  }

  private static boolean matches(String method, String[] filters) {
    for (String f : filters) {
      if (method.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static String method(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println("\n== " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(en -> System.out.printf("%5.1f %%  %6d  %s%n", 100.0 * en.getValue() / Math.max(1, samples), en.getValue(), en.getKey()));
  }
}
