package org.feedgym.simulator.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.simulator.fidelity.BehaviourAuc;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.fidelity.FittedParameter;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.feedgym.simulator.fidelity.NotIdentified;
import org.feedgym.simulator.fidelity.Objective;
import org.feedgym.simulator.fidelity.Selection;
import org.feedgym.simulator.fidelity.SignalRates;
import org.feedgym.simulator.fidelity.Target;
import org.feedgym.simulator.fidelity.TargetFidelity;
import org.feedgym.simulator.fidelity.TargetOptions;
import org.feedgym.simulator.fidelity.Targets;

/**
 * The fidelity report's figures on the held-out users: for every target the KS statistic and
 * 1-Wasserstein distance of the default and the calibrated model to the real rows (both
 * replayed on the held-out users' logged exposures, all three through the same selection; the
 * session and return targets once more from {@link FreeRunning} users),
 * signal rates by watch-ratio bin, and when the log has like and hate the like-vs-hate ROC-AUC
 * of the model's P(like) / (P(like) + P(hate)) beside item popularity and a logistic regression
 * on the model's features (interest–item cosine, quality, harm score) fitted on the fitting users.
 */
public final class FidelityEvaluation {

    /** Bootstrap resamples of the AUC intervals. */
    public static final int BOOTSTRAP = 500;
    /** L2 penalty of the reference logistic regression. */
    public static final double RIDGE = 1e-3;

    private FidelityEvaluation() {
    }

    /** The standard targets of a log: watch ratio (and given each compared signal), sessions, days, gaps, topics. */
    public static List<Target> targets(CalibrationLog log) {
        return Targets.standard(log.signals(), new TargetOptions(Math.round(log.config().idleGapSeconds()), 0, 2));
    }

    /**
     * The targets the replay stage's objective compares, with weights: those of
     * {@code objective.replay}, by default the watch-ratio ones only, weight 1. The session, day,
     * gap and topic targets of a replay count kept rows among the logged exposures: under a
     * selection on signals they are matched exactly when every row is kept, so they push the
     * reaction level up (which a selected log does not identify); under no selection every row is
     * kept on both sides and they carry nothing. A config may still weigh them in (the report says
     * which targets were); they are reported either way, replayed and free-running.
     *
     * @throws org.feedgym.env.params.FieldException naming {@code objective.replay.<name>} when a
     *                                                name is no target of this log
     */
    public static List<MomentObjective.Term> objectiveTargets(CalibrationLog log) {
        java.util.Map<String, Double> weights = log.config().objective().replay();
        if (weights == null) {
            List<MomentObjective.Term> out = new ArrayList<>();
            out.add(new MomentObjective.Term(Targets.watchRatio(), 1));
            for (String s : log.signals()) {
                out.add(new MomentObjective.Term(Targets.watchRatioGiven(s), 1));
            }
            return List.copyOf(out);
        }
        return terms(targets(log), weights, "objective.replay");
    }

    /**
     * {@code weights} as terms over {@code available}, in the order of {@code weights}.
     *
     * @throws org.feedgym.env.params.FieldException naming {@code at.<name>} for a name that is no
     *                                                available target
     */
    static List<MomentObjective.Term> terms(List<Target> available, java.util.Map<String, Double> weights, String at) {
        java.util.Map<String, Target> byName = new java.util.LinkedHashMap<>();
        for (Target t : available) {
            byName.put(t.name(), t);
        }
        List<MomentObjective.Term> out = new ArrayList<>();
        for (java.util.Map.Entry<String, Double> e : weights.entrySet()) {
            Target t = byName.get(e.getKey());
            if (t == null) {
                throw new org.feedgym.env.params.FieldException(at + "." + e.getKey(), "unknown target '" + e.getKey()
                        + "'; targets of this log: " + byName.keySet());
            }
            out.add(new MomentObjective.Term(t, e.getValue()));
        }
        return List.copyOf(out);
    }

