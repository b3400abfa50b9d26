package org.feedgym.studies.homogenization;

/**
 * Implicit matrix factorisation by alternating least squares (Hu, Koren and Volinsky 2008) with
 * conjugate-gradient row solves (Takács, Pilászy and Tikk 2011), with the defaults of LensKit's
 * {@code ImplicitMF}, which the T-RECS replication of Chaney et al. (2018) calls.
 *
 * @param factors          latent factors, in [1, 500]; default 20 (the study's K)
 * @param regularization   λ of the ridge term, in [0, 1e6]; default 0.1
 * @param confidenceWeight α of the confidence {@code 1 + α·r}, in [0, 1e6]; default 40
 * @param iterations       ALS sweeps (users, then items) per training, in [1, 1000]; default 20
 * @param cgSteps          conjugate-gradient steps per row and sweep, in [1, 100]; default 3
 * @param initialScale     initial factors are {@code (initialScale · N(0, 1))²}, in (0, 100];
 *                         default 0.01
 */
public record MfConfig(Integer factors, Double regularization, Double confidenceWeight, Integer iterations,
                       Integer cgSteps, Double initialScale) {

    public MfConfig {
        factors = factors == null ? 20 : factors;
        if (factors < 1 || factors > 500) {
            throw new IllegalArgumentException("factors must be in [1, 500], got " + factors);
        }
        regularization = regularization == null ? 0.1 : regularization;
        if (!(regularization >= 0 && regularization <= 1e6)) {
            throw new IllegalArgumentException("regularization must be in [0, 1000000], got " + regularization);
        }
        confidenceWeight = confidenceWeight == null ? 40.0 : confidenceWeight;
        if (!(confidenceWeight >= 0 && confidenceWeight <= 1e6)) {
            throw new IllegalArgumentException("confidenceWeight must be in [0, 1000000], got " + confidenceWeight);
        }
        iterations = iterations == null ? 20 : iterations;
        if (iterations < 1 || iterations > 1000) {
            throw new IllegalArgumentException("iterations must be in [1, 1000], got " + iterations);
        }
        cgSteps = cgSteps == null ? 3 : cgSteps;
        if (cgSteps < 1 || cgSteps > 100) {
            throw new IllegalArgumentException("cgSteps must be in [1, 100], got " + cgSteps);
        }
        initialScale = initialScale == null ? 0.01 : initialScale;
        if (!(initialScale > 0 && initialScale <= 100)) {
            throw new IllegalArgumentException("initialScale must be in (0, 100], got " + initialScale);
        }
    }

    /** Every default. */
    public static MfConfig defaults() {
        return new MfConfig(null, null, null, null, null, null);
    }
}
