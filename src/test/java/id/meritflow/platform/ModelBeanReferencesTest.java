package id.meritflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every {@code camunda:delegateExpression="${beanName}"} in {@code processes/} names a bean of the
 * real application (the shared test context), so a renamed delegate fails here and not at run time
 * in the middle of a case. The structural checks that need no Spring live in {@link ModelChecksTest}.
 */
@MeritFlowIntegrationTest
class ModelBeanReferencesTest {

  /** {@code ${beanName}}: the only delegate expression form we can resolve without running it. */
  private static final Pattern BEAN_REFERENCE = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}$");

  @Autowired
  ApplicationContext context;

  static Stream<Path> bpmnFiles() {
    return ProcessModels.bpmn().stream();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyDelegateExpressionNamesASpringBean(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> missing = new ArrayList<>();
    delegateExpressions(model, ServiceTask.class, ServiceTask::getCamundaDelegateExpression, missing);
    delegateExpressions(model, SendTask.class, SendTask::getCamundaDelegateExpression, missing);
    delegateExpressions(model, BusinessRuleTask.class, BusinessRuleTask::getCamundaDelegateExpression, missing);
    delegateExpressions(model, MessageEventDefinition.class,
        MessageEventDefinition::getCamundaDelegateExpression, missing);
    delegateExpressions(model, CamundaExecutionListener.class,
        CamundaExecutionListener::getCamundaDelegateExpression, missing);
    delegateExpressions(model, CamundaTaskListener.class, CamundaTaskListener::getCamundaDelegateExpression, missing);
    assertThat(missing).as("%s: delegate expressions naming no bean in the application context", file).isEmpty();
  }

  private <T extends ModelElementInstance> void delegateExpressions(BpmnModelInstance model, Class<T> type,
      Function<T, String> expressionOf, List<String> missing) {
    for (T element : model.getModelElementsByType(type)) {
      String expression = expressionOf.apply(element);
      Matcher bean = expression == null ? null : BEAN_REFERENCE.matcher(expression.trim());
      if (bean != null && bean.matches() && !context.containsBean(bean.group(1))) {
        missing.add(owningId(element) + " (" + type.getSimpleName() + "): " + expression);
      }
    }
  }

  /** Listeners have no id of their own; name the element they are attached to. */
  private static String owningId(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      String id = e.getAttributeValue("id");
      if (id != null) {
        return id;
      }
    }
    return element.getElementType().getTypeName();
  }
}
