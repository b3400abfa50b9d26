package org.feedgym.simulator.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.feedgym.env.usermodel.Part;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.Persona;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.fidelity.NotIdentified;
import org.feedgym.simulator.fidelity.Selection;

/**
 * Which parameters a replay of a log cannot identify, with the reason. They keep their
 * configured values and are listed in the report; a fit entry among them is not searched, except
 * for the exit, returns and budget parts, which the free-running stage fits when {@code fit} names
 * them.
 *
 * <ul>
 *   <li>exit, returns and budget: the replay shows the logged items at the logged times, so when
 *       a session ends and when a user comes back are the log's, not the model's; only simulated
 *       users living freely show them ({@link #byFreeRunning});</li>
 *   <li>the share, comment and download rules: only like and hate are compared;</li>
 *   <li>every persona's harm attraction and drift rate: replayed users are all drawn as one
 *       persona and a log carries no age or vulnerability label;</li>
 *   <li>under a selection on signals (like-or-hate), the like rate's level: the log holds only
 *       reacted-to rows, so it shows how reactions split between like and hate and how that split
 *       moves with the watch ratio, never how often a view gets no reaction. The like rate keeps
 *       its configured value and anchors the level; the hate rule's intercept, fitted against it,
 *       then carries only the like-to-hate ratio.</li>
 * </ul>
 */
public final class Identifiability {

    private static final String REPLAY = "the replay shows the logged items at the logged times, so when sessions"
            + " end and when users return come from the log, not the model; only the free-running stage can fit it,"
            + " and this calibration does not name it in fit";
    private static final String SIGNALS = "only like and hate are compared; this signal is not";
    /** Why a selected log cannot identify the reaction level. */
    public static final String SELECTED = "a like/hate-only log holds no unreacted views: it identifies how"
            + " reactions split between like and hate (P(like | like or hate) by watch ratio), not how often a view"
            + " gets a reaction; the hate rule's intercept is fitted relative to this configured level";

    private Identifiability() {
    }

    /** True when a fit path can be identified by a replay of rows kept by {@code selection}. */
    public static boolean identified(String path, Selection selection) {
        return reason(path, selection) == null;
    }

    /**
     * True when a fit path names a parameter of the exit, returns or budget part: the
     * free-running stage fits it against the free-running session and return targets.
     */
    public static boolean byFreeRunning(String path) {
        String part = part(path);
        return part.equals(Part.EXIT.key()) || part.equals(Part.RETURNS.key()) || part.equals(Part.BUDGET.key());
    }

    private static String part(String path) {
        String rest = path.substring(CalibrationConfig.USER_MODEL_PREFIX.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    private static String reason(String path, Selection selection) {
        String rest = path.substring(CalibrationConfig.USER_MODEL_PREFIX.length());
        String part = part(path);
        String name = rest.substring(rest.indexOf('.') + 1);
        if (byFreeRunning(path)) {
            return REPLAY;
        }
        if (part.equals(Part.SIGNALS.key()) && (name.startsWith("share") || name.startsWith("comment")
                || name.startsWith("download"))) {
            return SIGNALS;
        }
        if (!selection.anyOf().isEmpty() && part.equals(Part.SIGNALS.key()) && name.equals("likeRate")) {
            return SELECTED;
        }
        return null;
    }

    /**
     * The parameters left at their configured values.
     *
     * @param world the world config (its personas and calibration section)
     * @param model     the user model the fit starts from
     * @param selection the selection the log's rows went through
     * @param fitted    fit paths searched (exit, returns and budget ones among them are fitted by
     *                  the free-running stage and not listed)
     */
    public static List<NotIdentified> list(WorldConfig world, UserModelConfig model, Selection selection,
                                           java.util.Set<String> fitted) {
        List<NotIdentified> out = new ArrayList<>();
        for (Map.Entry<String, Object> part : model.toJson().entrySet()) {
            for (Map.Entry<?, ?> p : ((Map<?, ?>) part.getValue()).entrySet()) {
                if (p.getValue() instanceof Number n) {
                    String path = CalibrationConfig.USER_MODEL_PREFIX + part.getKey() + "." + p.getKey();
                    String why = reason(path, selection);
                    if (why != null && !(byFreeRunning(path) && fitted.contains(path))) {
                        out.add(new NotIdentified(path, n.doubleValue(), why));
                    }
                }
            }
        }
        String replayed = world.calibration().persona();
        for (String name : world.users().personas().keySet()) {
            Persona p = world.users().persona(name);
            String prefix = "$.world.users.defs." + name + ".";
            out.add(new NotIdentified(prefix + "harmAttraction", p.harmAttraction(), "replayed users are all drawn as '"
                    + replayed + "'; the log carries no age or vulnerability label"));
            out.add(new NotIdentified(prefix + "driftRate", p.driftRate(), "persona values are not fitted; a"
                    + " like/hate log this sparse says little about how interest drifts between reactions"));
        }
        return List.copyOf(out);
    }
}
