package id.meritflow.platform.enginerest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * What the engine REST API answers for two refusals Camunda reports as 500:
 * <ul>
 *   <li>a task, instance or variable of an agency the caller is not a member of ("belongs to no
 *       authenticated tenant"): 403, type {@code AuthorizationException}, like any other refused grant;</li>
 *   <li>a task completed with a variable the step cannot take ({@link VariabelTidakSahException}):
 *       400 with the variable's name ({@code field}) and a stable {@code code};</li>
 *   <li>a task completed without a variable the next gateway reads ("Cannot resolve identifier
 *       'keputusanVerifikasi'"): 400, {@code field} that variable, code {@code VARIABEL_WAJIB}. The
 *       completion is rolled back, so the task stays open.</li>
 * </ul>
 * Everything else keeps Camunda's own answer. The body keeps Camunda's shape ({@code type},
 * {@code message}) so Tasklist shows the message as it shows every engine error.
 */
final class EngineRestRefusals {

  static final String TENANT_REFUSAL = "no authenticated tenant";

  private EngineRestRefusals() {}

  static Response toResponse(Throwable e) {
    Optional<VariabelTidakSahException> invalid = cause(e, VariabelTidakSahException.class);
    if (invalid.isPresent()) {
      return badRequest(invalid.get().field(), invalid.get().code(), invalid.get().getMessage());
    }
    Optional<String> missing = missingVariableOfCompletion(e);
    if (missing.isPresent()) {
      return badRequest(missing.get(), "VARIABEL_WAJIB",
          "Variabel '" + missing.get() + "' wajib diisi untuk menyelesaikan langkah ini.");
    }
    if (tenantRefusal(e)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "AuthorizationException");
      body.put("message", "Data ini milik instansi lain: Anda tidak berwenang mengaksesnya.");
      body.put("code", "INSTANSI_LAIN");
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(e);
  }

  private static Response badRequest(String field, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", message);
    body.put("field", field);
    body.put("code", code);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** A completion (complete, submit-form) that failed on an expression reading a variable nobody set. */
  static Optional<String> missingVariableOfCompletion(Throwable e) {
    if (e.getMessage() == null
        || !(e.getMessage().startsWith("Cannot complete task") || e.getMessage().startsWith("Cannot submit task form"))) {
      return Optional.empty();
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = t.getMessage() == null ? null : UNRESOLVED.matcher(t.getMessage());
      if (m != null && m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '([A-Za-z0-9_]+)'");

  static boolean tenantRefusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException && t.getMessage() != null && t.getMessage().contains(TENANT_REFUSAL)) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
