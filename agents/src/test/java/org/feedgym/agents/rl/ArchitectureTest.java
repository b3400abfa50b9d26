package org.feedgym.agents.rl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only {@code org.feedgym.agents.rl} may import RL4J (STYLE.md, rule 1). */
class ArchitectureTest {

    private static final String RL_PACKAGE = "org.feedgym.agents.rl";

    private final JavaClasses feedgym = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.feedgym");

    @Test
    void onlyTheRlPackageImportsRl4j() {
        noClasses().that().resideOutsideOfPackage(RL_PACKAGE)
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j.rl4j..", "org.deeplearning4j.gym..")
                .because("RL4J is confined to one package, so that it can be replaced there alone")
                .check(feedgym);
    }

    @Test
    void theRlPackageReallyUsesRl4jSoTheRuleAboveIsNotVacuous() {
        classes().that().haveSimpleName("FeedMdp")
                .should().dependOnClassesThat().resideInAPackage("org.deeplearning4j.rl4j..")
                .check(feedgym);
    }
}
