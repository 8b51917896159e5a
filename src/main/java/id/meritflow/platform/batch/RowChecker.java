package id.meritflow.platform.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks one row: it must read as the feature's row type, pass the feature's rules, and act on an
 * agency the caller may write. A failure refuses that row only.
 */
@Component
class RowChecker {

  private final ObjectMapper json;

  RowChecker(ObjectMapper json) {
    this.json = json;
  }

  <R> StoredRow check(JenisBatch<R> kind, int nomor, JsonNode node, Caller caller) {
    if (!node.isObject()) {
      return invalid(nomor, node, List.of(new FieldViolation("$", "BARIS_BUKAN_OBJEK",
          "Baris " + nomor + " harus berupa objek dengan nama-nama isian.")));
    }
    R row;
    try {
      row = json.treeToValue(node, kind.rowType());
    } catch (MismatchedInputException e) {
      return invalid(nomor, node, List.of(unreadable(e)));
    } catch (Exception e) {
      return invalid(nomor, node, List.of(new FieldViolation("$", "FORMAT_TIDAK_VALID",
          "Baris " + nomor + " tidak dapat dibaca.")));
    }
    List<FieldViolation> violations = new ArrayList<>(kind.validate(row, caller));
    Optional<String> instansi = violations.isEmpty() ? kind.instansiOf(row) : Optional.empty();
    if (violations.isEmpty() && instansi.isEmpty()) {
      violations.add(new FieldViolation("$", "INSTANSI_TIDAK_DIKETAHUI",
          "Instansi untuk baris ini tidak dapat ditentukan (periksa NIP atau instansi)."));
    } else if (instansi.isPresent() && !caller.mayWrite(instansi.get())) {
      violations.add(new FieldViolation("$", "BARIS_TIDAK_BERWENANG",
          "Anda tidak berwenang mengajukan usulan untuk instansi " + instansi.get() + "."));
    }
    return violations.isEmpty()
        ? new StoredRow(nomor, RowStatus.VALID, instansi.get(), node.toString(), List.of(), kind.kunciUnik(row).orElse(null))
        : new StoredRow(nomor, RowStatus.INVALID, instansi.orElse(null), node.toString(), violations);
  }

  private static StoredRow invalid(int nomor, JsonNode node, List<FieldViolation> violations) {
    return new StoredRow(nomor, RowStatus.INVALID, null, node.toString(), violations);
  }

  private static FieldViolation unreadable(MismatchedInputException e) {
    String field = e.getPath().isEmpty() ? "$" : e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
    return new FieldViolation(field, "FORMAT_TIDAK_VALID",
        "Nilai untuk " + field + " tidak dapat dibaca (periksa format, misalnya tanggal YYYY-MM-DD).");
  }
}
