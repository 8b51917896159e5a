package id.meritflow.pelaksana;

import java.time.LocalDate;

/**
 * {@code POST /api/ketidakhadiran}: who is away, who acts, when and why.
 *
 * @param pejabat the absent official's user id; empty: the caller
 * @param jenis PLH (default) or PLT
 * @param mulai first day, inclusive; empty: today
 * @param selesai last day, inclusive; empty: the first day
 */
record PermintaanKetidakhadiran(String pejabat, String pelaksana, JenisPelaksana jenis, LocalDate mulai,
    LocalDate selesai, String alasan) {}
