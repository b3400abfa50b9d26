import numpy as np
import pytest
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space

import feedgym


def test_the_vector_env_states_its_autoreset_mode_and_batches_its_spaces(quickstart):
    with feedgym.make_vec(quickstart, num_users=8) as env:
        assert isinstance(env, VectorEnv)
        assert env.metadata["autoreset_mode"] == AutoresetMode.NEXT_STEP
        assert env.observation_space == batch_space(env.single_observation_space, 8)
        assert env.action_space == batch_space(env.single_action_space, 8)
        obs, infos = env.reset(seed=0)
        assert obs.shape == (8, 16 + 3 + 10 * 7) and obs.dtype == np.float32
        assert env.observation_space.contains(obs)
        assert infos["candidates"].shape == (8, 10)


def test_reset_with_a_seed_is_deterministic(quickstart):
    with feedgym.make_vec(quickstart, num_users=4) as a, feedgym.make_vec(quickstart, num_users=4) as b:
        oa, _ = a.reset(seed=11)
        ob, _ = b.reset(seed=11)
        np.testing.assert_array_equal(oa, ob)
        rng = np.random.default_rng(0)
        for _ in range(50):
            act = rng.integers(0, 10, size=4)
            sa, sb = a.step(act), b.step(act)
            for x, y in zip(sa[:4], sb[:4]):
                np.testing.assert_array_equal(x, y)


def test_next_step_autoreset_starts_a_new_episode_the_step_after_an_end(quickstart):
    with feedgym.make_vec(quickstart, num_users=16) as env:
        env.reset(seed=3)
        rng = np.random.default_rng(1)
        ended = np.zeros(16, dtype=bool)
        seen_restart = False
        for _ in range(400):
            obs, rewards, terminated, truncated, infos = env.step(rng.integers(0, 10, size=16))
            assert env.observation_space.contains(obs)
            assert not (terminated & truncated).any()
            # users that ended on the previous step were reset now: no item, no reward, no flags
            assert (infos["item"][ended] == -1).all() and (rewards[ended] == 0).all()
            assert not terminated[ended].any() and not truncated[ended].any()
            assert (~infos["_item"][ended]).all() and infos["_item"][~ended].all()
            seen_restart |= ended.any()
            ended = terminated | truncated
        assert seen_restart


def test_disabled_autoreset_keeps_ended_users_ended_until_a_masked_reset(quickstart):
    with feedgym.make_vec(quickstart, num_users=6, autoreset_mode=AutoresetMode.DISABLED) as env:
        assert env.metadata["autoreset_mode"] == AutoresetMode.DISABLED
        env.reset(seed=0)
        done = np.zeros(6, dtype=bool)
        for _ in range(301):
            _, _, term, trunc, infos = env.step(np.zeros(6, dtype=np.int64))
            assert (infos["item"][done] == -1).all()
            done |= term | trunc
            if done.all():
                break
        assert done.all()
        mask = np.array([True, False, False, False, False, True])
        obs, _ = env.reset(seed=[100, 0, 0, 0, 0, 105], options={"reset_mask": mask})
        _, _, _, _, infos = env.step(np.zeros(6, dtype=np.int64))
        assert (infos["item"] >= 0).tolist() == mask.tolist()
        with feedgym.make(quickstart) as single:
            first, _ = single.reset(seed=105)
        np.testing.assert_array_equal(obs[5], first)


def test_an_out_of_range_action_raises_without_moving_anyone(quickstart):
    with feedgym.make_vec(quickstart, num_users=2) as env:
        env.reset(seed=0)
        with pytest.raises(feedgym.FeedGymError, match="10"):
            env.step(np.array([0, 10]))
        env.step(np.array([0, 1]))


def test_float_and_wrapping_actions_are_refused_not_cast(quickstart):
    with feedgym.make_vec(quickstart, num_users=2) as env:
        env.reset(seed=0)
        with pytest.raises(ValueError, match="must be integers"):
            env.step(np.array([0.0, 1.7]))
        with pytest.raises(ValueError, match="must be integers"):
            env.step(np.array([0, np.nan]))
        with pytest.raises(ValueError, match=r"action 4294967297 of user 1 is out of range"):
            env.step(np.array([0, 2**32 + 1], dtype=np.int64))
        env.step(np.array([0, 1], dtype=np.int64))


def test_the_not_interested_mark_is_in_the_infos_and_the_next_observation(small_config):
    """With P(not interested) near 1 (intercept 20) every shown item is marked, and the next
    observation's seventh feature is exp(-1/20) for the candidates of the marked item's topic;
    with intercept -20 nothing is marked and the feature stays 0."""
    k, user_features, cf = 10, 16 + 3, 7
    for intercept, marked in ((20.0, True), (-20.0, False)):
        small_config["world"]["userModel"] = {"negative": {"type": "logistic-hate", "intercept": intercept}}
        with feedgym.make_vec(small_config, num_users=4) as venv:
            venv.reset(seed=1)
            obs, _, _, _, infos = venv.step(np.zeros(4, dtype=np.int64))
            assert infos["hated"].dtype == bool and infos["_hated"].all()
            assert (infos["hated"] == marked).all()
            recency = obs[:, user_features + 6::cf][:, :k]
            if marked:
                assert np.isclose(recency, np.exp(-1 / 20)).any()
                assert (np.isclose(recency, np.exp(-1 / 20)) | (recency == 0)).all()
            else:
                assert (recency == 0).all()


def test_threads_beyond_a_pools_limit_are_refused_with_the_rule(quickstart):
    with pytest.raises(feedgym.FeedGymError, match=r"threads must be in \[1, 32767\], got 40000"):
        feedgym.make_vec(quickstart, num_users=2, threads=40000)


def test_a_population_too_large_to_serve_is_refused_with_the_rule(quickstart):
    for n in (0, 10**9, 10**12):
        with pytest.raises(ValueError, match=rf"num_users must be in \[1, 10000000\], got {n}$"):
            feedgym.make_vec(quickstart, num_users=n)


def test_the_java_side_refuses_one_user_more_than_the_python_limit(quickstart, monkeypatch):
    # The two limits must agree: with Python's check lifted by one, Java's own refuses the same number.
    monkeypatch.setattr(feedgym.envs, "MAX_USERS", feedgym.envs.MAX_USERS + 1)
    with pytest.raises(feedgym.FeedGymError, match=r"num_users must be in \[1, 10000000\], got 10000001"):
        feedgym.make_vec(quickstart, num_users=10_000_001)


def test_num_users_must_be_an_integer(quickstart):
    for bad in ("8", 8.0, True, None):
        with pytest.raises(TypeError, match=r"num_users must be an integer, got "):
            feedgym.make_vec(quickstart, num_users=bad)
    env = feedgym.make_vec(quickstart, num_users=np.int64(2))
    env.close()


def test_a_population_whose_state_exceeds_the_heap_is_refused_with_the_heap_to_ask_for(quickstart):
    with pytest.raises(feedgym.FeedGymError, match=r"a population of 10,000,000 users needs at least [\d,]+ MiB of heap"
                                                    r".*FEEDGYM_JAVA_OPTS=\"-Xmx\d+g"):
        feedgym.make_vec(quickstart, num_users=10_000_000)
