package id.meritflow.notifikasi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who a notification is for, named the way a case knows them: role groups, user ids, and the
 * employee of the case (by NIP). Resolved within the case's agency only.
 */
public record Sasaran(List<String> kelompok, List<String> pengguna, Optional<String> nipPegawai) {

  public Sasaran {
    kelompok = kelompok.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    pengguna = pengguna.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
  }

  public static Sasaran kelompokDanPengguna(Collection<String> kelompok, Collection<String> pengguna) {
    return new Sasaran(List.copyOf(kelompok), List.copyOf(pengguna), Optional.empty());
  }

  public static Sasaran pegawai(String nip) {
    return new Sasaran(List.of(), List.of(), Optional.ofNullable(nip).filter(s -> !s.isBlank()));
  }
}
