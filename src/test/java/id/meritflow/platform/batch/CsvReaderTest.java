package id.meritflow.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsSemicolonSeparatedLinesWithQuotesAndSkipsEmptyCells() {
    var rows = CsvReader.read("nip;nama;catatan\n1;\"Siti; S.Kom\";\n2;\"Budi \"\"Bud\"\"\";x\n\n");

    assertThat(rows).containsExactly(Map.of("nip", "1", "nama", "Siti; S.Kom"), Map.of("nip", "2", "nama", "Budi \"Bud\"", "catatan", "x"));
  }

  @Test
  void readsCommaSeparatedLinesWithCrLfAndAByteOrderMark() {
    var rows = CsvReader.read("\uFEFFnip,nama\r\n1,Siti\r\n2,Budi");

    assertThat(rows).containsExactly(Map.of("nip", "1", "nama", "Siti"), Map.of("nip", "2", "nama", "Budi"));
  }

  @Test
  void choosesTheSeparatorThatTheHeaderUses() {
    assertThat(CsvReader.separatorOf("a;b;c\n1,5;2;3")).isEqualTo(';');
    assertThat(CsvReader.separatorOf("a,b,\"c;d\"\n")).isEqualTo(',');
  }
}
