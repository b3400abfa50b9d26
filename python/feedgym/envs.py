"""Gymnasium environments over ``feedgym serve``: one user (:class:`FeedGymEnv`) and N users
(:class:`FeedGymVectorEnv`)."""

from __future__ import annotations

import numbers
import os
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space

from . import _bridge
from ._bridge import Reader, Server, check_timeout

_MAX_SEED = 2**63 - 1

#: Keys of a step's info that describe the step's outcome (masked by ``_key`` in a vector env:
#: true where the user was shown an item on this step).
OUTCOME_KEYS = ("item", "harmful", "watch_seconds", "watch_fraction", "liked", "shared", "commented",
                "downloaded", "hated", "end_reason")
#: Keys that every user has on every step and reset.
STATE_KEYS = ("persona", "clock_seconds", "candidates")



#: Most users a vector environment may have: the Java side refuses more with the same rule
#: (`org.feedgym.env.world.World.MAX_USERS`), and a test of the bridge checks that the two agree.
MAX_USERS = 10_000_000

class _Opened:
    """What the open handshake told: sizes, names and the observation bounds."""

    def __init__(self, body: bytearray) -> None:
        r = Reader(body)
        import json

        n = r.u32()
        self.meta: dict[str, Any] = json.loads(bytes(body[r.pos:r.pos + n]))
        r.pos += n
        m = self.meta
        self.dim, self.k, self.users = m["dimension"], m["k"], m["users"]
        self.personas: list[str] = m["personas"]
        self.end_reasons: list[str] = m["endReasons"]
        low = r.array(np.float32, self.dim).copy()
        high = r.array(np.float32, self.dim).copy()
        # Java's FeedObservationSpace.contains accepts a rounding slack beyond its bounds (a cosine
        # of 1.0000001): the Box is that same set. Unbounded features stay infinite.
        slack = np.float32(m["slack"])
        self.low = np.where(np.isfinite(low), low - slack, low).astype(np.float32)
        self.high = np.where(np.isfinite(high), high + slack, high).astype(np.float32)

    def box(self) -> gym.spaces.Box:
        return gym.spaces.Box(self.low, self.high, shape=(self.dim,), dtype=np.float32)


def _open(server: Server, config: Any, users: int, single: bool, threads: int) -> _Opened:
    req = _bridge.config_request(config)
    req.update(users=users, single=single, threads=threads)
    server.send(_bridge.OPEN, __import__("json").dumps(req).encode("utf-8"))
    op, body = server.receive()
    if op != _bridge.OPENED:
        raise _bridge.FeedGymError(f"protocol error: expected the open answer, got 0x{op:x}")
    return _Opened(body)


class _Step:
    """One step answer cut into arrays (views into its body)."""

    def __init__(self, body: bytearray, n: int, dim: int, k: int) -> None:
        r = Reader(body)
        self.reward = r.array(np.float64, n)
        self.watch_seconds = r.array(np.float64, n)
        self.watch_fraction = r.array(np.float64, n)
        self.clock = r.array(np.float64, n)
        self.features = r.array(np.float32, n * dim, (n, dim))
        self.candidates = r.array(np.int32, n * k, (n, k))
        self.item = r.array(np.int32, n)
        self.persona = r.array(np.int32, n)
        flags = r.array(np.uint8, 9 * n, (9, n))
        b = flags[:8].view(np.bool_)
        self.terminated, self.truncated = b[0], b[1]
        self.liked, self.shared, self.commented, self.downloaded, self.harmful = b[2], b[3], b[4], b[5], b[6]
        self.hated = b[7]
        self.end_reason = flags[8].astype(np.int8)


class _Reset:
    def __init__(self, body: bytearray, n: int, dim: int, k: int) -> None:
        r = Reader(body)
        self.clock = r.array(np.float64, n)
        self.features = r.array(np.float32, n * dim, (n, dim))
        self.candidates = r.array(np.int32, n * k, (n, k))
        self.persona = r.array(np.int32, n)


