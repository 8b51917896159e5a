package id.meritflow.layanan;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's API (/layanan): an employee's own cases, SKs and record, and the SKs set in a signing
 * official's name. Every answer is scoped to the caller: the own NIP for an employee (staff get 403),
 * the own agencies and signer roles for an official (others get 403).
 */
@RestController
@RequestMapping("/api/layanan")
@Tag(name = "Layanan pegawai", description = "Portal pegawai dan pejabat penandatangan: data milik sendiri saja")
class LayananController {

  private final KasusSayaService kasus;
  private final DataSayaService data;
  private final PemutakhiranSayaService pemutakhiran;
  private final SkAtasNamaSayaService atasNama;
  private final PenandatangananService sk;
  private final IdentityService identity;

  LayananController(KasusSayaService kasus, DataSayaService data, PemutakhiranSayaService pemutakhiran,
      SkAtasNamaSayaService atasNama, PenandatangananService sk, IdentityService identity) {
    this.kasus = kasus;
    this.data = data;
    this.pemutakhiran = pemutakhiran;
    this.atasNama = atasNama;
    this.sk = sk;
    this.identity = identity;
  }

  /** Who is logged in and which parts of the portal they may use. */
  record Saya(String pengguna, String nama, boolean pegawai, boolean penandatangan) {}

  @GetMapping("/saya")
  @Operation(summary = "Pengguna yang masuk dan bagian portal yang boleh dibukanya")
  Saya saya(Caller caller) {
    var user = identity.createUserQuery().userId(caller.userId()).singleResult();
    String nama = user == null ? caller.userId()
        : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim();
    boolean pegawai = caller.inGroup(Caller.GROUP_PEGAWAI) && caller.nip().isPresent();
    return new Saya(caller.userId(), nama, pegawai, !Pengguna.peranPenetap(caller).isEmpty());
  }

  @GetMapping("/usulan")
  @Operation(summary = "Kasus tentang saya (mutasi, kenaikan pangkat, disiplin, pemutakhiran), terbaru lebih dulu")
  List<KasusSaya> usulan(Caller caller) {
    return kasus.milik(Pengguna.nipSendiri(caller));
  }

  @GetMapping("/usulan/{nomor}")
  @Operation(summary = "Satu kasus tentang saya; kasus pegawai lain dijawab 404")
  KasusSaya satuUsulan(Caller caller, @PathVariable String nomor) {
    return kasus.satu(Pengguna.nipSendiri(caller), nomor).orElseThrow(() ->
        new NotFoundException("KASUS_TIDAK_DITEMUKAN", "Kasus " + nomor + " tidak ditemukan."));
  }

  @GetMapping("/sk")
  @Operation(summary = "SK tentang saya, terbaru lebih dulu, dengan tautan unduh PDF")
  List<SkRingkas> skSaya(Caller caller) {
    return sk.findByNip(Pengguna.nipSendiri(caller)).stream().map(SkRingkas::dari).toList();
  }

  @GetMapping("/data-saya")
  @Operation(summary = "Data kepegawaian saya dengan riwayat pangkat dan jabatan")
  DataSaya dataSaya(Caller caller) {
    return data.milik(Pengguna.nipSendiri(caller));
  }

  @PostMapping("/pemutakhiran-pendidikan")
  @Operation(summary = "Ajukan pemutakhiran data pendidikan untuk diri sendiri")
  ResponseEntity<Map<String, String>> ajukanPemutakhiran(Caller caller, @RequestBody(required = false)
      PermintaanPemutakhiran permintaan) {
    String nomor = pemutakhiran.ajukan(caller.userId(), Pengguna.nipSendiri(caller), permintaan);
    return ResponseEntity.created(URI.create("/api/layanan/usulan/" + nomor)).body(Map.of("nomor", nomor));
  }

  @GetMapping("/sk-atas-nama-saya")
  @Operation(summary = "SK yang ditetapkan atas nama jabatan saya (langsung atau delegasi) di instansi saya, "
      + "dan SK yang menunggu tanda tangan saya")
  SkAtasNamaSaya skAtasNamaSaya(Caller caller) {
    return atasNama.untuk(caller, Pengguna.wajibPenetap(caller));
  }
}
