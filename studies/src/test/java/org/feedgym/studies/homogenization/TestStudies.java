package org.feedgym.studies.homogenization;

import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.study.StudyRegistry;

/** Reading homogenization configs in tests, through the registry as the CLI reads them. */
final class TestStudies {

    private TestStudies() {
    }

    /** The validated config record of {@code text}. */
    static HomogenizationConfig parse(String file, String text) throws ConfigException {
        return (HomogenizationConfig) StudyRegistry.builtIn().parse(file, text).config();
    }
}