    /**
     * Everything {@code fidelity.json} holds.
     *
     * @param log           the calibration log
     * @param defaultModel  the model before calibration
     * @param calibrated    the calibrated model (or the run's own model)
     * @param fitted        the fitted parameters (empty for a run)
     * @param notIdentified parameters the log cannot identify
     * @param objective     the objective and optimiser, or null when nothing was fitted
     * @param seed          root seed of the bootstrap
     * @param pool          where replays run, or null
     */
    public static FidelityResult evaluate(CalibrationLog log, UserModelConfig defaultModel, UserModelConfig calibrated,
                                          List<FittedParameter> fitted, List<NotIdentified> notIdentified,
                                          Objective objective, long seed, ForkJoinPool pool) {
        List<CalibrationLog.UserExposures> held = log.heldOut();
        InteractionTable real = log.real(held);
        Replays.Result d = Replays.run(log, defaultModel, held, pool);
        Replays.Result c = Replays.run(log, calibrated, held, pool);
        Selection selection = log.selection();
        List<TargetFidelity> targets = new ArrayList<>(TargetFidelity.compareAll(targets(log), selection, real,
                d.table(), c.table()));
        FreeRunning free = new FreeRunning(log, pool);
        targets.addAll(TargetFidelity.compareAll(FreeRunning.targets(log), selection, real,
                free.simulate(defaultModel, seed, pool), free.simulate(calibrated, seed, pool)));
        List<SignalRates> rates = new ArrayList<>();
        InteractionTable r = selection.apply(real);
        InteractionTable ds = selection.apply(d.table());
        InteractionTable cs = selection.apply(c.table());
        for (String s : log.signals()) {
            rates.add(SignalRates.compare(s, SignalRates.DEFAULT_EDGES, r, ds, cs));
        }
        List<BehaviourAuc> auc = new ArrayList<>();
        if (log.signals().containsAll(List.of("like", "hate"))) {
            auc.add(likeVsHate(log, real, d, c, pool, seed, calibrated));
        }
        return new FidelityResult(selection, targets, rates, auc, fitted, notIdentified, objective);
    }

    private static BehaviourAuc likeVsHate(CalibrationLog log, InteractionTable heldReal, Replays.Result d,
                                           Replays.Result c, ForkJoinPool pool, long seed, UserModelConfig calibrated) {
        List<CalibrationLog.UserExposures> fitting = log.fitting();
        InteractionTable fitReal = log.real(fitting);
        Replays.Result fitSim = Replays.run(log, calibrated, fitting, pool);
        Selection selection = log.selection();
        int[] fitRows = selection.keptRows(fitReal);
        int[] heldRows = selection.keptRows(heldReal);
        BehaviourAuc.FeatureRows fit = new BehaviourAuc.FeatureRows(fitReal.rows(fitRows),
                features(log, fitReal, fitSim, fitRows));
        BehaviourAuc.FeatureRows held = new BehaviourAuc.FeatureRows(heldReal.rows(heldRows),
                features(log, heldReal, c, heldRows));
        return BehaviourAuc.onHeldOut("like-vs-hate", "like", fit, held, likeShare(d, heldRows),
                likeShare(c, heldRows), RIDGE, BOOTSTRAP, Seeds.derive(seed, "fidelity-auc", 0));
    }

    private static double[][] features(CalibrationLog log, InteractionTable real, Replays.Result sim, int[] rows) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int item = real.item(rows[i]);
            x[i] = new double[] {sim.affinity()[rows[i]], log.catalog().quality(item), log.catalog().harm(item)};
        }
        return x;
    }

    private static double[] likeShare(Replays.Result sim, int[] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double like = sim.pLike()[rows[i]];
            double hate = sim.pHate()[rows[i]];
            p[i] = like + hate > 0 ? like / (like + hate) : 0.5;
        }
        return p;
    }
}
