import csv

import numpy as np
import pytest

import feedgym


def test_evaluate_writes_a_run_directory_with_the_policy_in_the_summary(small_config, tmp_path):
    small_config["agents"] = [{"type": "random"}]
    calls = []

    def policy(obs, info):
        calls.append(info["replicate"])
        assert obs.shape == (40, 16 + 3 + 10 * 7) and info["candidates"].shape == (40, 10) and info["active"].dtype == bool
        return np.zeros(len(obs), dtype=np.int64)

    result = feedgym.evaluate(small_config, policy, name="first", out=tmp_path / "run")
    for f in ("summary.json", "episodes.csv", "manifest.json", "config.resolved.json", "report.html"):
        assert (result.directory / f).is_file(), f
    assert result.agent == "first" and "first" in result.table and "random" in result.table
    assert "first" in str(result.summary)
    assert calls and set(calls) == {0}


def test_a_policy_that_raises_ends_the_evaluation_with_its_exception(small_config, tmp_path):
    def broken(obs):
        raise KeyError("no such feature")

    small_config["agents"] = [{"type": "random"}]  # a finished run before the policy's
    with pytest.raises(KeyError, match="no such feature"):
        feedgym.evaluate(small_config, broken, out=tmp_path / "run")
    # Nothing is left: no run directory, no staging directory, no runs kept for a resume (a
    # resume could mix in runs of another policy, which the config does not describe).
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_out_of_range_actions_are_refused_with_the_user(small_config, tmp_path):
    with pytest.raises(feedgym.PolicyError, match="actions must be in \\[0, 10\\)"):
        feedgym.evaluate(small_config, lambda obs: np.full(len(obs), 99), out=tmp_path / "run")


def test_a_policy_that_returns_nothing_is_told_so(small_config, tmp_path):
    def forgetful(obs):
        np.zeros(len(obs), dtype=int)  # computed, not returned

    with pytest.raises(feedgym.PolicyError, match=r"^the policy returned None for \d+ users; it must return one"):
        feedgym.evaluate(small_config, forgetful, out=tmp_path / "run")


def test_an_out_that_holds_files_is_refused_in_pythons_words(small_config, tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "keep.txt").write_text("mine")
    with pytest.raises(feedgym.FeedGymError, match=r"out='.*run' exists and is not an empty directory; choose another out="):
        feedgym.evaluate(small_config, lambda obs: np.zeros(len(obs), dtype=int), out=tmp_path / "run")
    assert (tmp_path / "run" / "keep.txt").read_text() == "mine"


def test_a_bad_config_raises_from_evaluate(small_config, tmp_path):
    small_config["evaluation"]["users"] = 0
    with pytest.raises(feedgym.ConfigError, match=r"<dict>: \$\.evaluation\.users: users must be in \[1, "):
        feedgym.evaluate(small_config, lambda obs: np.zeros(len(obs)), out=tmp_path / "run")


def _stateful_policy(seed):
    """A deterministic policy that keeps state: a seeded generator drawn on every call."""
    rng = np.random.default_rng(seed)

    def policy(obs, info):
        return rng.integers(0, info["candidates"].shape[1], size=len(obs))

    return policy


def test_replicates_ask_a_stateful_policy_in_the_same_order_whatever_the_thread_count(small_config, tmp_path):
    small_config["agents"] = [{"type": "random"}]
    runs = {}
    for threads in (1, 2):
        result = feedgym.evaluate(small_config, _stateful_policy(7), replicates=2, threads=threads,
                                  out=tmp_path / f"threads-{threads}")
        runs[threads] = result.directory
    for f in ("summary.json", "episodes.csv"):
        assert (runs[1] / f).read_bytes() == (runs[2] / f).read_bytes(), f
    with open(runs[2] / "episodes.csv", newline="") as f:
        assert {row["replicate"] for row in csv.DictReader(f)} == {"0", "1"}


def test_replicates_are_asked_one_after_another(small_config, tmp_path):
    rounds = []

    def policy(obs, info):
        rounds.append(info["replicate"])
        return np.zeros(len(obs), dtype=np.int32)

    feedgym.evaluate(small_config, policy, replicates=2, threads=2, baselines=False, out=tmp_path / "run")
    assert set(rounds) == {0, 1} and rounds == sorted(rounds)


# The first value that is not a whole number is named; floats that all are (0.0, 2.0) are refused
# as well, as env.step refuses 2.0, naming user 0.
@pytest.mark.parametrize("value, user, shown", [(1.7, 3, "1.7"), (np.nan, 3, "nan"), (np.inf, 3, "inf"),
                                                (2.0, 0, "0.0")])
def test_non_integer_actions_are_refused_with_the_user_and_the_value(small_config, tmp_path, value, user, shown):
    def policy(obs):
        actions = np.zeros(len(obs))
        actions[3] = value
        return actions

    with pytest.raises(feedgym.PolicyError) as e:
        feedgym.evaluate(small_config, policy, out=tmp_path / "run")
    assert str(e.value) == (f"the policy chose action {shown} for user {user}; actions must be integers "
                            f"(candidate indices in [0, 10)), as env.step requires, got float64 actions")
    assert "\n" not in str(e.value) and not (tmp_path / "run" / "summary.json").exists()


def test_env_step_refuses_the_same_actions(quickstart):
    with feedgym.make(quickstart) as env:
        env.reset(seed=0)
        for bad in (1.7, float("nan"), 2.0):
            with pytest.raises(ValueError, match="action must be in Discrete"):
                env.step(bad)


def test_actions_that_int32_cannot_hold_are_refused_not_wrapped(small_config, tmp_path):
    def policy(obs):
        actions = np.zeros(len(obs), dtype=np.int64)
        actions[5] = 2**32 + 1  # would wrap to 1
        return actions

    with pytest.raises(feedgym.PolicyError, match=r"^the policy chose action 4294967297 for user 5; "
                                                  r"actions must be in \[0, 10\)$"):
        feedgym.evaluate(small_config, policy, out=tmp_path / "run")
