"""FeedGym from Python: Gymnasium environments backed by the FeedGym simulator (Java 17).

>>> import feedgym
>>> env = feedgym.make("experiments/quickstart.json")            # gymnasium.Env, one user
>>> venv = feedgym.make_vec("experiments/quickstart.json", num_users=256)  # gymnasium VectorEnv
>>> result = feedgym.evaluate("experiments/quickstart.json", policy)      # a normal run directory

The Java side runs as a child process (``<checkout>/feedgym serve``), built on first use like
``./feedgym``; the checkout is ``$FEEDGYM_HOME`` or the one this package was installed from.
"""

from __future__ import annotations

from typing import Any

from gymnasium.vector import AutoresetMode

from ._bridge import feedgym_home
from .envs import OUTCOME_KEYS, STATE_KEYS, FeedGymEnv, FeedGymVectorEnv
from .errors import AnswerTimeoutError, ConfigError, FeedGymError, JavaNotFoundError, PolicyError, ServerDiedError
from .evaluation import Evaluation, evaluate

__version__ = "0.1.0"

__all__ = ["make", "make_vec", "evaluate", "Evaluation", "FeedGymEnv", "FeedGymVectorEnv", "AutoresetMode",
           "FeedGymError", "ConfigError", "JavaNotFoundError", "ServerDiedError", "PolicyError", "AnswerTimeoutError",
           "feedgym_home",
           "OUTCOME_KEYS", "STATE_KEYS"]


def make(config: Any, *, timeout: float | None = None) -> FeedGymEnv:
    """A ``gymnasium.Env`` for one user of the world of ``config`` (a FeedGym JSON config path, or
    a dict with the same content). Raises :class:`ConfigError` with FeedGym's message (file, JSON
    path, rule) for a bad config. ``timeout`` (seconds; default None, no limit) bounds the wait
    for each answer after the environment has opened: a JVM that does not answer in time is
    stopped and :class:`AnswerTimeoutError` raised."""
    return FeedGymEnv(config, timeout=timeout)


def make_vec(config: Any, num_users: int, *, autoreset_mode: AutoresetMode = AutoresetMode.NEXT_STEP,
             threads: int | None = None, timeout: float | None = None) -> FeedGymVectorEnv:
    """A ``gymnasium.vector.VectorEnv`` of ``num_users`` users of the world of ``config``.
    ``autoreset_mode`` is ``NEXT_STEP`` (default) or ``DISABLED`` (the Java side's own mode);
    ``threads`` splits the users over Java threads (default: all cores; results do not depend
    on it); ``timeout`` as for :func:`make`."""
    return FeedGymVectorEnv(config, num_users, autoreset_mode=autoreset_mode, threads=threads, timeout=timeout)
