package id.meritflow.mutasi;

import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.UnitKerja;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramMutasiBatchTest {

  private static final String NIP = "198501012010011001";

  private final FakeDirectories registry = new FakeDirectories()
      .with(aPegawai().build())
      .with(anInstansi("kota-a").build())
      .with(new UnitKerja("kota-a-setda", "kota-a", "Sekretariat Daerah", null))
      .with(new UnitKerja("kota-a-bkpsdm", "kota-a", "BKPSDM", null))
      .with(aJabatan().withId("kota-a-analis").in("kota-a", "kota-a-setda").build())
      .with(aJabatan().withId("kota-a-pranata").in("kota-a", "kota-a-bkpsdm").build());
  private final ProgramMutasiBatch batch = new ProgramMutasiBatch(
      new PemeriksaanMutasi(registry, registry, DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT),
          id.meritflow.support.SuiteClock.clock()), registry);
  private final Caller operatorA = new Caller("op", List.of(Caller.GROUP_OPERATOR), List.of("kota-a"), Optional.empty());

  @Test
  void validRowStartsAMutasiCaseWithTheProposalVariables() {
    BarisMutasi row = baris("kota-a-pranata", null);

    assertThat(batch.validate(row, operatorA)).isEmpty();
    assertThat(batch.kode()).isEqualTo("MUTASI");
    assertThat(batch.processKey()).isEqualTo("mutasi");
    assertThat(batch.businessKey("b1", 3, row)).isEqualTo("MUT-Bb1-3");
    assertThat(batch.instansiOf(row)).contains("kota-a");
    assertThat(batch.variables(row)).containsEntry("nip", NIP).containsEntry("tmt", "2026-03-01")
        .containsEntry("rute", "DALAM_INSTANSI").containsEntry("alasanKategori", "ROTASI");
  }

  @Test
  void rowErrorsNameTheFlatColumns() {
    assertThat(batch.validate(baris("tidak-ada", null), operatorA))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("jabatanTujuanId", "JABATAN_TIDAK_DIKENAL"),
            org.assertj.core.groups.Tuple.tuple("alasanUraian", "WAJIB_DIISI"));
  }

  @Test
  void anotherAgencysEmployeeIsAnsweredLikeAnUnknownNip() {
    Caller operatorB = new Caller("op", List.of(Caller.GROUP_OPERATOR), List.of("kota-b"), Optional.empty());
    assertThat(batch.validate(baris("kota-a-pranata", null), operatorB)).extracting(FieldViolation::code)
        .containsExactly("NIP_TIDAK_DIKENAL");
  }

  private static BarisMutasi baris(String jabatan, String uraian) {
    return new BarisMutasi(NIP, "kota-a", "kota-a-bkpsdm", jabatan, RuteMutasi.DALAM_INSTANSI, KategoriAlasan.ROTASI,
        uraian == null && !"tidak-ada".equals(jabatan) ? "Penyegaran" : uraian, false, LocalDate.of(2026, 1, 15),
        LocalDate.of(2026, 3, 1));
  }
}
