package id.meritflow.notifikasi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The outbound channels in use: the {@link KanalNotifikasi} beans whose code is configured. */
@Component
class KanalAktif {

  private static final Logger log = LoggerFactory.getLogger(KanalAktif.class);
  private final Map<String, KanalNotifikasi> byKode;

  KanalAktif(ObjectProvider<KanalNotifikasi> beans, NotifikasiProperties properties) {
    Map<String, KanalNotifikasi> all = beans.orderedStream().filter(k -> !(k instanceof KanalTidakAktif))
        .collect(Collectors.toMap(KanalNotifikasi::kode, Function.identity(), (a, b) -> a));
    this.byKode = properties.kanal().stream().filter(kode -> {
      boolean ada = all.containsKey(kode);
      if (!ada) {
        log.warn("Kanal notifikasi {} dikonfigurasi tetapi tidak tersedia (mis. SMTP belum diatur); hanya kotak masuk yang dipakai.", kode);
      }
      return ada;
    }).collect(Collectors.toMap(Function.identity(), all::get, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  List<KanalNotifikasi> semua() {
    return List.copyOf(byKode.values());
  }

  Optional<KanalNotifikasi> kanal(String kode) {
    return Optional.ofNullable(byKode.get(kode));
  }
}
