package id.meritflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminder (after 3 working days, from a non-interrupting boundary timer): records it on the open
 * steps of this process instance. Delivery (e-mail, notification) is a channel for later; the
 * reminder shows in the SLA API and in Tasklist's follow-up date.
 */
@Component("slaPengingatDelegate")
class SlaPengingatDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SlaPengingatDelegate.class);
  private final SlaRepository repository;

  SlaPengingatDelegate(SlaRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int steps = repository.reminded(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    log.info("SLA: pengingat untuk {} langkah terbuka pada kasus {}", steps, execution.getProcessInstanceId());
  }
}
