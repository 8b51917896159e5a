package id.meritflow.dokumen;

import java.time.Instant;

/**
 * A case document as the API lists it: no content, a readable label of its kind, and where to open it.
 *
 * @param url {@code /api/kasus/{kasusId}/dokumen/{id}}, answered with the bytes
 */
public record InfoDokumen(String id, String jenis, String jenisLabel, String namaBerkas, String mediaType, long ukuran,
    String sha256, String diunggahOleh, Instant diunggahPada, String url) {

  static InfoDokumen dari(DokumenKasus d) {
    return new InfoDokumen(d.id(), d.jenis().name(), d.jenis().label(), d.namaBerkas(), d.mediaType(), d.ukuran(),
        d.sha256(), d.diunggahOleh(), d.diunggahPada(), "/api/kasus/" + d.kasusId() + "/dokumen/" + d.id());
  }
}
