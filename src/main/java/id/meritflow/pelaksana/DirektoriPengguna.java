package id.meritflow.pelaksana;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Users of the engine's identity service, read past the caller's grants (an operator may not read
 * users in Admin, yet must see whom they may name as acting official).
 */
@Component
class DirektoriPengguna {

  /**
   * Groups whose members work in Tasklist by a role (Roles.GRANTS). Admins are not among them: they
   * may do everything already, so naming one acting official would mean nothing.
   */
  private static final Set<String> KELOMPOK_TASKLIST = kelompokTasklist();

  private final IdentityService identity;

  DirektoriPengguna(IdentityService identity) {
    this.identity = identity;
  }

  Optional<Pengguna> cari(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return tanpaOtorisasi(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .map(this::pengguna));
  }

  String nama(String userId) {
    return cari(userId).map(Pengguna::nama).orElse(userId);
  }

  /** Staff who work in Tasklist: the only users who can act for an official. */
  static boolean stafTasklist(Pengguna p) {
    return p.groups().stream().anyMatch(KELOMPOK_TASKLIST::contains);
  }

  /** Users who may act for this official: Tasklist staff in every one of the official's agencies. */
  List<Pengguna> calonPelaksana(Pengguna pejabat) {
    if (pejabat.tenants().isEmpty()) {
      return List.of();
    }
    return tanpaOtorisasi(() -> identity.createUserQuery().memberOfTenant(pejabat.tenants().get(0)).list().stream()
        .filter(u -> !u.getId().equals(pejabat.id()))
        .map(this::pengguna)
        .filter(p -> stafTasklist(p) && p.anggotaSemua(pejabat.tenants()))
        .sorted(Comparator.comparing(Pengguna::nama))
        .toList());
  }

  /** The officials whose absence the caller may record: themselves, or (operator, admin) their agencies' staff. */
  List<Pengguna> pejabatYangDikelola(Caller caller) {
    Optional<Pengguna> diri = cari(caller.userId()).filter(DirektoriPengguna::stafTasklist);
    if (!caller.isAdmin() && !caller.inGroup(Caller.GROUP_OPERATOR)) {
      return diri.stream().toList();
    }
    List<Pengguna> semua = tanpaOtorisasi(() -> identity.createUserQuery().list().stream().map(this::pengguna)
        .filter(DirektoriPengguna::stafTasklist)
        .filter(p -> p.id().equals(caller.userId()) || caller.isAdmin()
            || (!p.tenants().isEmpty() && caller.tenantIds().containsAll(p.tenants())))
        .sorted(Comparator.comparing(Pengguna::nama)).toList());
    return semua;
  }

  private Pengguna pengguna(User u) {
    String nama = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
        + (u.getLastName() == null ? "" : u.getLastName())).trim();
    List<String> groups = identity.createGroupQuery().groupMember(u.getId()).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(u.getId()).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return new Pengguna(u.getId(), nama.isEmpty() ? u.getId() : nama, groups, tenants);
  }

  private <T> T tanpaOtorisasi(java.util.function.Supplier<T> action) {
    return id.meritflow.platform.engine.SebagaiEngine.jalankan(identity, action);
  }

  private static Set<String> kelompokTasklist() {
    Set<String> groups = Roles.GRANTS.stream()
        .filter(g -> g.resource() == APPLICATION && g.resourceId().equals("tasklist"))
        .map(Roles.Grant::groupId).collect(Collectors.toSet());
    return Set.copyOf(groups);
  }
}
