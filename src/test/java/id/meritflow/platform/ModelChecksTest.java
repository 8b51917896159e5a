package id.meritflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every model the designers put under {@code processes/} without starting the engine, so a
 * broken model gets a message naming the file and element rather than a failed deployment: it
 * parses, Modeler and Cockpit can draw it, history is cleaned up, and its forms exist. Bean
 * references are checked against the running application in {@link ModelBeanReferencesTest}.
 */
class ModelChecksTest {

  private static final Path FORMS = Path.of("forms");
  static Stream<Path> bpmnFiles() {
    return ProcessModels.bpmn().stream();
  }

  static Stream<Path> dmnFiles() {
    return ProcessModels.dmn().stream();
  }

  @Test
  void findsModelsToCheck() {
    assertThat(ProcessModels.bpmn()).as("BPMN files under %s", ProcessModels.PROCESSES.toAbsolutePath())
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyFlowNodeAndSequenceFlowIsDrawn(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> shapes = idsOf(model.getModelElementsByType(BpmnShape.class), s -> s.getBpmnElement());
    Set<String> edges = idsOf(model.getModelElementsByType(BpmnEdge.class), e -> e.getBpmnElement());

    assertThat(ids(model.getModelElementsByType(FlowNode.class)))
        .as("%s: flow nodes without a BPMNShape", file).allMatch(shapes::contains);
    assertThat(ids(model.getModelElementsByType(SequenceFlow.class)))
        .as("%s: sequence flows without a BPMNEdge", file).allMatch(edges::contains);
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyExecutableProcessHasAHistoryTimeToLive(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    var withoutTtl = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
        .filter(p -> p.isExecutable() && isBlank(p.getCamundaHistoryTimeToLiveString()))
        .map(BaseElement::getId).toList();
    assertThat(withoutTtl).as("%s: executable processes without camunda:historyTimeToLive", file).isEmpty();
  }

  // There may be no DMN yet; findsModelsToCheck guards against checking nothing at all.
  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("dmnFiles")
  void everyDecisionHasAHistoryTimeToLive(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    var withoutTtl = model.getModelElementsByType(Decision.class).stream()
        .filter(d -> isBlank(d.getCamundaHistoryTimeToLiveString()))
        .map(Decision::getId).toList();
    assertThat(withoutTtl).as("%s: decisions without camunda:historyTimeToLive", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyFormRefNamesAFormInFormsFolderAndHasABinding(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> formIds = formIds();
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), formIds, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkFormRef(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), formIds, problems);
    }
    assertThat(problems).as("%s: form references (forms found: %s)", file, formIds).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyEmbeddedFormKeyNamesAFileInFormsFolder(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    Stream.concat(model.getModelElementsByType(UserTask.class).stream().map(t -> Map.entry(t.getId(), nullToEmpty(t.getCamundaFormKey()))),
            model.getModelElementsByType(StartEvent.class).stream().map(e -> Map.entry(e.getId(), nullToEmpty(e.getCamundaFormKey()))))
        .filter(e -> !e.getValue().isEmpty())
        .forEach(e -> {
          String prefix = "embedded:/formulir/";
          if (!e.getValue().startsWith(prefix)) {
            problems.add(e.getKey() + ": camunda:formKey '" + e.getValue() + "' is not " + prefix + "…");
          } else if (!Files.isRegularFile(FORMS.resolve(e.getValue().substring(prefix.length())))) {
            problems.add(e.getKey() + ": camunda:formKey '" + e.getValue() + "' names no file in " + FORMS + "/");
          }
        });
    assertThat(problems).as("%s: embedded form keys", file).isEmpty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void checkFormRef(BaseElement element, String formRef, String binding, Set<String> formIds,
      List<String> problems) {
    if (formRef == null) {
      return;
    }
    if (!formIds.contains(formRef)) {
      problems.add(element.getId() + ": camunda:formRef '" + formRef + "' is no form id in " + FORMS + "/");
    }
    if (isBlank(binding)) {
      problems.add(element.getId() + ": camunda:formRef '" + formRef + "' has no camunda:formRefBinding");
    }
  }

  private static Set<String> formIds() throws IOException {
    var mapper = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).toList();
      Set<String> ids = new java.util.HashSet<>();
      for (Path form : forms) {
        ids.add(mapper.readTree(form.toFile()).path("id").asText());
      }
      return ids;
    }
  }

  private static <T> Set<String> idsOf(Collection<T> diagramElements, Function<T, BaseElement> modelElement) {
    return diagramElements.stream().map(modelElement).filter(e -> e != null).map(BaseElement::getId)
        .collect(Collectors.toSet());
  }

  private static List<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
