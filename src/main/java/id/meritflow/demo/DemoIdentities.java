package id.meritflow.demo;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import java.util.List;
import java.util.Optional;

/**
 * The demo profile's agencies (tenants) and users. Every password is {@code demo}; none of this
 * exists outside the demo profile.
 */
final class DemoIdentities {

  static final String PASSWORD = "demo";

  record DemoTenant(String id, String name) {}

  record DemoUser(String id, String firstName, String lastName, List<String> groups, List<String> tenants,
      Optional<String> nip) {}

  static final String CIMAHI = "cimahi";
  static final String JABAR = "jabar";
  static final String KEMENPANRB = "kemenpanrb";
  static final String BKN = "bkn";
  private static final List<String> ALL = List.of(CIMAHI, JABAR, KEMENPANRB, BKN);

  static final List<DemoTenant> TENANTS = List.of(
      new DemoTenant(CIMAHI, "Pemerintah Kota Cimahi"),
      new DemoTenant(JABAR, "Pemerintah Provinsi Jawa Barat"),
      new DemoTenant(KEMENPANRB, "Kementerian PANRB"),
      new DemoTenant(BKN, "Badan Kepegawaian Negara"));

  static final List<DemoUser> USERS = List.of(
      staff("operator-cimahi", "Operator", "BKPSDM Cimahi", Caller.GROUP_OPERATOR, CIMAHI),
      staff("operator-jabar", "Operator", "BKD Jawa Barat", Caller.GROUP_OPERATOR, JABAR),
      staff("operator-kemenpanrb", "Operator", "Biro SDM KemenPANRB", Caller.GROUP_OPERATOR, KEMENPANRB),
      staff("ppk-cimahi", "Wali Kota", "Cimahi", Caller.GROUP_PPK, CIMAHI),
      staff("ppk-jabar", "Gubernur", "Jawa Barat", Caller.GROUP_PPK, JABAR),
      staff("ppk-kemenpanrb", "Menteri", "PANRB", Caller.GROUP_PPK, KEMENPANRB),
      // Superiors (disiplin): open cases, summon, examine; the inspector sits on examination teams.
      staff("atasan-cimahi", "Kepala Bidang", "BKPSDM Cimahi", Roles.GROUP_ATASAN, CIMAHI),
      staff("pengawas-cimahi", "Inspektur Pembantu", "Inspektorat Cimahi", Roles.GROUP_ATASAN, CIMAHI),
      staff("atasan-jabar", "Kepala Bidang", "BKD Jawa Barat", Roles.GROUP_ATASAN, JABAR),
      // BPASN hears banding administratif from every agency.
      new DemoUser("bpasn", "Sekretariat", "BPASN", List.of(Roles.GROUP_BPASN), ALL, Optional.empty()),
      // BKN verifies proposals of every agency, and the supervisor watches them all.
      new DemoUser("verifikator-bkn", "Verifikator", "BKN", List.of(Caller.GROUP_VERIFIKATOR), ALL, Optional.empty()),
      new DemoUser("supervisor", "Supervisor", "BKN", List.of(Caller.GROUP_SUPERVISOR), ALL, Optional.empty()),
      // A supervisor of one agency: Cockpit and Pantauan show Cimahi only (ADR 0018).
      staff("supervisor-cimahi", "Supervisor", "BKPSDM Cimahi", Caller.GROUP_SUPERVISOR, CIMAHI),
      new DemoUser("kanreg-bkn", "Kepala", "Kanreg III BKN", List.of(Roles.GROUP_KEPALA_KANREG), ALL, Optional.empty()),
      new DemoUser("setneg", "Kementerian", "Sekretariat Negara", List.of(Roles.GROUP_PRESIDEN), ALL, Optional.empty()),
      // Acting officials (Plh/Plt): BKN's analyst acts for BKN officials, Cimahi's regional secretary
      // for Cimahi's. Their group has no tasks of its own; see docs/pelaksana.md.
      new DemoUser("analis-bkn", "Analis SDM Aparatur", "BKN", List.of(Roles.GROUP_STAF), ALL, Optional.empty()),
      staff("sekda-cimahi", "Sekretaris Daerah", "Kota Cimahi", Roles.GROUP_STAF, CIMAHI),
      new DemoUser("perancang", "Perancang", "Proses", List.of(Caller.GROUP_PERANCANG), List.of(), Optional.empty()),
      employee("pegawai-dewi", "Dewi", "Lestari", CIMAHI, DemoPegawai.DEWI_NIP),
      employee("pegawai-budi", "Budi", "Santoso", CIMAHI, DemoPegawai.BUDI_NIP),
      employee("pegawai-sari", "Sari", "Rahmawati", JABAR, DemoPegawai.SARI_NIP));

  /** Every admin is in every tenant, so that Admin shows them; admin bypasses tenant checks anyway. */
  static final List<String> ADMIN_TENANTS = ALL;

  private DemoIdentities() {}

  private static DemoUser staff(String id, String first, String last, String group, String tenant) {
    return new DemoUser(id, first, last, List.of(group), List.of(tenant), Optional.empty());
  }

  private static DemoUser employee(String id, String first, String last, String tenant, String nip) {
    return new DemoUser(id, first, last, List.of(Caller.GROUP_PEGAWAI), List.of(tenant), Optional.of(nip));
  }
}
