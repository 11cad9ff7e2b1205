package vn.laichau.sxd.thidua.webapp;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Our own pages, each a folder of static files: the dashboard at /dashboard/, the imports at /imports/, a unit's dossier at /dossier/, a dossier's documents and the templates at /documents/, a person's notices and mail choice at /notices/, a dossier's diary at /audit/. */
@Configuration
class OurPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : new String[] {"dashboard", "imports", "dossier", "documents", "notices", "audit"}) {
      registry.addRedirectViewController("/" + page, "/" + page + "/");
      registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
    }
  }
}
