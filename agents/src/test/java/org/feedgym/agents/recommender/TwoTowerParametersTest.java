package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoTowerParametersTest {

    @Test
    void fillsEveryDefault() {
        TwoTowerParameters p = TwoTowerParameters.defaults();
        assertEquals(32, p.embeddingSize());
        assertEquals(32, p.idEmbeddingSize());
        assertEquals(List.of(64), p.hiddenLayers());
        assertTrue(p.catalogFeatures());
        assertEquals(10, p.epochs());
        assertEquals(256, p.batchSize());
        assertEquals(0.01, p.learningRate());
        assertEquals(0.0, p.l2());
        assertEquals(0.05, p.temperature());
        assertEquals(64, p.negatives());
        assertTrue(p.logQCorrection());
        assertNull(p.positiveThreshold(), "null: the training log's mean signal");
        assertEquals(50, p.history());
        assertEquals(500, p.trainingUsers());
        assertEquals("random", p.loggingPolicy());
        assertEquals("watch", p.signal());
    }

    @Test
    void acceptsNoHiddenLayerAndCopiesTheList() {
        List<Integer> layers = new ArrayList<>(List.of(8));
        TwoTowerParameters p = withLayers(layers);
        layers.add(4);
        assertEquals(List.of(8), p.hiddenLayers());
        assertEquals(List.of(), withLayers(List.of()).hiddenLayers());
    }

    @Test
    void rejectsAMissingLayerSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withLayers(Arrays.asList(16, null)));
        assertEquals("hiddenLayers[1] must be in [1, 1024], got null", e.getMessage());
    }

    @Test
    void rejectsAnInfinitePositiveThreshold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TwoTowerParameters(null, null, null, null, null, null, null, null, null, null, null,
                        Double.POSITIVE_INFINITY, null, null, null, null));
        assertEquals("positiveThreshold must be finite, got Infinity", e.getMessage());
    }

    private static TwoTowerParameters withLayers(List<Integer> layers) {
        return new TwoTowerParameters(null, null, layers, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
