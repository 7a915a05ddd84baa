package org.appflowcontracts.properties.mutate;

import java.util.Random;

/** Breaks one rule in a freshly generated valid request. */
public interface Mutator {

    String ruleId();

    Mutation apply(Random random);
}
