import warnings

import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import feedgym


def test_check_env_passes_on_the_quickstart_world(quickstart):
    with feedgym.make(quickstart) as env, warnings.catch_warnings():
        warnings.simplefilter("error")
        # Expected: minutes, steps, sessions and durations are unbounded (+inf), as on the Java side.
        warnings.filterwarnings("ignore", message=".*maximum value is infinity.*")
        check_env(env, skip_render_check=True)


def test_spaces_are_the_java_ones(quickstart):
    with feedgym.make(quickstart) as env:
        assert env.action_space == gym.spaces.Discrete(10)
        box = env.observation_space
        assert box.shape == (16 + 3 + 10 * 7,) and box.dtype == np.float32
        # minutes, steps and sessions into the episode and every candidate's duration are unbounded
        assert np.isinf(box.high[16:19]).all() and np.isinf(box.high[19 + 3::7]).all()
        assert np.isfinite(box.low).all()


def test_an_episode_stays_inside_the_spaces_and_reports_its_outcome(quickstart):
    with feedgym.make(quickstart) as env:
        obs, info = env.reset(seed=5)
        assert info["persona"] in env.persona_names and info["candidates"].shape == (10,)
        steps = 0
        while True:
            action = env.action_space.sample()
            shown = info["candidates"][action]
            obs, reward, terminated, truncated, info = env.step(action)
            steps += 1
            assert env.observation_space.contains(obs)
            assert info["item"] == shown
            assert 0.0 <= info["watch_fraction"] <= 1.0
            assert set(feedgym.OUTCOME_KEYS) <= info.keys() and set(feedgym.STATE_KEYS) <= info.keys()
            if terminated or truncated:
                assert info["end_reason"] != "none"
                break
            assert info["end_reason"] == "none"
        assert 1 <= steps <= 300


def test_a_bad_config_raises_from_make_with_the_json_path_and_rule(small_config):
    small_config["world"]["candidates"]["k"] = 0
    with pytest.raises(feedgym.ConfigError) as e:
        feedgym.make(small_config)
    assert str(e.value) == "<dict>: $.world.candidates.k: k must be in [2, 500], got 0"


def test_a_config_with_a_sweep_is_refused_rather_than_run_as_its_base(small_config):
    small_config["sweep"] = {"grid": {"seed": [1, 2]}}
    with pytest.raises(feedgym.ConfigError, match=r"^<dict>: \$\.sweep: an environment is one world"):
        feedgym.make(small_config)


def test_a_missing_config_file_names_the_file(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(feedgym.ConfigError, match="nope.json: file: does not exist"):
        feedgym.make_vec(str(missing), num_users=2)


def test_a_missing_relative_config_path_says_where_it_was_looked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(feedgym.ConfigError, match=r"^experiments/quickstart.json: file: does not exist \(a relative"
                                                  r" path is read from the working directory, .*\)$"):
        feedgym.make("experiments/quickstart.json")


def test_an_unknown_key_is_reported_with_its_path(small_config):
    small_config["world"]["episode"]["maxStep"] = 3
    with pytest.raises(feedgym.ConfigError, match=r"\$\.world\.episode\.maxStep"):
        feedgym.make_vec(small_config, num_users=2)


def test_a_missing_java_raises_instead_of_hanging(quickstart, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(feedgym.JavaNotFoundError, match="Java 17"):
        feedgym.make(quickstart)
