package org.feedgym.env.usermodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.params.FieldException;
import org.junit.jupiter.api.Test;

class UserModelConfigTest {

    private static Map<String, Object> part(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void defaultsAreTodaysConstantsAndEveryPartIsListed() {
        Map<String, Object> json = UserModelConfig.defaults().toJson();
        assertEquals(Arrays.stream(Part.values()).map(Part::key).toList(), json.keySet().stream().toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) json.get("response");
        assertEquals("logistic-watch", response.get("type"));
        assertEquals(-0.3, response.get("intercept"));
        assertEquals(3.0, response.get("affinity"));
        assertEquals(0.15, response.get("noise"));
        assertEquals(1.0, response.get("watchCap"));
        assertEquals(UserModelConfig.defaults(), UserModelConfig.fromJson(json), "the resolved form reads back");
    }

    @Test
    void anUnknownTypeNamesItsPathAndTheKnownTypes() {
        FieldException e = assertThrows(FieldException.class,
                () -> UserModelConfig.fromJson(part("response", part("type", "gamma-watch"))));
        assertEquals("response.type", e.field());
        assertEquals("unknown response type 'gamma-watch'; known types: [logistic-watch, lognormal-watch, sock-puppet]",
                e.getMessage());
    }

    @Test
    void anOutOfRangeParameterNamesItsPathAndTheRule() {
        FieldException e = assertThrows(FieldException.class,
                () -> UserModelConfig.fromJson(part("response", part("affinity", 50))));
        assertEquals("response.affinity", e.field());
        assertEquals("affinity must be in [-20.0, 20.0], got 50.0", e.getMessage());
        FieldException cap = assertThrows(FieldException.class, () -> UserModelConfig.fromJson(
                part("response", part("type", "lognormal-watch", "watchCap", 0.5))));
        assertEquals("response.watchCap", cap.field());
        FieldException sat = assertThrows(FieldException.class,
                () -> UserModelConfig.fromJson(part("transition", part("satiationSeconds", 0))));
        assertEquals("transition.satiationSeconds", sat.field());
        assertTrue(sat.getMessage().startsWith("satiationSeconds must be in (0.0"), sat.getMessage());
    }

    @Test
    void unknownKeysAndWrongValueTypesAreNamed() {
        FieldException key = assertThrows(FieldException.class,
                () -> UserModelConfig.fromJson(part("response", part("afinity", 2))));
        assertEquals("response.afinity", key.field());
        assertTrue(key.getMessage().contains("allowed keys: [affinity, harm"), key.getMessage());
        FieldException top = assertThrows(FieldException.class, () -> UserModelConfig.fromJson(part("reply", part())));
        assertEquals("reply", top.field());
        FieldException type = assertThrows(FieldException.class,
                () -> UserModelConfig.fromJson(part("signals", part("likeRate", "high"))));
        assertEquals("signals.likeRate", type.field());
        assertEquals("expected a number, got \"high\"", type.getMessage());
    }

    @Test
    void parameterRecordsValidateTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new LogisticWatchParameters(null, null, null, null, null,
                null, null, -0.1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LognormalWatchParameters(null, null, null, null, null,
                null, null, 0.0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PowerWatchSignalsParameters(1.5, null, null, null,
                null, null, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LogisticHateParameters(null, 30.0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SatiationDriftParameters(null, null, 1.5, null));
        assertThrows(IllegalArgumentException.class, () -> new BoredomExitParameters(-0.1, null));
        assertThrows(IllegalArgumentException.class, () -> new LogisticReturnParameters(null, null, null, null, null,
                null, null, -1.0, null));
        assertThrows(IllegalArgumentException.class, () -> new LognormalBudgetParameters(-0.4, null));
    }

    @Test
    void aRegisteredTypeCanBeNamedAndBuilt() {
        UserModelParts registry = UserModelParts.builtIn().with(new PartType<>(Part.EXIT, "never",
                "never leaves early", BoredomExitParameters.class, p -> (ExitModel) (b, t) -> 0.0));
        UserModelConfig c = UserModelConfig.fromJson(part("exit", part("type", "never")), registry);
        assertEquals("never", c.type(Part.EXIT));
        assertEquals(0.0, c.create(Part.EXIT, ExitModel.class, registry).exitProbability(1, 0));
        assertThrows(IllegalStateException.class, () -> registry.with(new PartType<>(Part.EXIT, "never", "",
                BoredomExitParameters.class, BoredomExit::new)));
    }

    private static ResponseModel lognormal(double cap) {
        return UserModelConfig.fromJson(part("response", part("type", "lognormal-watch", "watchCap", cap)))
                .create(Part.RESPONSE, ResponseModel.class);
    }

    @Test
    void lognormalExpectationsAreThoseOfItsClippedDraws() {
        ResponseModel r = lognormal(5);
        for (double z : new double[] {-2, 0, 1.5}) {
            int n = 200_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double w = r.watch(z, (i + 0.5) / n);
                sum += w;
                sumSq += w * w;
            }
            assertEquals(sum / n, r.expectedWatch(z), 1e-3 * (1 + sum / n), "E[watch] at z = " + z);
            assertEquals(sumSq / n, r.expectedWatchPower(z, 2), 2e-3 * (1 + sumSq / n), "E[watch^2] at z = " + z);
        }
    }

    @Test
    void lognormalWatchReplaysUpToTheCapAndUsesTheOneDraw() {
        ResponseModel r = lognormal(5);
        double[] w = new double[10_000];
        int above = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = r.watch(1.0, (i + 0.5) / w.length);
            above += w[i] > 1 ? 1 : 0;
            assertTrue(w[i] >= 0.01 && w[i] <= 5, "in [minWatch, watchCap]: " + w[i]);
        }
        assertTrue(above > 0, "some watch ratios above 1");
        // u is the quantile: the draw at u = 0.5 is the median, at 0.9 the 90th percentile.
        double median = r.watch(1.0, 0.5);
        double p90 = r.watch(1.0, 0.9);
        assertEquals(Math.exp(Math.log(WatchLogit.sigmoid(1.0)) - 0.65 * 0.65 / 2), median, 1e-6);
        assertEquals(median * Math.exp(0.65 * 1.2815516), p90, 1e-5);
        assertTrue(r.watch(1.0, 0.999999) == 5.0, "clipped at the cap");
        ResponseModel capped = lognormal(1);
        assertEquals(1.0, capped.watch(1.0, 0.99), "cap 1 clips replays");
    }

    @Test
    void logisticWatchCapLetsTheNoiseCarryAboveOne() {
        ResponseModel one = UserModelConfig.defaults().create(Part.RESPONSE, ResponseModel.class);
        ResponseModel five = UserModelConfig.fromJson(part("response", part("watchCap", 5)))
                .create(Part.RESPONSE, ResponseModel.class);
        assertEquals(1.0, one.watch(5, 0.99));
        assertTrue(five.watch(5, 0.99) > 1.1, "sigmoid(5) + 0.15·0.98 > 1.1");
        assertEquals(one.watch(0, 0.3), five.watch(0, 0.3), "below the cap nothing moves");
    }

    @Test
    void powerMomentsOfTheLogisticNoiseMatchTheClosedForm() {
        ResponseModel r = UserModelConfig.defaults().create(Part.RESPONSE, ResponseModel.class);
        double ew = WatchLogit.sigmoid(0.4);
        assertEquals(ew * ew + 0.0075, r.expectedWatchPower(0.4, 2), 0.0);
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(ew + 0.15 * (2 * ((i + 0.5) / n) - 1), 3);
        }
        assertEquals(sum / n, r.expectedWatchPower(0.4, 3), 1e-6);
    }
}
