package id.meritflow.keandalan;

/** One answer: status and body, and the request's address (what the caller named itself). */
record Jawaban(int status, String body, String alamat) {

  String ringkas() {
    String b = body == null ? "" : body.replaceAll("\\s+", " ");
    return b.length() > 300 ? b.substring(0, 300) + "…" : b;
  }
}
