package id.meritflow.platform.enginerest;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task was completed with a variable the step cannot take (wrong type, unknown value). Thrown by
 * a task listener inside the engine's transaction, so nothing of the completion is kept; the engine
 * REST API answers it 400 naming the variable ({@link EngineRestRefusals}).
 *
 * @param field the variable's name
 * @param code a stable code, e.g. {@code NILAI_TIDAK_DIKENAL}
 */
public class VariabelTidakSahException extends ProcessEngineException {

  private final String field;
  private final String code;

  public VariabelTidakSahException(String field, String code, String message) {
    super(message);
    this.field = field;
    this.code = code;
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }
}
