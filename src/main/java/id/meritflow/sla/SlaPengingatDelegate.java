package id.meritflow.sla;

import id.meritflow.notifikasi.PemberitahuanKasus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminder (after 3 working days, from a non-interrupting boundary timer): records it on the open
 * steps of this process instance and tells their people (inbox and e-mail, through the
 * notification outbox, in this same transaction).
 */
@Component("slaPengingatDelegate")
class SlaPengingatDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SlaPengingatDelegate.class);
  private final SlaRepository repository;
  private final PemberitahuanKasus pemberitahuan;

  SlaPengingatDelegate(SlaRepository repository, PemberitahuanKasus pemberitahuan) {
    this.repository = repository;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int steps = repository.reminded(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    pemberitahuan.pengingat(execution);
    log.info("SLA: pengingat untuk {} langkah terbuka pada kasus {}", steps, execution.getProcessInstanceId());
  }
}
