package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.JenisKenaikanPangkat;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kepegawaian.Golongan;
import java.time.LocalDate;
import java.util.Optional;

/** One promotion proposal as the screening reads it. */
public record UsulanKp(String nip, JenisKenaikanPangkat jenis, PeriodeKp periode, Optional<Golongan> golonganTujuan,
    LocalDate tanggalPengajuan) {}
