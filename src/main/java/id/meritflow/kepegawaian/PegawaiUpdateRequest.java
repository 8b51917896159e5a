package id.meritflow.kepegawaian;

import java.time.LocalDate;

/**
 * A change of an employee's non-history data. Rank, position and agency change only through the
 * history endpoints, so that every change has its TMT and SK.
 *
 * @param versi the version the client read; a stale one is refused (optimistic locking)
 */
public record PegawaiUpdateRequest(
    String nama,
    String pendidikan,
    String bidangPendidikan,
    Boolean tugasBelajar,
    LocalDate ikatanDinasSampai,
    LocalDate lulusUjianDinas1,
    LocalDate lulusUjianDinas2,
    Integer versi) {}
