package org.feedgym.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.feedgym.simulator.study.StudyRegistry;
import org.feedgym.studies.homogenization.HomogenizationStudy;
import org.junit.jupiter.api.Test;

/** The built-in studies are registered once each, under the id their configs name. */
class StudyRegistryTest {

    @Test
    void theBuiltInRegistryHoldsEveryStudyOfThisModule() {
        assertEquals(List.of("homogenization"), StudyRegistry.builtIn().ids());
    }

    @Test
    void aStudyIsFoundByTheValueOfItsConfigsStudyKey() {
        assertInstanceOf(HomogenizationStudy.class, StudyRegistry.builtIn().find("homogenization").orElseThrow());
    }
}
