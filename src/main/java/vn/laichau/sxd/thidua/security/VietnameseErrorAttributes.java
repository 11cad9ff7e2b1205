package vn.laichau.sxd.thidua.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import vn.laichau.sxd.thidua.api.RestRefusals;

/**
 * What Spring's error page answers (a request that failed before or outside our handlers: a
 * malformed URL, a wrong method or content type, a fault): the status, and a Vietnamese message in
 * the shape of our other refusals; never an exception's class, message or trace.
 */
@Component
class VietnameseErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
    Map<String, Object> spring = super.getErrorAttributes(webRequest, ErrorAttributeOptions.defaults());
    int status = spring.get("status") instanceof Integer code ? code : 500;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", status);
    answer.put("type", RestRefusals.typeFor(status));
    answer.put("message", RestRefusals.messageFor(status));
    return answer;
  }
}
