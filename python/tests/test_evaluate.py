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

    with pytest.raises(KeyError, match="no such feature"):
        feedgym.evaluate(small_config, broken, out=tmp_path / "run")
    assert not (tmp_path / "run" / "summary.json").exists()


def test_out_of_range_actions_are_refused_with_the_user(small_config, tmp_path):
    with pytest.raises(feedgym.PolicyError, match="actions must be in \\[0, 10\\)"):
        feedgym.evaluate(small_config, lambda obs: np.full(len(obs), 99), out=tmp_path / "run")


def test_a_bad_config_raises_from_evaluate(small_config, tmp_path):
    small_config["evaluation"]["users"] = 0
    with pytest.raises(feedgym.ConfigError, match=r"<dict>: \$\.evaluation\.users: users must be in \[1, "):
        feedgym.evaluate(small_config, lambda obs: np.zeros(len(obs)), out=tmp_path / "run")
