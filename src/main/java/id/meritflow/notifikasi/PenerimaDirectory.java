package id.meritflow.notifikasi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may be told: users read straight from the engine's identity tables (same DataSource, same
 * transaction), because the engine's identity queries are subject to the current caller's
 * authorizations, and a verifier completing a task may not read other users. Every lookup is
 * within one agency (tenant): membership of the tenant directly or through one of the user's groups.
 */
@Component
class PenerimaDirectory {

  private static final String ANGGOTA_INSTANSI = """
      exists (select 1 from ACT_ID_TENANT_MEMBER tm where tm.TENANT_ID_ = ?
              and (tm.USER_ID_ = u.ID_ or tm.GROUP_ID_ in (select g.GROUP_ID_ from ACT_ID_MEMBERSHIP g where g.USER_ID_ = u.ID_)))""";

  /**
   * The same membership as a set of user ids (two parameters: the tenant twice), for the group
   * lookup: evaluated once per query, not once per pair of group member and tenant member.
   */
  private static final String ANGGOTA_INSTANSI_IDS = """
      u.ID_ in (select tm.USER_ID_ from ACT_ID_TENANT_MEMBER tm where tm.TENANT_ID_ = ? and tm.USER_ID_ is not null
                union
                select g.USER_ID_ from ACT_ID_MEMBERSHIP g join ACT_ID_TENANT_MEMBER tm on tm.GROUP_ID_ = g.GROUP_ID_
                where tm.TENANT_ID_ = ?)""";

  private final JdbcTemplate jdbc;

  PenerimaDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Members of the group who belong to the agency. */
  List<Penerima> anggotaKelompok(String groupId, String instansiId) {
    return jdbc.query("select u.ID_, u.FIRST_, u.LAST_, u.EMAIL_ from ACT_ID_USER u "
        + "join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_ and m.GROUP_ID_ = ? where " + ANGGOTA_INSTANSI_IDS
        + " order by u.ID_", (rs, i) -> penerima(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        groupId, instansiId, instansiId);
  }

  /** The user, if they exist and belong to the agency. */
  Optional<Penerima> pengguna(String userId, String instansiId) {
    return jdbc.query("select u.ID_, u.FIRST_, u.LAST_, u.EMAIL_ from ACT_ID_USER u where u.ID_ = ? and "
        + ANGGOTA_INSTANSI, (rs, i) -> penerima(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        userId, instansiId).stream().findFirst();
  }

  /** The account linked to an employee's NIP (user info {@code nip}), if it belongs to the agency. */
  Optional<Penerima> pegawai(String nip, String instansiId) {
    return jdbc.queryForList("select USER_ID_ from ACT_ID_INFO where KEY_ = 'nip' and VALUE_ = ?", String.class, nip)
        .stream().map(userId -> pengguna(userId, instansiId)).flatMap(Optional::stream).findFirst();
  }

  /** A user's display name (the digest's salutation), whatever their agency; the id if unknown. */
  String nama(String userId) {
    return jdbc.query("select u.ID_, u.FIRST_, u.LAST_, u.EMAIL_ from ACT_ID_USER u where u.ID_ = ?",
        (rs, i) -> penerima(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), userId)
        .stream().findFirst().map(Penerima::nama).orElse(userId);
  }

  /** Users of the groups and users named, within the agency, each once. */
  List<Penerima> semua(Collection<String> groupIds, Collection<String> userIds, String instansiId) {
    var hasil = new LinkedHashMap<String, Penerima>();
    userIds.forEach(u -> pengguna(u, instansiId).ifPresent(p -> hasil.putIfAbsent(p.userId(), p)));
    groupIds.forEach(g -> anggotaKelompok(g, instansiId).forEach(p -> hasil.putIfAbsent(p.userId(), p)));
    return new ArrayList<>(hasil.values());
  }

  private static Penerima penerima(String id, String first, String last, String email) {
    String nama = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return new Penerima(id, nama.isEmpty() ? id : nama,
        Optional.ofNullable(email).filter(e -> !e.isBlank()));
  }
}
