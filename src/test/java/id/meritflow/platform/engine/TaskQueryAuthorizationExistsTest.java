package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The task query's authorization join as an EXISTS: the text moves, and its parameters with it. */
class TaskQueryAuthorizationExistsTest {

  /** The engine's statement for Tasklist's list (PostgreSQL, authorizations on), as it logs it. */
  private static final String TASK_LIST = """
      select distinct RES.REV_, RES.ID_ from ACT_RU_TASK RES
      left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
      left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
      left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
        AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) )
      AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
      WHERE ( 1 = 1 and RES.ASSIGNEE_ IS NULL and D.KEY_ = ? and RES.TENANT_ID_ in ( ? )
        and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )
      and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
      and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) ) order by RES.CREATE_TIME_ asc LIMIT ? OFFSET ?""";

  @Test
  void theJoinBecomesAnExistsInTheWhereClauseWithItsParametersMovedAlong() {
    List<ParameterMapping> parameters = parameters(14);

    var rewritten = TaskQueryAuthorizationExists.rewrite(TASK_LIST, parameters).orElseThrow();

    String sql = rewritten.sql().replaceAll("\\s+", " ");
    assertThat(sql).doesNotContain("join ( SELECT A.*").doesNotContain("IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL)");
    assertThat(sql).contains("OR (EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE ( A.TYPE_ < 2",
        "= ? ) ) ) AND (A.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )))) )").doesNotContain("AUTH.");
    // key, tenant, group of the WHERE come first now, then the eight of the authorization subquery
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty)
        .containsExactly("p8", "p9", "p10", "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p11", "p12", "p13");
  }

  @Test
  void aStatementOfAnotherShapeIsLeftAsTheEngineWroteIt() {
    assertThat(TaskQueryAuthorizationExists.rewrite("select * from ACT_RU_TASK RES where RES.ID_ = ?", parameters(1)))
        .isEmpty();
    String composite = TASK_LIST.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH1.RESOURCE_ID_ IS NOT NULL)");
    assertThat(TaskQueryAuthorizationExists.rewrite(composite, parameters(14))).isEmpty();
    assertThat(TaskQueryAuthorizationExists.rewrite(TASK_LIST, parameters(13))).isEmpty();
  }

  @Test
  void theCandidateGroupJoinBecomesAnExistsAndTheListNeedsNoDistinct() {
    String afterAuthorization = TaskQueryAuthorizationExists.rewrite(TASK_LIST, parameters(14)).orElseThrow().sql();

    String sql = TaskQueryCandidateExists.rewrite(afterAuthorization).orElseThrow().replaceAll("\\s+", " ");

    assertThat(sql).startsWith("select RES.REV_, RES.ID_ from ACT_RU_TASK RES").doesNotContain("ACT_RU_IDENTITYLINK I on")
        .contains("and ( RES.ASSIGNEE_ is null and EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_"
            + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ( ? )) )");
    // the placeholders are where they were
    assertThat(sql.chars().filter(c -> c == '?').count())
        .isEqualTo(afterAuthorization.chars().filter(c -> c == '?').count());
  }

  @Test
  void aListWhoseIdentityLinksAreUsedOtherwiseOrThatJoinsMoreKeepsItsDistinctJoin() {
    String afterAuthorization = TaskQueryAuthorizationExists.rewrite(TASK_LIST, parameters(14)).orElseThrow().sql();
    // candidate user besides the groups: another use of I
    assertThat(TaskQueryCandidateExists.rewrite(afterAuthorization.replace("( I.GROUP_ID_ IN ( ? ) )",
        "( I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) )"))).isEmpty();
    // another join that could repeat a task
    assertThat(TaskQueryCandidateExists.rewrite(afterAuthorization.replace("left join ACT_RE_PROCDEF D",
        "left join ACT_RU_VARIABLE V on V.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D"))).isEmpty();
    // no authorization rewrite first: the AUTH join is still there
    assertThat(TaskQueryCandidateExists.rewrite(TASK_LIST)).isEmpty();
  }

  private static List<ParameterMapping> parameters(int n) {
    var configuration = new Configuration();
    var list = new ArrayList<ParameterMapping>();
    for (int i = 0; i < n; i++) {
      list.add(new ParameterMapping.Builder(configuration, "p" + i, Object.class).build());
    }
    return list;
  }
}
