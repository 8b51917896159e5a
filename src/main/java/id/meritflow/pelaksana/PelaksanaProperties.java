package id.meritflow.pelaksana;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meritflow.pelaksana.*}: what an acting official may not decide, and how long an absence
 * may be recorded for. application.yaml carries the list with the regulation behind each entry.
 *
 * @param dicadangkan the user tasks reserved for the official (not delegated to a Plh/Plt)
 * @param lamaMaksimumBulan the longest absence recorded at once (SE 1/SE/I/2021: 3 months, extendable
 *     by 3 more with a new record)
 */
@ConfigurationProperties("meritflow.pelaksana")
record PelaksanaProperties(List<Dicadangkan> dicadangkan, @DefaultValue("3") int lamaMaksimumBulan) {

  PelaksanaProperties {
    dicadangkan = dicadangkan == null ? List.of() : List.copyOf(dicadangkan);
  }

  /**
   * One reserved decision: a user task of a process.
   *
   * @param proses the process definition key, e.g. {@code penandatanganan-sk}
   * @param tugas the user task's id in the model, e.g. {@code Task_Tandatangani}
   * @param kelompokAtasan a superior's group that gets the task instead while the official is away;
   *     empty: the task stays with the official
   * @param alasan why, in Bahasa Indonesia, as the form shows it
   */
  record Dicadangkan(String proses, String tugas, String kelompokAtasan, String alasan) {}

  /** The reservation of this task, if any. */
  Optional<Dicadangkan> dicadangkan(String prosesKey, String tugasKey) {
    return dicadangkan.stream().filter(d -> d.proses().equals(prosesKey) && d.tugas().equals(tugasKey)).findFirst();
  }
}
