package id.meritflow.keandalan;

/**
 * Whose data an endpoint's parameters name: the caller's own agency (Cimahi; for the employee, her
 * own data), another agency (Jawa Barat), or another employee of the same agency. An endpoint
 * whose parameters name no one is called once ({@link #SATU}).
 */
enum Lingkup {
  SENDIRI, INSTANSI_LAIN, PEGAWAI_LAIN, SATU;

  static final String URUTAN = "sendiri/instansi-lain/pegawai-lain";
}
