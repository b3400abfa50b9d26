package org.feedgym.env.usermodel;

import java.util.List;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link SockPuppet}, the scripted audit account.
 *
 * @param targetTopics topic names the script engages with (e.g. {@code body-image},
 *                     {@code mental-health}); at least one, no duplicates; names are checked
 *                     against the catalog when the world is built
 * @param skipSeconds  seconds watched of any other video before scrolling on, in [0.5, 60];
 *                     default 3 (CCDH's researchers scrolled past within a few seconds); capped
 *                     at the video's duration
 * @param rewatch      watch ratio on a target video, in [1, 5]: 1 = watched to the end once,
 *                     2 = re-watched once (Amnesty's manual accounts); default 1
 * @param likeTargets  whether the script likes every target video (CCDH: "paused on and liked");
 *                     default true
 */
public record SockPuppetParameters(List<String> targetTopics, Double skipSeconds, Double rewatch,
                                   Boolean likeTargets) {

    public SockPuppetParameters {
        if (targetTopics == null || targetTopics.isEmpty()) {
            throw new FieldException("targetTopics", "a sock puppet needs at least one target topic");
        }
        for (String t : targetTopics) {
            if (t == null || t.isBlank()) {
                throw new FieldException("targetTopics", "a target topic must be a topic name, got '" + t + "'");
            }
        }
        if (targetTopics.stream().distinct().count() != targetTopics.size()) {
            throw new FieldException("targetTopics", "duplicate topic in " + targetTopics);
        }
        targetTopics = List.copyOf(targetTopics);
        skipSeconds = ParameterChecks.doubleIn("skipSeconds", skipSeconds, 3.0, 0.5, 60);
        rewatch = ParameterChecks.doubleIn("rewatch", rewatch, 1.0, 1, 5);
        likeTargets = likeTargets == null ? Boolean.TRUE : likeTargets;
    }
}
