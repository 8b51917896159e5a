package id.meritflow.penandatanganan.dokumen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs poppler's pdfsig, the independent verifier, on a file. */
public final class Pdfsig {

  public static final Path BINARY = Path.of("/usr/bin/pdfsig");

  private Pdfsig() {}

  public static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(BINARY),
        "pdfsig (poppler-utils) tidak terpasang: apt-get install poppler-utils untuk menjalankan uji ini");
  }

  public static String run(Path pdf) throws Exception {
    Process process = new ProcessBuilder(BINARY.toString(), pdf.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    return output;
  }
}
