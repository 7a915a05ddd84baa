package org.appflowcontracts.schemas.seed;

import java.util.List;

/** Outcome of checking one entry schema against the reference facts. */
record CoverageReport(String entry, int pathsChecked, int enumValuesChecked, List<String> problems) {

    CoverageReport {
        problems = List.copyOf(problems);
    }
}
