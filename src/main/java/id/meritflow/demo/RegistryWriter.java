package id.meritflow.demo;

import static id.meritflow.demo.Statements.date;
import static id.meritflow.demo.Statements.integer;
import static id.meritflow.demo.Statements.text;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a generated registry with JDBC batches. An agency's structure is one transaction; then
 * every {@value #BATCH_SIZE} employees, with their child rows, are one transaction, so a crash
 * leaves whole employees and memory holds at most one batch. Works on H2 and PostgreSQL.
 */
public final class RegistryWriter implements RegistrySink {

  public static final int BATCH_SIZE = 1_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final List<GeneratedPegawai> buffer = new ArrayList<>(BATCH_SIZE);
  private long instansi;
  private long unitKerja;
  private long jabatan;
  private long pegawai;
  private long kinerja;
  private long riwayatPangkat;
  private long riwayatJabatan;
  private long kasusDisiplin;

  public RegistryWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactionManager);
  }

  /** A writer with its own JdbcTemplate and transaction manager over {@code dataSource}. */
  public static RegistryWriter forDataSource(DataSource dataSource) {
    return new RegistryWriter(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
  }

  /** Generates {@code pegawai} employees with {@code generator} and writes them all. */
  public RowCounts write(RegistryGenerator generator, int pegawai) {
    generator.generate(pegawai, this);
    return counts();
  }

  @Override
  public void agency(AgencyStructure s) {
    flush();
    tx.executeWithoutResult(status -> {
      jdbc.update(Statements.INSTANSI, ps -> {
        InstansiData i = s.instansi();
        ps.setString(1, i.id());
        ps.setString(2, i.nama());
        ps.setString(3, i.tingkat().name());
        ps.setString(4, i.wilayah());
        text(ps, 5, i.provinsi());
        date(ps, 6, i.tanggalPenetapanCalon());
        date(ps, 7, i.tanggalPelantikanKepalaDaerah());
        date(ps, 8, i.akhirMasaJabatanKepalaDaerah());
      });
      batch(Statements.UNIT_KERJA, s.unitKerja(), (ps, u) -> {
        ps.setString(1, u.id());
        ps.setString(2, u.instansiId());
        ps.setString(3, u.nama());
        text(ps, 4, u.indukId());
      });
      batch(Statements.JABATAN, s.jabatan(), (ps, j) -> {
        ps.setString(1, j.id());
        ps.setString(2, j.instansiId());
        ps.setString(3, j.unitKerjaId());
        ps.setString(4, j.nama());
        ps.setString(5, j.jenis().name());
        text(ps, 6, j.eselon() == null ? null : j.eselon().kode());
        text(ps, 7, j.jenjang());
        ps.setString(8, j.golonganMin().kode());
        ps.setString(9, j.golonganMax().kode());
        ps.setString(10, j.pendidikanMin().name());
        integer(ps, 11, j.batasUsia());
        ps.setInt(12, j.kebutuhan());
      });
    });
    instansi++;
    unitKerja += s.unitKerja().size();
    jabatan += s.jabatan().size();
  }

  @Override
  public void pegawai(GeneratedPegawai p) {
    buffer.add(p);
    if (buffer.size() >= BATCH_SIZE) {
      flush();
    }
  }

  @Override
  public void finish() {
    flush();
  }

  public RowCounts counts() {
    return new RowCounts(instansi, unitKerja, jabatan, pegawai, kinerja, riwayatPangkat,
        riwayatJabatan, kasusDisiplin);
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    List<PegawaiData> rows = new ArrayList<>(buffer.size());
    List<KinerjaData> kinerjaRows = new ArrayList<>();
    List<RiwayatPangkatData> pangkatRows = new ArrayList<>();
    List<RiwayatJabatanData> jabatanRows = new ArrayList<>();
    List<KasusDisiplinData> kasusRows = new ArrayList<>();
    for (GeneratedPegawai g : buffer) {
      rows.add(g.pegawai());
      kinerjaRows.addAll(g.kinerja());
      pangkatRows.addAll(g.riwayatPangkat());
      jabatanRows.addAll(g.riwayatJabatan());
      kasusRows.addAll(g.kasusDisiplin());
    }
    tx.executeWithoutResult(status -> {
      batch(Statements.PEGAWAI, rows, PegawaiRows::set);
      batch(Statements.KINERJA, kinerjaRows, PegawaiRows::set);
      batch(Statements.RIWAYAT_PANGKAT, pangkatRows, PegawaiRows::set);
      batch(Statements.RIWAYAT_JABATAN, jabatanRows, PegawaiRows::set);
      batch(Statements.KASUS_DISIPLIN, kasusRows, PegawaiRows::set);
    });
    pegawai += rows.size();
    kinerja += kinerjaRows.size();
    riwayatPangkat += pangkatRows.size();
    riwayatJabatan += jabatanRows.size();
    kasusDisiplin += kasusRows.size();
    buffer.clear();
  }

  private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql, rows, BATCH_SIZE, setter);
    }
  }
}
