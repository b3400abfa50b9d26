package org.feedgym.env.world;

/**
 * The harm taxonomy used by the teen audits (CCDH 2022, Amnesty International 2023).
 */
public enum HarmClass {
    /** Benign content. */
    NONE("none"),
    /** Body image and "thinspiration" content. */
    BODY_IMAGE("body-image"),
    /** Eating-disorder content. */
    EATING_DISORDER("eating-disorder"),
    /** Self-harm and suicide content. */
    SELF_HARM("self-harm"),
    /** Depressive or potentially harmful mental-health content. */
    MENTAL_HEALTH("mental-health"),
    /** Dangerous challenges. */
    DANGEROUS_CHALLENGE("dangerous-challenge"),
    /** Misinformation. */
    MISINFORMATION("misinformation"),
    /**
     * Content that users explicitly reject (KuaiRand's "hate" button): not harmful in the audits'
     * sense, but the only harm-like label some real data has. Used by the {@code hate-rate} rule.
     */
    UNWANTED("unwanted");

    private final String id;

    HarmClass(String id) {
        this.id = id;
    }

    /** The id used in configs and outputs. */
    public String id() {
        return id;
    }
}