class FeedGymEnv(gym.Env):
    """One simulated user of a FeedGym world (the Java side's ``world.environment()``, with the
    config's step limit as a time limit).

    * observation: ``Box(dim,)`` float32, the feature vector documented in the README (user
      features, then 7 features per candidate); bounds are the Java space's, infinite where
      unbounded (minutes, steps, sessions, durations).
    * action: ``Discrete(K)``, the index of the candidate to show.
    * info: ``candidates`` (int32[K], catalog ids of the candidates), ``persona`` (name),
      ``clock_seconds``; after a step also ``item``, ``harmful``, ``watch_seconds``,
      ``watch_fraction``, ``liked``, ``shared``, ``commented``, ``downloaded``, ``hated`` (the
      user marked the item "not interested") and ``end_reason`` (``"none"`` while the episode
      goes on).
    * ``reset(seed=s)`` gives the Java episode of seed ``s``; without a seed, one is drawn from
      ``np_random``.
    """

    metadata = {"render_modes": []}

    def __init__(self, config: Any, *, timeout: float | None = None) -> None:
        timeout = check_timeout(timeout)
        self._server = Server()
        try:
            self._opened = _open(self._server, config, 1, True, 1)
        except BaseException:
            self._server.close()
            raise
        self._server.timeout = timeout
        o = self._opened
        self.observation_space = o.box()
        self.action_space = gym.spaces.Discrete(o.k)
        self.persona_names = list(o.personas)
        self.end_reason_names = list(o.end_reasons)
        self.config_name = o.meta["name"]
        self._seed_buf = np.zeros(1, dtype=np.int64)

    def reset(self, *, seed: int | None = None, options: dict | None = None):
        super().reset(seed=seed)
        java_seed = seed if seed is not None else int(self.np_random.integers(0, _MAX_SEED))
        if not 0 <= java_seed <= _MAX_SEED:
            raise ValueError(f"seed must be in [0, 2**63 - 1], got {java_seed}")
        self._seed_buf[0] = java_seed
        body = self._server.request(_bridge.RESET, self._seed_buf, b"\x00", expect=_bridge.OBSERVED)
        r = _Reset(body, 1, self._opened.dim, self._opened.k)
        info = {"seed": java_seed, "persona": self.persona_names[r.persona[0]],
                "clock_seconds": float(r.clock[0]), "candidates": r.candidates[0].copy()}
        return r.features[0].copy(), info

    def step(self, action):
        if not self.action_space.contains(action):
            raise ValueError(f"action must be in {self.action_space}, got {action!r}")
        body = self._server.request(_bridge.STEP, np.array([action], dtype=np.int32), b"\x00",
                                    expect=_bridge.STEPPED)
        s = _Step(body, 1, self._opened.dim, self._opened.k)
        info = {
            "item": int(s.item[0]),
            "harmful": bool(s.harmful[0]),
            "watch_seconds": float(s.watch_seconds[0]),
            "watch_fraction": float(s.watch_fraction[0]),
            "liked": bool(s.liked[0]),
            "shared": bool(s.shared[0]),
            "commented": bool(s.commented[0]),
            "downloaded": bool(s.downloaded[0]),
            "hated": bool(s.hated[0]),
            "end_reason": self.end_reason_names[s.end_reason[0]],
            "persona": self.persona_names[s.persona[0]],
            "clock_seconds": float(s.clock[0]),
            "candidates": s.candidates[0].copy(),
        }
        return (s.features[0].copy(), float(s.reward[0]), bool(s.terminated[0]), bool(s.truncated[0]), info)

    def replay(self, seed: int, actions) -> dict[str, np.ndarray]:
        """The Java trajectory of ``actions`` from ``seed``, played in a fresh Java environment of
        the same world (not this one): ``observations`` ((T+1) × dim), ``candidates``,
        ``rewards``, ``terminated``, ``truncated`` (T each). For comparing trajectories."""
        acts = np.asarray(actions, dtype=np.int32)
        body = self._server.request(_bridge.REPLAY, np.array([seed], dtype=np.int64),
                                    np.array([len(acts)], dtype=np.int32), acts, expect=_bridge.REPLAYED)
        r = Reader(body)
        t = r.u32()
        o = self._opened
        return {
            "rewards": r.array(np.float64, t),
            "observations": r.array(np.float32, (t + 1) * o.dim, (t + 1, o.dim)),
            "candidates": r.array(np.int32, (t + 1) * o.k, (t + 1, o.k)),
            "terminated": r.array(np.uint8, t).view(np.bool_),
            "truncated": r.array(np.uint8, t).view(np.bool_),
        }

    @property
    def pid(self) -> int:
        """Process id of the JVM serving this environment."""
        return self._server.pid

    def close(self) -> None:
        if hasattr(self, "_server"):
            self._server.close()


