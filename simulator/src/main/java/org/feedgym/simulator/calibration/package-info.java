/**
 * Calibrating the simulated users to a real interaction log ({@code feedgym calibrate}) and
 * reporting how close they are ({@code fidelity.json}): {@link org.feedgym.simulator.calibration.CalibrationLog}
 * reads the log, splits its users and builds the catalog from the fitting users only;
 * {@link org.feedgym.simulator.calibration.Replays} drives simulated users through the logged
 * exposures; {@link org.feedgym.simulator.calibration.MomentObjective} is the simulated method of
 * moments objective; {@link org.feedgym.simulator.calibration.Calibrator} searches it with
 * Commons Math (Hansen's CMA-ES or Nelder–Mead), first over the parameters a replay identifies,
 * then over the exit, returns and budget parameters against
 * {@link org.feedgym.simulator.calibration.FreeRunning} users (the stages are run by
 * {@link org.feedgym.simulator.calibration.Calibration});
 * {@link org.feedgym.simulator.calibration.FidelityEvaluation} compares default and calibrated
 * users on the held-out users.
 *
 * <p>Simulated method of moments: McFadden (1989), Econometrica 57(5); CMA-ES: Hansen (2006),
 * "The CMA evolution strategy: a comparing review".
 */
package org.feedgym.simulator.calibration;
