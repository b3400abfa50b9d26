package org.feedgym.experiments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.feedgym.agents.Agent;
import org.junit.jupiter.api.Test;

/**
 * Everything runs on the environment contract: outside the world package no class of any module
 * on this classpath (every module's main code and env's test fixtures) names the concrete
 * population or single-user environment, and the agent interface's signatures name only contract
 * types.
 */
class EnvironmentContractArchitectureTest {

    private static final String WORLD = "org.feedgym.env.world";

    private static JavaClasses everything() {
        return new ClassFileImporter().importPackages("org.feedgym");
    }

    @Test
    void noClassOutsideTheWorldPackageNamesTheConcreteEnvironments() {
        JavaClasses classes = everything();
        // Not vacuous: the importer sees the concrete classes and the modules that must not use them.
        assertTrue(classes.contain(WORLD + ".FeedPopulation"), "FeedPopulation was not imported");
        assertTrue(classes.contain("org.feedgym.simulator.run.ExperimentRunner"), "the simulator was not imported");
        assertTrue(classes.contain("org.feedgym.agents.recommender.LogCollector"), "the agents were not imported");
        noClasses().that().resideOutsideOfPackage(WORLD)
                .should().dependOnClassesThat().haveFullyQualifiedName(WORLD + ".FeedPopulation")
                .because("the simulator, the agents and the RL training paths run on VectorEnvironment")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(WORLD)
                .should().dependOnClassesThat().haveFullyQualifiedName(WORLD + ".FeedEnvironment")
                .because("single-user code runs on Environment, as World.environment() builds it")
                .check(classes);
    }

    @Test
    void theAgentInterfaceNamesNoConcreteWorldClass() {
        for (Method m : Agent.class.getMethods()) {
            for (Class<?> type : m.getParameterTypes()) {
                assertTrue(!type.getName().startsWith(WORLD + "."), m + " takes " + type.getName());
            }
            assertTrue(!m.getReturnType().getName().startsWith(WORLD + "."), m + " returns " + m.getReturnType());
        }
        assertTrue(Arrays.stream(Agent.class.getMethods()).anyMatch(m -> m.getName().equals("act")));
    }

    @Test
    void theRuleWouldCatchAViolation() {
        JavaClasses world = new ClassFileImporter().importPackages(WORLD);
        JavaClass population = world.get(WORLD + ".FeedPopulation");
        // FeedEnvironment (inside the package) does depend on it: the same rule without the
        // package exemption must fail, so the rule is not empty.
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () ->
                noClasses().should().dependOnClassesThat().haveFullyQualifiedName(population.getName()).check(world));
        assertTrue(e.getMessage().contains("FeedEnvironment"), e.getMessage());
    }
}
