package id.meritflow.platform.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer without the per-change copy of variable values (ADR 0027): each variable
 * still has its row in {@code ACT_HI_VARINST} with its latest value, and every other history row of
 * level {@code full} (activities, tasks, decisions with their inputs and outputs, the user operation
 * log, incidents, job log, identity links, form fields) is written as before. What is not written is
 * the {@code ACT_HI_DETAIL} row (and the byte array copy of a serialized value) for every creation
 * and change of a variable: nothing in MeritFlow reads it (the audit trail is {@code jejak_audit}),
 * and it was a quarter of the rows a KP case writes and 44 of a straight-through mutasi's ~110
 * history rows. {@code meritflow.engine.variable-detail-history: true} brings it back.
 */
final class VariableValuesWithoutDetails extends DbHistoryEventHandler {

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
    return false;
  }
}
