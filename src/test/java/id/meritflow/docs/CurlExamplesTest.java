package id.meritflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurlExamplesTest {

  @Test
  void joinsContinuedLinesAndKeepsLineBreaksInsideQuotes() {
    List<CurlExamples.Curl> found = CurlExamples.parse("x.md", List.of(
        "Text with curl http://localhost:8080/not-in-a-block",
        "```bash",
        "curl -u a:demo -H 'X: 1' \\",
        "  --data-binary $'a;b\\n1;2' \\",
        "  http://localhost:8080/api/batch",
        "curl -u a:demo --data-binary '{\"a\": 1,",
        "  \"b\": \"it\\\\s\"}' http://localhost:8080/api/x",
        "echo not curl",
        "```"));

    assertThat(found).extracting(CurlExamples.Curl::command).containsExactly(
        "curl -u a:demo -H 'X: 1'   --data-binary $'a;b\\n1;2'   http://localhost:8080/api/batch",
        "curl -u a:demo --data-binary '{\"a\": 1,\n  \"b\": \"it\\\\s\"}' http://localhost:8080/api/x");
    assertThat(found).extracting(CurlExamples.Curl::line).containsExactly(3, 6);
    assertThat(found).noneMatch(CurlExamples.Curl::skipped);
  }

  @Test
  void aBlockMarkedNotToRunIsSkippedAndOnlyThatBlock() {
    List<CurlExamples.Curl> found = CurlExamples.parse("x.md", List.of(
        CurlExamples.TIDAK_DIJALANKAN,
        "",
        "```bash",
        "curl https://api.produksi.example/api/pegawai",
        "```",
        "```",
        "curl http://localhost:8080/api/pegawai",
        "```"));

    assertThat(found).extracting(CurlExamples.Curl::skipped).containsExactly(true, false);
  }
}
