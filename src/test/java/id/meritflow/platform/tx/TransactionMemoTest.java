package id.meritflow.platform.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

  private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(h2()));
  private final TransactionMemo<String, Optional<String>> memo = new TransactionMemo<>();
  private final List<String> reads = new ArrayList<>();

  private Optional<String> read(String key) {
    return memo.get(key, k -> {
      reads.add(k);
      return k.startsWith("x") ? Optional.empty() : Optional.of(k.toUpperCase());
    });
  }

  @Test
  void aKeyIsReadOnceInATransactionAbsentRowsIncluded() {
    transaction.executeWithoutResult(status -> {
      assertThat(read("cimahi")).contains("CIMAHI");
      assertThat(read("cimahi")).contains("CIMAHI");
      assertThat(read("jabar")).contains("JABAR");
      assertThat(read("x-unknown")).isEmpty();
      assertThat(read("x-unknown")).isEmpty();
    });

    assertThat(reads).containsExactly("cimahi", "jabar", "x-unknown");
  }

  @Test
  void theNextTransactionReadsAgainAfterACommitOrARollback() {
    transaction.executeWithoutResult(status -> read("cimahi"));
    transaction.executeWithoutResult(status -> {
      read("cimahi");
      status.setRollbackOnly();
    });
    transaction.executeWithoutResult(status -> read("cimahi"));

    assertThat(reads).containsExactly("cimahi", "cimahi", "cimahi");
  }

  @Test
  void outsideATransactionEveryCallReads() {
    read("cimahi");
    read("cimahi");

    assertThat(reads).containsExactly("cimahi", "cimahi");
  }

  @Test
  void aWriterMakesItsTransactionReadAgain() {
    transaction.executeWithoutResult(status -> {
      read("cimahi");
      memo.forget();
      read("cimahi");
      read("cimahi");
    });

    assertThat(reads).containsExactly("cimahi", "cimahi");
  }

  @Test
  void aTransactionOfItsOwnStartedInsideReadsForItselfAndTheOuterOneKeepsItsReads() {
    TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    transaction.executeWithoutResult(status -> {
      read("cimahi");
      inner.executeWithoutResult(s -> {
        read("cimahi");
        read("jabar");
      });
      read("cimahi");
      read("jabar");
    });

    assertThat(reads).containsExactly("cimahi", "cimahi", "jabar", "jabar");
  }

  private static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:memo;DB_CLOSE_DELAY=-1");
    return ds;
  }
}
