/**
 * Readers for the real datasets in {@code shared/data/} and the catalogs built from them.
 *
 * <p>Every reader goes through one read loop ({@code CsvTable}) with the same rules: the file is
 * hashed (SHA-256) and measured while it is parsed, so its {@link org.feedgym.env.data.InputFile}
 * can go into a run's manifest; a UTF-8 byte-order mark is stripped; text must be valid UTF-8;
 * records end at {@code \n} only (CRLF is fine, a bare CR stays inside its field); quoted fields
 * follow RFC 4180. A row missing a required value ({@code ""}, {@code #N/A}, ...) is skipped and
 * counted by reason in a {@link org.feedgym.env.data.FileReport}, or fails in strict mode
 * ({@link org.feedgym.env.data.ReadOptions#STRICT}); a structural problem (missing column,
 * wrong type in a required column, empty file, invalid UTF-8) always throws a
 * {@link org.feedgym.env.data.DataFormatException} naming file, line, column and rule. Shared value
 * rules have one home each: {@code UniqueIds} (a repeated entity id names both lines),
 * {@code TimeRules} (play times and durations at most a day, epochs that fit 64-bit milliseconds)
 * and {@code DuplicateRows} (exact duplicate log rows are kept and counted in the summary).
 *
 * <p>Datasets: {@link org.feedgym.env.data.TikTokVideos}, {@link org.feedgym.env.data.KuaiRecItems},
 * {@link org.feedgym.env.data.KuaiRecUsers},
 * {@link org.feedgym.env.data.MovieLensData}, and any CSV/TSV log through a column mapping
 * ({@link org.feedgym.env.data.LogColumns}, {@link org.feedgym.env.data.MappedLogReader} →
 * {@link org.feedgym.env.data.MappedLog}; KuaiRand is a preset of it). Interaction logs are
 * {@link org.feedgym.env.data.InteractionLog}s (plain arrays); the agents' log collector builds the
 * same class from simulation, so recommenders train on real and simulated logs alike. {@link org.feedgym.env.data.DatasetRegistry}
 * holds one {@link org.feedgym.env.data.DatasetReader} per dataset type and turns a dataset into a
 * {@link org.feedgym.env.world.Catalog}; {@link org.feedgym.env.data.UserSplit} splits a log's users
 * into fitting and held-out users, and {@link org.feedgym.env.data.LogCatalog} builds a catalog
 * from the fitting users' rows only; {@link org.feedgym.env.data.DemoData}
 * writes a seeded demo dataset in MovieLens layout.
 */
package org.feedgym.env.data;
