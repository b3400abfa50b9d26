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

/**
 * Which parameters a replay of a log cannot identify, with the reason. They keep their
 * configured values and are listed in the report; a fit entry among them is not searched.
 *
 * <ul>
 *   <li>exit, returns and budget: the replay shows the logged items at the logged times, so when
 *       a session ends and when a user comes back are the log's, not the model's;</li>
 *   <li>the share, comment and download rules: only like and hate are compared;</li>
 *   <li>every persona's harm attraction and drift rate: replayed users are all drawn as one
 *       persona and a log carries no age or vulnerability label.</li>
 * </ul>
 */
public final class Identifiability {

    private static final String REPLAY = "the replay shows the logged items at the logged times, so when sessions"
            + " end and when users return come from the log, not the model (see the free-running check)";
    private static final String SIGNALS = "only like and hate are compared; this signal is not";

    private Identifiability() {
    }

    /** True when a fit path can be identified by a replay. */
    public static boolean identified(String path) {
        return reason(path) == null;
    }

    private static String reason(String path) {
        String rest = path.substring(CalibrationConfig.USER_MODEL_PREFIX.length());
        String part = rest.substring(0, rest.indexOf('.'));
        String name = rest.substring(rest.indexOf('.') + 1);
        if (part.equals(Part.EXIT.key()) || part.equals(Part.RETURNS.key()) || part.equals(Part.BUDGET.key())) {
            return REPLAY;
        }
        if (part.equals(Part.SIGNALS.key()) && (name.startsWith("share") || name.startsWith("comment")
                || name.startsWith("download"))) {
            return SIGNALS;
        }
        return null;
    }

    /**
     * The parameters left at their configured values.
     *
     * @param world the world config (its personas and calibration section)
     * @param model the user model the fit starts from
     */
    public static List<NotIdentified> list(WorldConfig world, UserModelConfig model) {
        List<NotIdentified> out = new ArrayList<>();
        for (Map.Entry<String, Object> part : model.toJson().entrySet()) {
            for (Map.Entry<?, ?> p : ((Map<?, ?>) part.getValue()).entrySet()) {
                if (p.getValue() instanceof Number n) {
                    String path = CalibrationConfig.USER_MODEL_PREFIX + part.getKey() + "." + p.getKey();
                    String why = reason(path);
                    if (why != null) {
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
