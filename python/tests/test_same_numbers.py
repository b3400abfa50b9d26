"""The Python side shows exactly the Java side's numbers."""

import csv

import numpy as np

import feedgym


def _play(env, seed, rng):
    obs, info = env.reset(seed=seed)
    observations, candidates, rewards, terminated, truncated, actions = [obs], [info["candidates"]], [], [], [], []
    while True:
        a = int(rng.integers(0, env.action_space.n))
        obs, r, term, trunc, info = env.step(a)
        actions.append(a)
        observations.append(obs)
        candidates.append(info["candidates"])
        rewards.append(r)
        terminated.append(term)
        truncated.append(trunc)
        if term or trunc:
            return actions, np.array(observations), np.array(candidates), rewards, terminated, truncated


def test_a_python_episode_equals_the_java_episode_of_its_seed(quickstart):
    rng = np.random.default_rng(7)
    with feedgym.make(quickstart) as env:
        for seed in (0, 42, 2**40 + 3):
            actions, obs, cand, rewards, term, trunc = _play(env, seed, rng)
            java = env.replay(seed, actions)
            np.testing.assert_array_equal(obs, java["observations"])
            np.testing.assert_array_equal(cand, java["candidates"])
            assert rewards == java["rewards"].tolist()
            assert term == java["terminated"].tolist() and trunc == java["truncated"].tolist()


def test_user_i_of_a_vector_env_is_the_single_env_of_seed_plus_i(quickstart):
    n = 4
    rng = np.random.default_rng(3)
    with feedgym.make_vec(quickstart, num_users=n) as venv, feedgym.make(quickstart) as env:
        vobs, _ = venv.reset(seed=20)
        trajectories = [[vobs[i].copy()] for i in range(n)]
        rewards = [[] for _ in range(n)]
        acts = [[] for _ in range(n)]
        ended = np.zeros(n, dtype=bool)
        while not ended.all():
            a = rng.integers(0, 10, size=n)
            vobs, r, term, trunc, _ = venv.step(a)
            for i in np.flatnonzero(~ended):
                acts[i].append(int(a[i]))
                rewards[i].append(float(r[i]))
                trajectories[i].append(vobs[i].copy())
            ended |= term | trunc
        for i in range(n):
            java = env.replay(20 + i, acts[i])
            np.testing.assert_array_equal(np.array(trajectories[i]), java["observations"])
            assert rewards[i] == java["rewards"].tolist()


def test_a_python_policy_in_the_java_evaluation_matches_the_java_agent_it_copies(small_config, tmp_path):
    """The popularity agent in numpy (highest popularity feature, first on ties) gives the same
    episodes as the Java popularity agent in the same evaluation."""
    small_config["agents"] = [{"type": "random"}, {"type": "popularity"}]
    k, user_features = 10, 16 + 3

    def popularity(obs):
        return np.argmax(obs[:, user_features + 1::7][:, :k], axis=1)

    result = feedgym.evaluate(small_config, popularity, name="numpy-popularity", out=tmp_path / "run")
    assert (result.directory / "report.html").is_file()
    assert "numpy-popularity" in result.table
    with open(result.directory / "episodes.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    by_agent = {}
    for row in rows:
        by_agent.setdefault(row["agent"], []).append({k: v for k, v in row.items() if k != "agent"})
    assert len(by_agent["numpy-popularity"]) == 40
    assert by_agent["numpy-popularity"] == by_agent["popularity"]
    assert by_agent["numpy-popularity"] != by_agent["random"]
