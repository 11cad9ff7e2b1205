package vn.laichau.sxd.thidua.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest) with one addition: a refusal of ours reaches the client as
 * 400 with just its Vietnamese message. Camunda would prefix it ("Cannot complete task …:") and
 * answer a refused process start or message with 500.
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(VietnameseRefusals.class);
    register(VietnameseEngineRefusals.class);
  }

  /** A refusal of ours in the cause chain, as the client should see it. */
  static Optional<Response> refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidInput", "message", invalid.getMessage())).build());
      }
    }
    return Optional.empty();
  }

  /** Takes precedence over Camunda's own mapper for the same exception type. */
  @Priority(1)
  public static class VietnameseRefusals implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
    }
  }

  /** The same for endpoints that pass the engine's exception on unwrapped (e.g. message correlation). */
  @Priority(1)
  public static class VietnameseEngineRefusals implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
    }
  }
}
