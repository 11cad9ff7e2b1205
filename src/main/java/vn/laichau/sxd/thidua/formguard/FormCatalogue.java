package vn.laichau.sxd.thidua.formguard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The Camunda Forms the application deploys (classpath {@code forms/*.form}), by form id. */
@Component
class FormCatalogue {

  private final Map<String, FormSchema> forms = new HashMap<>();

  FormCatalogue() {
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          FormSchema form = FormSchema.parse(json.readTree(in));
          forms.put(form.id(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms on the classpath", e);
    }
  }

  Optional<FormSchema> form(String id) {
    return Optional.ofNullable(forms.get(id));
  }
}
