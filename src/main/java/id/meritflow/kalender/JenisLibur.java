package id.meritflow.kalender;

/** Why a weekday is not a working day, as the SKB 3 Menteri names it. */
public enum JenisLibur {
  LIBUR_NASIONAL,
  CUTI_BERSAMA
}
