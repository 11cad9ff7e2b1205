package vn.laichau.sxd.thidua.engine;

import java.util.Set;

/** Variables a feature declares confidential: the engine writes no history of them (see {@link ConfidentialVariablesPlugin}). */
public interface ConfidentialVariables {

  Set<String> names();
}
