package id.meritflow.sla;

import java.time.Instant;
import java.util.Optional;

/** One approval step's SLA record. */
public record LangkahSla(String taskId, String processInstanceId, String rootInstanceId, String instansiId,
    String langkah, String nama, Instant dibuat, Optional<Instant> tenggat, Optional<Instant> pengingatPada,
    Optional<Instant> eskalasiPada, Optional<String> peranEskalasi, Optional<Instant> selesaiPada,
    Optional<String> diselesaikanOleh, StatusSla status) {}
