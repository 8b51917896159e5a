package id.meritflow.notifikasi;

import java.util.Optional;

/** A configured channel with nothing behind it (no SMTP host): rows are not written for it. */
final class KanalTidakAktif implements KanalNotifikasi {

  private final String kode;

  KanalTidakAktif(String kode) {
    this.kode = kode;
  }

  @Override
  public String kode() {
    return kode;
  }

  @Override
  public Optional<String> alamat(Penerima penerima) {
    return Optional.empty();
  }

  @Override
  public void kirim(PesanKeluar pesan) {
    throw new IllegalStateException("Kanal " + kode + " tidak aktif");
  }
}
