package org.feedgym.env.usermodel;

/** The parts of the user model, each a key of {@code world.userModel} with its default type. */
public enum Part {
    RESPONSE("response", ResponseModel.class, LogisticWatch.TYPE),
    SIGNALS("signals", SignalModel.class, PowerWatchSignals.TYPE),
    NEGATIVE("negative", NegativeSignalModel.class, LogisticHate.TYPE),
    TRANSITION("transition", TransitionModel.class, SatiationDrift.TYPE),
    EXIT("exit", ExitModel.class, BoredomExit.TYPE),
    RETURNS("returns", ReturnModel.class, LogisticReturn.TYPE),
    BUDGET("budget", BudgetModel.class, LognormalBudget.TYPE),
    SAMPLER("sampler", InterestSampler.class, TopicMixSampler.TYPE);

    private final String key;
    private final Class<?> model;
    private final String defaultType;

    Part(String key, Class<?> model, String defaultType) {
        this.key = key;
        this.model = model;
        this.defaultType = defaultType;
    }

    /** The key under {@code world.userModel}. */
    public String key() {
        return key;
    }

    /** The interface implementations of this part implement. */
    public Class<?> model() {
        return model;
    }

    /** The type used when the config names none. */
    public String defaultType() {
        return defaultType;
    }
}
