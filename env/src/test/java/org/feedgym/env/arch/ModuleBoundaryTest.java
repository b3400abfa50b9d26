package org.feedgym.env.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The env module knows nothing of DL4J, ND4J or RL4J. */
class ModuleBoundaryTest {

    @Test
    void envNeverDependsOnDeepLearningLibraries() {
        JavaClasses env = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.feedgym.env");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..")
                .because("the world runs on plain Java arrays; only the agents module may use DL4J/ND4J/RL4J")
                .check(env);
    }
}
