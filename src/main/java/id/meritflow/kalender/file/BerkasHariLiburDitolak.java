package id.meritflow.kalender.file;

/**
 * A hari-libur file that cannot be trusted. Thrown at start-up so that the application refuses to
 * run on a calendar an admin got wrong, rather than computing wrong deadlines silently.
 */
public class BerkasHariLiburDitolak extends RuntimeException {

  private final String berkas;
  private final int baris;

  BerkasHariLiburDitolak(String berkas, int baris, String alasan) {
    super("Berkas hari libur ditolak: " + berkas + (baris > 0 ? ", baris " + baris : "") + ": " + alasan);
    this.berkas = berkas;
    this.baris = baris;
  }

  public String berkas() {
    return berkas;
  }

  /** Line of the offending entry, or 0 when the problem is the file as a whole. */
  public int baris() {
    return baris;
  }
}
