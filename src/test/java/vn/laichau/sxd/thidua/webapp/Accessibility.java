package vn.laichau.sxd.thidua.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core run inside the page: the violations of a given impact, as "rule: help (n elements)". */
final class Accessibility {

  private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  private Accessibility() {
  }

  @SuppressWarnings("unchecked")
  static List<String> violations(Browser browser, String impact) {
    browser.driver.executeScript(script());
    return (List<String>) browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
            .filter(v => v.impact === arguments[0])
            .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + v.nodes.map(n => n.target.join(' ')).join(', '))));
        """, impact);
  }

  private static String script() {
    try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
