package id.meritflow.mutasi;

import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.meritflow.kepegawaian.TingkatInstansi;
import id.meritflow.kepegawaian.UnitKerja;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PemeriksaanMutasiTest {

  private static final String NIP = "198501012010011001";

  private final FakeDirectories registry = new FakeDirectories()
      .with(aPegawai().build())
      .with(anInstansi("kota-a").build()).with(anInstansi("kota-b").build())
      .with(anInstansi("prov-jateng").withTingkat(TingkatInstansi.PROVINSI).withProvinsi("Jawa Tengah").build())
      .with(new UnitKerja("kota-a-setda", "kota-a", "Sekretariat Daerah", null))
      .with(new UnitKerja("kota-a-bkpsdm", "kota-a", "BKPSDM", null))
      .with(new UnitKerja("kota-b-bkpsdm", "kota-b", "BKPSDM", null))
      .with(aJabatan().withId("kota-a-analis").in("kota-a", "kota-a-setda").build())
      .with(aJabatan().build())
      .with(aJabatan().withId("kota-b-pranata").in("kota-b", "kota-b-bkpsdm").build());
  private final PemeriksaanMutasi pemeriksaan =
      new PemeriksaanMutasi(registry, registry, DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT),
          id.meritflow.support.SuiteClock.clock());

  @Test
  void assemblesFactsFromTheRegistryAndRunsEveryRule() {
    HasilPemeriksaanMutasi hasil = pemeriksaan.periksa(usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata",
        RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI, LocalDate.of(2026, 3, 1)));

    assertThat(hasil.hasil()).hasSize(11);
    assertThat(hasil.perluPersetujuan()).contains("MUT-PERSETUJUAN");
  }

  @Test
  void derivesALeftOutRouteFromTheTwoAgencies() {
    UsulanMutasi tanpaRute = usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata", null, LocalDate.of(2026, 3, 1));

    assertThat(pemeriksaan.lengkapi(tanpaRute).rute()).isEqualTo(RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
    assertThat(pemeriksaan.periksa(tanpaRute).perluPersetujuan()).contains("MUT-PERSETUJUAN");
  }

  @Test
  void takesTodayForAProposalDateLeftOut() {
    UsulanMutasi tanpaTanggal = usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata", null, LocalDate.of(2026, 3, 1))
        .denganTanggalUsulan(null);

    assertThat(pemeriksaan.lengkapi(tanpaTanggal).tanggalUsulan()).isEqualTo(id.meritflow.support.SuiteClock.hariIni());
  }

  @Test
  void rejectsARouteThatDoesNotMatchTheAgencies() {
    assertThat(violations(usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata", RuteMutasi.DALAM_INSTANSI,
        LocalDate.of(2026, 3, 1)))).extracting(FieldViolation::code).containsExactly("RUTE_TIDAK_SESUAI");
  }

  @Test
  void rejectsUnknownEmployeeAndTargets() {
    UsulanMutasi usulan = new UsulanMutasi("199999999999999999", "kota-x", "unit-x", "jabatan-x", RuteMutasi.DALAM_INSTANSI,
        new AlasanMutasi(KategoriAlasan.ROTASI, "Penyegaran"), false, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1), null);

    assertThat(violations(usulan)).extracting(FieldViolation::code).containsExactly(
        "NIP_TIDAK_DIKENAL", "INSTANSI_TIDAK_DIKENAL", "UNIT_KERJA_TIDAK_DIKENAL", "JABATAN_TIDAK_DIKENAL");
  }

  @Test
  void rejectsAUnitOutsideTheAgencyAndAPositionOutsideTheUnit() {
    assertThat(violations(usulan("kota-a", "kota-b-bkpsdm", "kota-a-analis", RuteMutasi.DALAM_INSTANSI, LocalDate.of(2026, 3, 1))))
        .extracting(FieldViolation::code).containsExactly("UNIT_KERJA_BUKAN_INSTANSI_TUJUAN", "JABATAN_BUKAN_UNIT_KERJA_TUJUAN");
  }

  @Test
  void rejectsATmtBeforeTheProposalDate() {
    assertThat(violations(usulan("kota-a", "kota-a-bkpsdm", "kota-a-pranata", RuteMutasi.DALAM_INSTANSI, LocalDate.of(2026, 1, 14))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tmt", "TMT_SEBELUM_TANGGAL_USULAN"));
  }

  @Test
  void listsEveryMissingFieldAndUnknownDocumentCode() {
    UsulanMutasi kosong = new UsulanMutasi(null, null, null, null, null, null, false, null, null,
        List.of(new DokumenPersetujuan("MUT-LAIN", "1", LocalDate.of(2026, 1, 1), "kota-a")));

    List<FieldViolation> violations = violations(kosong);

    assertThat(violations).extracting(FieldViolation::field).contains("nip", "instansiTujuanId", "unitKerjaTujuanId",
        "jabatanTujuanId", "alasan.kategori", "tmt", "dokumenPersetujuan[0].kodeAturan");
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
  }

  /** The violations of the merit check; the submit endpoint's validation must answer exactly the same. */
  private List<FieldViolation> violations(UsulanMutasi usulan) {
    List<FieldViolation> fromChecks =
        catchThrowableOfType(() -> pemeriksaan.periksa(usulan), InvalidRequestException.class).violations();
    assertThat(catchThrowableOfType(() -> pemeriksaan.validasi(usulan), InvalidRequestException.class).violations())
        .as("validasi").isEqualTo(fromChecks);
    return fromChecks;
  }

  @Test
  void theSubmitValidationReadsTheEmployeesRecordAndTheTargetNotTheHistoriesOrTheHolders() {
    id.meritflow.kepegawaian.PegawaiDirectory recordOnly = new id.meritflow.kepegawaian.PegawaiDirectory() {
      @Override public java.util.Optional<id.meritflow.kepegawaian.PegawaiProfil> find(String nip) {
        throw new AssertionError("profile with its histories read for " + nip);
      }
      @Override public java.util.Optional<id.meritflow.kepegawaian.Pegawai> pegawai(String nip) {
        return registry.pegawai(nip);
      }
      @Override public java.util.Optional<String> instansiOf(String nip) { return registry.instansiOf(nip); }
    };
    id.meritflow.kepegawaian.OrganisasiDirectory noHolders = new id.meritflow.kepegawaian.OrganisasiDirectory() {
      @Override public java.util.Optional<id.meritflow.kepegawaian.Instansi> instansi(String id) { return registry.instansi(id); }
      @Override public java.util.Optional<UnitKerja> unitKerja(String id) { return registry.unitKerja(id); }
      @Override public java.util.Optional<id.meritflow.kepegawaian.Jabatan> jabatan(String id) { return registry.jabatan(id); }
      @Override public List<id.meritflow.kepegawaian.Pegawai> pemegang(String id) {
        throw new AssertionError("holders of " + id + " read");
      }
    };
    PemeriksaanMutasi lean = new PemeriksaanMutasi(recordOnly, noHolders, DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT),
        id.meritflow.support.SuiteClock.clock());

    lean.validasi(usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata", RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI,
        LocalDate.of(2026, 3, 1)));
    assertThat(catchThrowableOfType(() -> lean.validasi(usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata",
        RuteMutasi.DALAM_INSTANSI, LocalDate.of(2026, 3, 1))), InvalidRequestException.class).violations())
        .extracting(FieldViolation::code).containsExactly("RUTE_TIDAK_SESUAI");
  }

  @Test
  void readsTheTargetTheCurrentAndTheHistoryPostsInOneRead() {
    List<java.util.Set<String>> reads = new java.util.ArrayList<>();
    id.meritflow.kepegawaian.OrganisasiDirectory counting = new id.meritflow.kepegawaian.OrganisasiDirectory() {
      @Override public java.util.Optional<id.meritflow.kepegawaian.Instansi> instansi(String id) { return registry.instansi(id); }
      @Override public java.util.Optional<UnitKerja> unitKerja(String id) { return registry.unitKerja(id); }
      @Override public List<id.meritflow.kepegawaian.Pegawai> pemegang(String id) { return registry.pemegang(id); }
      @Override public java.util.Optional<id.meritflow.kepegawaian.Jabatan> jabatan(String id) {
        throw new AssertionError("position read on its own: " + id);
      }
      @Override public java.util.Map<String, id.meritflow.kepegawaian.Jabatan> jabatanAll(java.util.Collection<String> ids) {
        reads.add(java.util.Set.copyOf(ids));
        java.util.Map<String, id.meritflow.kepegawaian.Jabatan> out = new java.util.HashMap<>();
        ids.forEach(id -> registry.jabatan(id).ifPresent(j -> out.put(id, j)));
        return out;
      }
    };
    var profil = registry.find(NIP).orElseThrow();
    List<String> riwayat = profil.riwayatJabatan().stream().map(id.meritflow.kepegawaian.RiwayatJabatan::jabatanId)
        .filter(java.util.Objects::nonNull).toList();

    FaktaMutasi fakta = new PemeriksaanMutasi(registry, counting, DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT),
        id.meritflow.support.SuiteClock.clock()).fakta(usulan("kota-b", "kota-b-bkpsdm", "kota-b-pranata",
            RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI, LocalDate.of(2026, 3, 1)));

    assertThat(reads).hasSize(1);
    assertThat(reads.get(0)).contains("kota-b-pranata", profil.pegawai().jabatanId()).containsAll(riwayat);
    assertThat(fakta.jabatanTujuan().id()).isEqualTo("kota-b-pranata");
    assertThat(fakta.jabatanAsal()).isEqualTo(registry.jabatan(profil.pegawai().jabatanId()));
    assertThat(fakta.jabatanRiwayat().keySet()).containsExactlyInAnyOrderElementsOf(
        riwayat.stream().filter(id -> registry.jabatan(id).isPresent()).distinct().toList());
  }

  private static UsulanMutasi usulan(String instansi, String unit, String jabatan, RuteMutasi rute, LocalDate tmt) {
    return new UsulanMutasi(NIP, instansi, unit, jabatan, rute, new AlasanMutasi(KategoriAlasan.ROTASI, "Penyegaran"), false,
        LocalDate.of(2026, 1, 15), tmt, List.of());
  }
}
