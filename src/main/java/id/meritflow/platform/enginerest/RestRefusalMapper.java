package id.meritflow.platform.enginerest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;

/** The engine REST resources wrap engine failures in a {@link RestException}; see {@link EngineRestRefusals}. */
class RestRefusalMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException e) {
    return EngineRestRefusals.toResponse(e);
  }
}
