package id.meritflow.platform.enginerest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;

/** Engine failures the REST resources let through unwrapped; see {@link EngineRestRefusals}. */
class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  @Override
  public Response toResponse(ProcessEngineException e) {
    return EngineRestRefusals.toResponse(e);
  }
}
