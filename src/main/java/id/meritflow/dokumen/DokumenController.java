package id.meritflow.dokumen;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents kept with a case: {@code kasusId} is the case's process instance id or its number. */
@RestController
@RequestMapping("/api/kasus/{kasusId}/dokumen")
@Tag(name = "Dokumen kasus", description = "Surat persetujuan, pernyataan dan SK lama yang menyertai kasus")
class DokumenController {

  private final DokumenService dokumen;

  DokumenController(DokumenService dokumen) {
    this.dokumen = dokumen;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Unggah dokumen (PDF, JPEG atau PNG, dikenali dari isinya) ke kasus yang sedang berjalan")
  ResponseEntity<InfoDokumen> unggah(Caller caller, @PathVariable String kasusId,
      @RequestParam(name = "jenis", required = false) String jenis,
      @RequestPart(name = "berkas", required = false) MultipartFile berkas) {
    Optional<Unggahan> unggahan = Optional.ofNullable(berkas)
        .map(b -> new Unggahan(b.getOriginalFilename(), bytes(b)));
    InfoDokumen baru = InfoDokumen.dari(dokumen.unggah(caller, kasusId, jenis, unggahan));
    return ResponseEntity.created(URI.create(baru.url())).body(baru);
  }

  @GetMapping
  @Operation(summary = "Daftar dokumen kasus (tanpa isi)")
  List<InfoDokumen> daftar(Caller caller, @PathVariable String kasusId) {
    return dokumen.daftar(caller, kasusId);
  }

  /** The bytes, shown by the browser (inline) as the stored type and never sniffed as anything else. */
  @GetMapping("/{dokumenId}")
  @Operation(summary = "Isi dokumen, dengan jenis media yang dikenali saat diunggah")
  ResponseEntity<byte[]> buka(Caller caller, @PathVariable String kasusId, @PathVariable String dokumenId) {
    Berkas berkas = dokumen.buka(caller, kasusId, dokumenId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(berkas.dokumen().mediaType()))
        .contentLength(berkas.isi().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(berkas.dokumen().namaBerkas(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(berkas.isi());
  }

  private static byte[] bytes(MultipartFile berkas) {
    try {
      return berkas.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("unggahan tidak terbaca", e);
    }
  }
}
