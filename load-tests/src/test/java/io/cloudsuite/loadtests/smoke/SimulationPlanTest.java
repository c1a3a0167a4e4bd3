package io.cloudsuite.loadtests.smoke;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gatling.javaapi.core.Simulation;

/** load-tests/simulations.tsv drives the smoke run and the post-deploy check: every line must be usable. */
class SimulationPlanTest {

    private final List<SimulationPlan> plans = SimulationPlan.read(Path.of("simulations.tsv"));

    @Test
    void everyLineNamesAServiceAndAnExistingSimulation() {
        assertEquals(5, plans.size());
        for (SimulationPlan plan : plans) {
            assertTrue(plan.service().endsWith("-service"), plan.service());
            Class<?> simulation = assertDoesNotThrow(() -> Class.forName(plan.simulationClass()));
            assertTrue(Simulation.class.isAssignableFrom(simulation), plan.simulationClass());
            assertFalse(plan.smoke().isEmpty(), plan.service() + " has no smoke parameters");
        }
    }

    @Test
    void parametersAreKeyValuePairsOrADash() {
        assertEquals(Map.of("rate", "20", "duration", "4"), SimulationPlan.parameters("rate=20 duration=4"));
        assertEquals(Map.of(), SimulationPlan.parameters("-"));
        assertThrows(IllegalStateException.class, () -> SimulationPlan.parameters("rate"));
    }
}
