"""A random agent on the quickstart world: one user through the Gymnasium Env, then 64 users
through the vector env, then the same policy inside FeedGym's evaluation (a run directory with
summary, episodes and report, the policy beside the config's baselines).

    python python/examples/random_agent.py
"""

import numpy as np

import feedgym

CONFIG = str(feedgym.feedgym_home() / "experiments" / "quickstart.json")

# One user.
with feedgym.make(CONFIG) as env:
    obs, info = env.reset(seed=0)
    total, steps, done = 0.0, 0, False
    while not done:
        obs, reward, terminated, truncated, info = env.step(env.action_space.sample())
        total, steps, done = total + reward, steps + 1, terminated or truncated
    print(f"one {info['persona']} user: {steps} videos, return {total:.2f}, ended by {info['end_reason']}")

# 64 users at once (next-step autoreset): mean watch time per shown video over 200 steps.
with feedgym.make_vec(CONFIG, num_users=64) as venv:
    venv.reset(seed=0)
    rng = np.random.default_rng(0)
    watched, shown, harmful = 0.0, 0, 0
    for _ in range(200):
        _, _, _, _, infos = venv.step(rng.integers(0, venv.single_action_space.n, size=venv.num_envs))
        stepped = infos["_item"]
        watched += infos["watch_seconds"][stepped].sum()
        shown += stepped.sum()
        harmful += infos["harmful"][stepped].sum()
    print(f"64 users: {shown} videos, {watched / shown:.1f} s watched per video, {harmful / shown:.1%} harmful")

# The same policy in FeedGym's evaluation: a normal run directory, the policy named "numpy-random".
rng = np.random.default_rng(1)
result = feedgym.evaluate(CONFIG, lambda obs: rng.integers(0, 10, size=len(obs)), name="numpy-random",
                          users=200, replicates=1)
print(result.table)
print("run directory:", result.directory)
