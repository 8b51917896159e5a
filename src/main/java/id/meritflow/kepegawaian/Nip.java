package id.meritflow.kepegawaian;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 18-digit employee number: birth date {@code YYYYMMDD}, CPNS start {@code YYYYMM}, sex digit
 * {@code 1}/{@code 2}, sequence {@code NNN}. Only {@link #validate} and {@link #parse} create one,
 * so a {@code Nip} instance is always well-formed.
 */
public record Nip(String value, LocalDate tanggalLahir, YearMonth tmtCpns, JenisKelamin jenisKelamin, int urutan) {

  /** Youngest age at which a CPNS appointment is plausible (UU ASN: applicants are at least 18). */
  public static final int USIA_MINIMUM_CPNS = 18;
  /** Births before this year cannot belong to a serving or recently retired civil servant. */
  static final int TAHUN_LAHIR_PALING_AWAL = 1900;

  public static final String FORMAT = "NIP_FORMAT";
  public static final String TANGGAL_LAHIR = "NIP_TANGGAL_LAHIR";
  public static final String TMT_CPNS = "NIP_TMT_CPNS";
  public static final String JENIS_KELAMIN = "NIP_JENIS_KELAMIN";
  public static final String URUTAN = "NIP_URUTAN";

  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** Every rule the NIP breaks, reported on {@code field}; empty when it is valid. */
  public static List<FieldViolation> validate(String raw, String field) {
    List<FieldViolation> violations = new ArrayList<>();
    if (raw == null || !raw.matches("\\d{18}")) {
      // The digit groups mean nothing unless there are exactly 18 digits.
      violations.add(new FieldViolation(field, FORMAT, "NIP harus terdiri atas tepat 18 angka."));
      return violations;
    }
    Optional<LocalDate> lahir = birthDate(raw);
    if (lahir.isEmpty()) {
      violations.add(new FieldViolation(field, TANGGAL_LAHIR,
          "Angka 1-8 NIP harus tanggal lahir yang valid (YYYYMMDD)."));
    }
    Optional<YearMonth> tmt = cpnsStart(raw);
    if (tmt.isEmpty()) {
      violations.add(new FieldViolation(field, TMT_CPNS,
          "Angka 9-14 NIP harus tahun dan bulan TMT CPNS yang valid (YYYYMM)."));
    } else if (lahir.isPresent() && tmt.get().isBefore(YearMonth.from(lahir.get().plusYears(USIA_MINIMUM_CPNS)))) {
      violations.add(new FieldViolation(field, TMT_CPNS,
          "TMT CPNS pada NIP harus sekurang-kurangnya " + USIA_MINIMUM_CPNS + " tahun setelah tanggal lahir."));
    }
    if (JenisKelamin.fromDigitNip(raw.charAt(14)).isEmpty()) {
      violations.add(new FieldViolation(field, JENIS_KELAMIN,
          "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)."));
    }
    if (raw.endsWith("000")) {
      violations.add(new FieldViolation(field, URUTAN, "Nomor urut NIP (angka 16-18) tidak boleh 000."));
    }
    return violations;
  }

  /** The NIP, if it is valid. */
  public static Optional<Nip> parse(String raw) {
    if (!validate(raw, "nip").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Nip(raw, birthDate(raw).orElseThrow(), cpnsStart(raw).orElseThrow(),
        JenisKelamin.fromDigitNip(raw.charAt(14)).orElseThrow(), Integer.parseInt(raw.substring(15))));
  }

  private static Optional<LocalDate> birthDate(String raw) {
    try {
      LocalDate date = LocalDate.parse(raw.substring(0, 8), YYYYMMDD);
      return date.getYear() >= TAHUN_LAHIR_PALING_AWAL ? Optional.of(date) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<YearMonth> cpnsStart(String raw) {
    int year = Integer.parseInt(raw.substring(8, 12));
    int month = Integer.parseInt(raw.substring(12, 14));
    if (year < TAHUN_LAHIR_PALING_AWAL || month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(YearMonth.of(year, month));
  }
}
