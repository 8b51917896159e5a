package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Indonesian locale against Camunda's own English one of the same version (from the
 * webjar on the classpath): every label translated, every placeholder and tag kept, so an upgrade
 * that adds labels fails here instead of showing English (or a raw key) to staff.
 */
class WebappBahasaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[\\s/>]");

  /** English plural suffixes ("instance" + "s"): Indonesian has none, so these are empty on purpose. */
  private static final Set<String> KOSONG_DISENGAJA = Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S",
      "PLGN_MOD_RESTART_DIALOG_S");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAnIndonesianOneWithItsPlaceholdersAndTags(String app) throws IOException {
    JsonNode en = read(BASE + app + "/locales/en.json").path("labels");
    JsonNode id = read(BASE + app + "/locales/id.json").path("labels");

    assertThat(names(id)).as("%s: label keys", app).isEqualTo(names(en));
    List<String> problems = new ArrayList<>();
    en.fields().forEachRemaining(e -> {
      String english = e.getValue().asText();
      String indonesian = id.path(e.getKey()).asText();
      if (!english.isBlank() && indonesian.isBlank() && !KOSONG_DISENGAJA.contains(e.getKey())) {
        problems.add(e.getKey() + ": empty");
      }
      if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, indonesian))) {
        problems.add(e.getKey() + ": placeholders " + all(PLACEHOLDER, english) + " vs " + all(PLACEHOLDER, indonesian));
      }
      if (!tags(english).equals(tags(indonesian))) {
        problems.add(e.getKey() + ": tags " + tags(english) + " vs " + tags(indonesian));
      }
    });
    assertThat(problems).as("%s: labels", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void dateNamesAreIndonesian(String app) throws IOException {
    JsonNode dates = read(BASE + app + "/locales/id.json").path("dateLocales");
    assertThat(dates.path("months").get(7).asText()).isEqualTo("Agustus");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Senin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachAppTakesTheChosenLanguageLoadsMeritFlowsScriptAndHidesTheEndOfLifeBanner(String app) throws IOException {
    String config = text(BASE + app + "/scripts/config.js");
    assertThat(config).contains("import { locales } from '/meritflow/bahasa.js'").contains("locales: locales()")
        .contains("meritflow/webapp");
    assertThat(text(BASE + app + "/styles/user-styles.css")).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", ""));
    }
    found.sort(null);
    return found;
  }

  /** HTML tag names only: "<null>" or "<tidak terdefinisi>" are words on screen, not tags. */
  private static List<String> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      String name = m.group(1).toLowerCase();
      if (Set.of("a", "b", "br", "strong", "em", "i", "span", "p", "code", "ul", "li", "div").contains(name)) {
        found.add(name);
      }
    }
    found.sort(null);
    return found;
  }

  private static JsonNode read(String path) throws IOException {
    return JSON.readTree(text(path));
  }

  private static String text(String path) throws IOException {
    try (InputStream in = WebappBahasaTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
  }
}
