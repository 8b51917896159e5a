package id.meritflow.demo;

import java.util.List;

/** An employee with every row that hangs off the employee's NIP. */
public record GeneratedPegawai(
    PegawaiData pegawai,
    List<KinerjaData> kinerja,
    List<RiwayatPangkatData> riwayatPangkat,
    List<RiwayatJabatanData> riwayatJabatan,
    List<KasusDisiplinData> kasusDisiplin) {}
