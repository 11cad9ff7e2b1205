package vn.laichau.sxd.thidua.engine;

import java.util.List;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.springframework.stereotype.Component;

/** Gives the engine's DMN a FEEL engine that reads dates in Vietnam ({@link VietnamDateValueMapper}). */
@Component
public class VietnamFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new VietnamFeelEngineFactory());
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** Also used by the decision tests, so that they evaluate exactly as the engine does. */
  public static final class VietnamFeelEngineFactory extends ScalaFeelEngineFactory {
    @Override
    public FeelEngine createInstance() {
      return new VietnamFeelEngine(customFunctionProviders);
    }
  }

  static final class VietnamFeelEngine extends ScalaFeelEngine {
    private static final CustomValueMapper VIETNAM_DATES = new VietnamDateValueMapper();

    VietnamFeelEngine(List<FeelCustomFunctionProvider> providers) {
      super(providers);
    }

    @Override
    protected camundajar.impl.scala.collection.immutable.List<CustomValueMapper> getValueMappers() {
      return super.getValueMappers().<CustomValueMapper>$colon$colon(VIETNAM_DATES);
    }
  }
}
