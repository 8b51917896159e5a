package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasklist's page in creation order: which statements walk the index, and the setting around them. */
class TaskListInCreationOrderTest {

  private static final String PAGE = "select RES.REV_, RES.ID_ from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
      + " WHERE ( 1 = 1 and RES.ASSIGNEE_ IS NULL and EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_) )\n"
      + " order by RES.CREATE_TIME_ asc\n LIMIT ? OFFSET ? ";

  @Test
  void aPageInCreationOrderWithoutDistinctWalks() {
    assertThat(TaskListInCreationOrder.applies(PAGE)).isTrue();
    assertThat(TaskListInCreationOrder.applies(PAGE.replace(" asc", " desc"))).isTrue();
  }

  @Test
  void otherStatementsRunAsWritten() {
    assertThat(TaskListInCreationOrder.applies(PAGE.replace("select RES", "select distinct RES"))).isFalse();
    assertThat(TaskListInCreationOrder.applies(PAGE.replace("RES.CREATE_TIME_ asc", "RES.PRIORITY_ desc"))).isFalse();
    assertThat(TaskListInCreationOrder.applies(PAGE.replace("RES.CREATE_TIME_ asc", "RES.CREATE_TIME_ asc, RES.ID_ asc")))
        .isFalse();
    assertThat(TaskListInCreationOrder.applies(PAGE.replace("LIMIT ? OFFSET ?", ""))).isFalse(); // no page
  }

  @Test
  void onPostgresInATransactionSortingIsPricedOutForTheQueryAloneAndRestoredAfter() throws Exception {
    List<String> sent = new ArrayList<>();
    Connection connection = connection("PostgreSQL", false, sent);

    String result = TaskListInCreationOrder.walk(connection, () -> {
      sent.add("<query>");
      return "page";
    });

    assertThat(result).isEqualTo("page");
    assertThat(sent).containsExactly("set local enable_sort = off", "<query>", "set local enable_sort to default");
  }

  @Test
  void aFailingQueryStillRestoresTheSetting() {
    List<String> sent = new ArrayList<>();
    Connection connection = connection("PostgreSQL", false, sent);

    assertThatThrownBy(() -> TaskListInCreationOrder.walk(connection, () -> {
      throw new SQLException("boom");
    })).hasMessage("boom");
    assertThat(sent).containsExactly("set local enable_sort = off", "set local enable_sort to default");
  }

  @Test
  void outsideATransactionOrOnAnotherDatabaseNothingIsSet() throws Exception {
    List<String> sent = new ArrayList<>();

    TaskListInCreationOrder.walk(connection("PostgreSQL", true, sent), () -> sent.add("<query>"));
    TaskListInCreationOrder.walk(connection("H2", false, sent), () -> sent.add("<query>"));

    assertThat(sent).containsExactly("<query>", "<query>");
  }

  /** A connection that records the statements it executes. */
  private static Connection connection(String product, boolean autoCommit, List<String> sent) {
    DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (name, args) ->
        name.equals("getDatabaseProductName") ? product : null);
    Statement statement = proxy(Statement.class, (name, args) -> {
      if (name.equals("execute")) {
        sent.add((String) args[0]);
        return false;
      }
      return null;
    });
    return proxy(Connection.class, (name, args) -> switch (name) {
      case "getAutoCommit" -> autoCommit;
      case "getMetaData" -> metaData;
      case "createStatement" -> statement;
      default -> null;
    });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> answer.answer(method.getName(), args)));
  }
}
