package id.meritflow.keandalan;

/** An answer's class in the table. */
enum Kelas {
  /** 2xx. */
  OK,
  /** Let through, refused as an invalid request: 400, 405, 409, 413, 415, 422. */
  SALAH,
  /** Refused: 403 or 404. */
  TOLAK,
  /** 401: not logged in. */
  ANON,
  /** 429. */
  BATAS,
  /** 5xx or anything else: never expected. */
  GALAT;

  static Kelas dari(int status) {
    if (status >= 200 && status < 300) {
      return OK;
    }
    return switch (status) {
      case 400, 405, 409, 413, 415, 422 -> SALAH;
      case 403, 404 -> TOLAK;
      case 401 -> ANON;
      case 429 -> BATAS;
      default -> GALAT;
    };
  }
}
