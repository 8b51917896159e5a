package id.meritflow.platform.tugas;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates Tasklist's filters on every start (idempotent, all profiles): the shared ones, readable by
 * every role that uses Tasklist, and one *Usulan saya* per operator, readable by its owner only.
 * Runs when the application is ready, after the role groups and (in the demo) the users exist; an
 * operator added later gets theirs at the next start.
 */
@Component
class FilterTugasSetup {

  private static final Logger log = LoggerFactory.getLogger(FilterTugasSetup.class);

  /** Camunda Spring Boot's own filter ({@code camunda.bpm.filter.create}); shared like ours. */
  static final String SEMUA_TUGAS = "Semua Tugas";

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  FilterTugasSetup(FilterService filters, TaskService tasks, IdentityService identity, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void siapkan() {
    List<String> kelompok = kelompokTasklist();
    for (FilterTugas.Definisi definisi : FilterTugas.bersama(tasks)) {
      Filter filter = pastikan(definisi, null);
      kelompok.forEach(g -> izinkanBaca(g, filter.getId()));
    }
    filters.createFilterQuery().filterName(SEMUA_TUGAS).list()
        .forEach(f -> kelompok.forEach(g -> izinkanBaca(g, f.getId())));
    // Two queries however many operators there are (a national installation has thousands): the
    // owners that already have their filter, then a filter only for the operators without one.
    Set<String> punyaFilter = filters.createFilterQuery().filterName(FilterTugas.USULAN_SAYA).list().stream()
        .map(Filter::getOwner).filter(Objects::nonNull).collect(Collectors.toSet());
    for (User operator : identity.createUserQuery().memberOfGroup(Caller.GROUP_OPERATOR).list()) {
      if (!punyaFilter.contains(operator.getId())) {
        pastikan(FilterTugas.usulanSaya(tasks, operator.getId()), operator.getId());
      }
    }
    cabutIzinSemuaFilter(kelompok);
  }

  private Filter pastikan(FilterTugas.Definisi definisi, String pemilik) {
    var query = filters.createFilterQuery().filterName(definisi.nama());
    List<Filter> ada = (pemilik == null ? query : query.filterOwner(pemilik)).list().stream()
        .filter(f -> pemilik != null || f.getOwner() == null).toList();
    if (!ada.isEmpty()) {
      return ada.get(0);
    }
    Filter filter = filters.newTaskFilter(definisi.nama()).setOwner(pemilik).setQuery(definisi.query())
        .setProperties(definisi.properties());
    filters.saveFilter(filter);
    log.info("Created Tasklist filter '{}'{}", definisi.nama(), pemilik == null ? "" : " for " + pemilik);
    return filter;
  }

  /** The role groups that may open Tasklist (Roles.GRANTS), each of which reads the shared filters. */
  private static List<String> kelompokTasklist() {
    return Roles.GRANTS.stream()
        .filter(g -> g.resource() == APPLICATION && g.resourceId().equals("tasklist"))
        .map(Roles.Grant::groupId).distinct().toList();
  }

  private void izinkanBaca(String groupId, String filterId) {
    boolean ada = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(FILTER)
        .resourceId(filterId).hasPermission(READ).count() > 0;
    if (!ada) {
      Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(groupId);
      a.setResource(FILTER);
      a.setResourceId(filterId);
      a.addPermission(READ);
      authorizations.saveAuthorization(a);
    }
  }

  /**
   * Databases set up before these filters granted every role every filter; that grant would show
   * each operator all other operators' *Usulan saya*. Removed once, here.
   */
  private void cabutIzinSemuaFilter(List<String> kelompok) {
    authorizations.createAuthorizationQuery().groupIdIn(kelompok.toArray(String[]::new)).resourceType(FILTER)
        .resourceId(Authorization.ANY).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }
}
