package org.feedgym.studies.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The studies module's place in the module graph (STYLE.md, rule 1): its worlds run on plain Java
 * arrays, without DL4J, ND4J or the agents, and it reaches the simulator only for the shared code
 * (study contract, output, metrics, config); nothing in the simulator reaches back.
 */
class ModuleBoundaryTest {

    private static final JavaClasses STUDIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.feedgym.studies");

    private static final JavaClasses SIMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.feedgym.simulator");

    @Test
    void studiesNeverDependOnDeepLearningLibrariesOrTheAgents() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..", "org.feedgym.agents..")
                .because("study worlds run on plain Java arrays; only the agents module may use DL4J/ND4J/RL4J")
                .check(STUDIES);
    }

    @Test
    void studiesUseOnlyTheSimulatorsSharedPackages() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.feedgym.simulator.run..", "org.feedgym.simulator.cli..",
                        "org.feedgym.simulator.sweep..", "org.feedgym.simulator.report..",
                        "org.feedgym.simulator.offline..")
                .because("a study reuses the shared study contract, output, metrics and config code, not the"
                        + " feed experiment's runner, CLI, sweeps or report")
                .check(STUDIES);
    }

    @Test
    void theSimulatorNeverDependsOnTheStudies() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.feedgym.studies..")
                .because("the simulator finds studies through ServiceLoader, so the dependency points one way")
                .check(SIMULATOR);
    }

    @Test
    void theStudiesReallyUseTheSharedCodeSoTheRulesAboveAreNotVacuous() {
        classes().that().haveSimpleName("HomogenizationStudy")
                .should().dependOnClassesThat().resideInAPackage("org.feedgym.simulator.study..")
                .check(STUDIES);
        classes().that().haveSimpleName("StudyOutput")
                .should().dependOnClassesThat().resideInAPackage("org.feedgym.simulator.metrics..")
                .check(STUDIES);
        classes().that().haveSimpleName("StudyRegistry")
                .should().dependOnClassesThat().resideInAPackage("org.feedgym.simulator.output..")
                .check(SIMULATOR);
    }
}
