/**
 * {@code feedgym serve}: the FeedGym world behind a compact binary frame protocol on standard
 * input and output, for the Python package in {@code python/} (Gymnasium {@code Env} and
 * {@code VectorEnv}, and {@code feedgym.evaluate}, where a Python policy acts inside the Java
 * evaluation as agent type {@code python}). Layout of the frames: {@link org.feedgym.simulator.serve.Frames}.
 */
package org.feedgym.simulator.serve;
