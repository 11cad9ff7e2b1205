package vn.laichau.sxd.thidua.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.RefusedWriteException;

/**
 * How the engine's REST APIs (/engine-rest and the webapps' own engine API under /camunda/api/engine)
 * answer a refusal: ours reaches the client with just its Vietnamese message (Camunda would prefix
 * it with "Cannot complete task …:" and answer a refused start or message with 500), and the
 * engine's authorization refusals become a Vietnamese 403.
 */
public final class RestRefusals {

  public static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";

  private static final Logger LOG = LoggerFactory.getLogger(RestRefusals.class);

  private RestRefusals() {
  }

  /**
   * Registers the mappers below in every JAX-RS application of the server: /engine-rest and the
   * webapps' own engine API, which Tasklist uses and which offers no other place to add a provider.
   * Jersey finds this class through META-INF/services.
   */
  public static class VietnameseRefusalsEverywhere implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      for (Class<?> mapper : List.of(VietnameseRefusals.class, VietnameseEngineRefusals.class, VietnameseJsonParseRefusals.class,
          VietnameseJsonMappingRefusals.class, VietnameseFallback.class)) {
        if (!context.getConfiguration().isRegistered(mapper)) {
          context.register(mapper);
        }
      }
    }
  }

  /**
   * A refusal in the cause chain, as a person should read it: ours with its Vietnamese message
   * (400, or 404 for something that does not exist), the engine's authorization refusals as 403
   * in Vietnamese, without the resource ids and permission names Camunda would list.
   */
  static Optional<Response> refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadTooLargeException) {
        return Optional.of(answer(Response.Status.REQUEST_ENTITY_TOO_LARGE, typeFor(413), messageFor(413)));
      }
      if (cause instanceof RecordNotFoundException missing) {
        return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound", missing.getMessage()));
      }
      if (cause instanceof InvalidInputException invalid) {
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidInput", invalid.getMessage()));
      }
      if (cause instanceof RefusedWriteException refused) {
        return Optional.of(answer(Response.Status.FORBIDDEN, "Forbidden", refused.getMessage()));
      }
      if (cause instanceof AuthorizationException) {
        return Optional.of(answer(Response.Status.FORBIDDEN, "Forbidden", FORBIDDEN));
      }
      if (cause instanceof NullValueException || cause instanceof NotFoundException) {
        // The engine's "task … doesn't exist", which Camunda would answer as a server error.
        LOG.info("Refused with 404: {}", cause.getMessage());
        return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound", messageFor(404)));
      }
    }
    return Optional.empty();
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type", type, "message", message)).build();
  }

  /** What a client reads for an answer of this status whose text is not ours (Camunda's, Spring's, Tomcat's: English, with ids). */
  public static String messageFor(int status) {
    if (status >= 500) {
      return "Hệ thống gặp lỗi khi xử lý yêu cầu; lỗi đã được ghi lại.";
    }
    return switch (status) {
      case 401 -> "Hãy đăng nhập vào hệ thống Thi đua.";
      case 403 -> FORBIDDEN;
      case 404 -> "Không tìm thấy nội dung được yêu cầu.";
      case 405 -> "Địa chỉ này không nhận loại yêu cầu đó.";
      case 406 -> "Không trả lời được theo định dạng được yêu cầu.";
      case 409 -> "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.";
      case 413 -> "Nội dung gửi lên quá lớn.";
      case 415 -> "Nội dung phải gửi theo định dạng JSON (application/json).";
      default -> "Yêu cầu không hợp lệ: thiếu nội dung, tham số sai hoặc sai định dạng.";
    };
  }

  /** The {@code type} of such an answer. */
  public static String typeFor(int status) {
    return switch (status) {
      case 401 -> "Unauthenticated";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 413 -> "PayloadTooLarge";
      case 429 -> "TooManyAttempts";
      default -> status >= 500 ? "ServerError" : "InvalidRequest";
    };
  }

  /** Keeps Camunda's status; a refusal (4xx) gets a Vietnamese text instead of Camunda's, which is logged for support. */
  private static Response vietnamese(Response camunda, Throwable exception) {
    int status = camunda.getStatus();
    if (status >= 500) {
      return fault(exception);
    }
    LOG.info("Refused with {}: {}", status, exception.getMessage());
    return answer(Response.Status.fromStatusCode(status), typeFor(status), messageFor(status));
  }

  /** A fault of ours: logged with its details, answered without them. */
  private static Response fault(Throwable exception) {
    LOG.error("Request failed", exception);
    return answer(Response.Status.INTERNAL_SERVER_ERROR, typeFor(500), messageFor(500));
  }

  /** Takes precedence over Camunda's own mapper for the same exception type. */
  @Priority(1)
  public static class VietnameseRefusals implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).orElseGet(() -> vietnamese(camunda.toResponse(exception), exception));
    }
  }

  /** The same for endpoints that pass the engine's exception on unwrapped (e.g. message correlation). */
  @Priority(1)
  public static class VietnameseEngineRefusals implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).orElseGet(() -> vietnamese(camunda.toResponse(exception), exception));
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape: Camunda would answer the parser's English text, not even as JSON. */
  abstract static class UnreadableJson<E extends JsonProcessingException> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E exception) {
      LOG.info("Refused with 400: {}", exception.getOriginalMessage());
      return answer(Response.Status.BAD_REQUEST, "InvalidRequest", messageFor(400));
    }
  }

  /** Takes precedence over Camunda's mapper of the same type. */
  @Priority(1)
  public static class VietnameseJsonParseRefusals extends UnreadableJson<JsonParseException> {
  }

  /** Takes precedence over Camunda's mapper of the same type. */
  @Priority(1)
  public static class VietnameseJsonMappingRefusals extends UnreadableJson<JsonMappingException> {
  }

  /**
   * Everything else: JAX-RS's own refusals (unknown path, wrong method or content type) keep their
   * status in Vietnamese; a request the REST layer could not even read (no body, a body of the wrong
   * shape: it fails with a NullPointerException or a parse error) is 400; anything else is a fault
   * of ours, logged, and answered 500 without its details.
   */
  @Priority(1)
  public static class VietnameseFallback implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
      Optional<Response> ours = refusal(exception);
      if (ours.isPresent()) {
        return ours.get();
      }
      if (exception instanceof WebApplicationException web) {
        return vietnamese(web.getResponse(), exception);
      }
      if (exception instanceof NullPointerException || exception instanceof IllegalArgumentException
          || exception instanceof ClassCastException || exception instanceof JacksonException) {
        LOG.debug("Unreadable request", exception);
        return answer(Response.Status.BAD_REQUEST, "InvalidRequest", messageFor(400));
      }
      return fault(exception);
    }

  }
}
