package id.meritflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A designer finds every custom delegate and the signing call activity in Modeler's template list. */
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
  private static final Pattern TASK_DELEGATE = Pattern.compile(
      "<bpmn:(?:serviceTask|businessRuleTask|sendTask)[^>]*camunda:delegateExpression=\"(\\$\\{[^}]+})\"");

  @Test
  void everyDelegateUsedOnATaskInProcessesHasAnElementTemplate() throws IOException {
    Set<String> used = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        TASK_DELEGATE.matcher(Files.readString(model)).results().forEach(m -> used.add(m.group(1)));
      }
    }
    Set<String> templated = new HashSet<>();
    for (JsonNode template : templates()) {
      template.get("properties").forEach(p -> {
        if ("camunda:delegateExpression".equals(p.path("binding").path("name").asText())) {
          templated.add(p.get("value").asText());
        }
      });
    }

    assertThat(used).isNotEmpty();
    assertThat(templated).containsAll(used);
  }

  @Test
  void theSigningCallActivityHasATemplate() throws IOException {
    assertThat(templates()).anyMatch(t -> t.get("appliesTo").toString().contains("bpmn:CallActivity")
        && t.get("properties").toString().contains("penandatanganan-sk"));
  }

  private static java.util.List<JsonNode> templates() throws IOException {
    var mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".json")).map(p -> {
        try {
          return mapper.readTree(p.toFile());
        } catch (IOException e) {
          throw new IllegalStateException(p.toString(), e);
        }
      }).toList();
    }
  }
}