class FeedGymVectorEnv(VectorEnv):
    """N users of one FeedGym world stepping together (the Java ``VectorEnvironment``).

    Spaces: ``single_observation_space`` is the single env's Box, ``observation_space`` its
    batch (N × dim, float32); ``single_action_space`` is ``Discrete(K)`` and ``action_space``
    ``MultiDiscrete([K] * N)``.

    Autoreset (``metadata["autoreset_mode"]``):

    * ``AutoresetMode.NEXT_STEP`` (default, Gymnasium's own default): a user whose episode ended
      on step t is reset on step t+1, whose action for it is ignored; that step returns the new
      episode's first observation, reward 0 and both flags false for it (``_item`` false in the
      info). Implemented on the Java side's disabled mode: the step request carries the reset
      mask, Java steps the others and then resets those, in one round trip.
    * ``AutoresetMode.DISABLED`` (the Java side's own mode): an ended user stays ended (zero
      outcomes, actions ignored) until ``reset(options={"reset_mask": mask})`` or a full reset.

    ``infos`` holds arrays over the N users: ``item`` (-1 when not stepped), ``harmful``,
    ``watch_seconds``, ``watch_fraction``, ``liked``, ``shared``, ``commented``, ``downloaded``,
    ``hated``, ``end_reason`` (index into :attr:`end_reason_names`), each with a ``_key`` mask (true where the
    user was shown an item on this step); and ``persona`` (index into :attr:`persona_names`),
    ``clock_seconds`` and ``candidates`` (N × K catalog ids), masked true everywhere.

    ``reset(seed=s)`` resets user i with seed ``s + i`` (Gymnasium's convention), so user i's
    episode is the single env's ``reset(seed=s + i)``; autoreset seeds are drawn from
    ``np_random``.
    """

    def __init__(self, config: Any, num_users: int, *, autoreset_mode: AutoresetMode = AutoresetMode.NEXT_STEP,
                 threads: int | None = None, timeout: float | None = None) -> None:
        timeout = check_timeout(timeout)
        if isinstance(num_users, bool) or not isinstance(num_users, numbers.Integral):
            raise TypeError(f"num_users must be an integer, got {num_users!r} ({type(num_users).__name__})")
        if not 1 <= int(num_users) <= MAX_USERS:
            raise ValueError(f"num_users must be in [1, {MAX_USERS}], got {num_users}")
        if autoreset_mode not in (AutoresetMode.NEXT_STEP, AutoresetMode.DISABLED):
            raise ValueError(f"autoreset_mode must be NEXT_STEP or DISABLED, got {autoreset_mode}")
        self.num_envs = int(num_users)
        threads = threads or os.cpu_count() or 1
        self._server = Server()
        try:
            self._opened = _open(self._server, config, self.num_envs, False, threads)
        except BaseException:
            self._server.close()
            raise
        self._server.timeout = timeout
        o = self._opened
        self.metadata = {"autoreset_mode": autoreset_mode, "render_modes": []}
        self.single_observation_space = o.box()
        self.single_action_space = gym.spaces.Discrete(o.k)
        self.observation_space = batch_space(self.single_observation_space, self.num_envs)
        self.action_space = batch_space(self.single_action_space, self.num_envs)
        self.persona_names = list(o.personas)
        self.end_reason_names = list(o.end_reasons)
        self.config_name = o.meta["name"]
        self._autoreset = np.zeros(self.num_envs, dtype=np.bool_)
        self._started = False
        self._all = np.ones(self.num_envs, dtype=np.bool_)

    # ------------------------------------------------------------------ API

    def reset(self, *, seed: int | list[int] | None = None, options: dict | None = None):
        super().reset(seed=seed if seed is None or isinstance(seed, (int, np.integer)) else None)
        n = self.num_envs
        if seed is None:
            seeds = self.np_random.integers(0, _MAX_SEED, size=n, dtype=np.int64)
        elif isinstance(seed, (int, np.integer)):
            seeds = np.asarray([int(seed) + i for i in range(n)], dtype=np.int64)
        else:
            if len(seed) != n:
                raise ValueError(f"seed must be an int or {n} ints, got {len(seed)}")
            seeds = np.asarray([self.np_random.integers(0, _MAX_SEED) if s is None else s for s in seed],
                               dtype=np.int64)
        mask = None if options is None else options.get("reset_mask")
        if mask is not None:
            mask = np.asarray(mask, dtype=np.bool_)
            if mask.shape != (n,):
                raise ValueError(f"reset_mask must have shape ({n},), got {mask.shape}")
            if not self._started:
                raise ValueError("a masked reset needs an earlier full reset")
            body = self._server.request(_bridge.RESET, seeds, b"\x01", mask.view(np.uint8),
                                        expect=_bridge.OBSERVED)
            self._autoreset &= ~mask
        else:
            body = self._server.request(_bridge.RESET, seeds, b"\x00", expect=_bridge.OBSERVED)
            self._autoreset[:] = False
        self._started = True
        r = _Reset(body, n, self._opened.dim, self._opened.k)
        infos = {"persona": r.persona, "_persona": self._all, "clock_seconds": r.clock,
                 "_clock_seconds": self._all, "candidates": r.candidates, "_candidates": self._all}
        return r.features, infos

    def step(self, actions):
        n = self.num_envs
        acts = np.asarray(actions)
        if acts.shape != (n,):
            raise ValueError(f"actions must have shape ({n},), got {acts.shape}")
        # env.step's rule (Discrete(K).contains), not a silent cast: 1.7 would become 1 and 2**32 + 1
        # would wrap to 1.
        k = self._opened.k
        narrow, u, why = _bridge.int32_actions(acts)
        if why == "integer":
            raise ValueError(f"actions must be integers (candidate indices in [0, {k})), got {acts.dtype} actions")
        if why == "range":
            raise ValueError(f"action {int(acts[u])} of user {u} is out of range: actions must be in [0, {k})")
        acts = narrow
        if self._autoreset.any():
            seeds = self.np_random.integers(0, _MAX_SEED, size=n, dtype=np.int64)
            body = self._server.request(_bridge.STEP, acts, b"\x01", seeds, self._autoreset.view(np.uint8),
                                        expect=_bridge.STEPPED)
        else:
            body = self._server.request(_bridge.STEP, acts, b"\x00", expect=_bridge.STEPPED)
        s = _Step(body, n, self._opened.dim, self._opened.k)
        if self.metadata["autoreset_mode"] == AutoresetMode.NEXT_STEP:
            self._autoreset = s.terminated | s.truncated
        stepped = s.item >= 0
        infos = {
            "item": s.item, "_item": stepped,
            "harmful": s.harmful, "_harmful": stepped,
            "watch_seconds": s.watch_seconds, "_watch_seconds": stepped,
            "watch_fraction": s.watch_fraction, "_watch_fraction": stepped,
            "liked": s.liked, "_liked": stepped,
            "shared": s.shared, "_shared": stepped,
            "commented": s.commented, "_commented": stepped,
            "downloaded": s.downloaded, "_downloaded": stepped,
            "hated": s.hated, "_hated": stepped,
            "end_reason": s.end_reason, "_end_reason": stepped,
            "persona": s.persona, "_persona": self._all,
            "clock_seconds": s.clock, "_clock_seconds": self._all,
            "candidates": s.candidates, "_candidates": self._all,
        }
        return s.features, s.reward, s.terminated, s.truncated, infos

    def java_benchmark(self, steps: int, seed: int = 0) -> dict:
        """Runs this env's benchmark loop (random actions, next-step autoreset by mask) inside the
        JVM on a fresh vector environment of the same world and N; returns its figures."""
        import json

        body = self._server.request(_bridge.BENCH, np.array([steps], dtype=np.int32),
                                    np.array([seed], dtype=np.int64), expect=_bridge.BENCHED)
        return json.loads(bytes(body))

    @property
    def pid(self) -> int:
        """Process id of the JVM serving this environment."""
        return self._server.pid

    def close_extras(self, **kwargs: Any) -> None:
        if hasattr(self, "_server"):
            self._server.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False
