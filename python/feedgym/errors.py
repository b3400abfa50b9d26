"""Exceptions raised by the FeedGym Python package; each carries FeedGym's own message."""


class FeedGymError(RuntimeError):
    """Something went wrong on the FeedGym (Java) side; the message is FeedGym's."""


class ConfigError(FeedGymError, ValueError):
    """The config cannot be used. The message names the file, the JSON path and the rule,
    e.g. ``experiments/x.json: $.world.candidates.k: must be >= 2, got 0``."""


class JavaNotFoundError(FeedGymError):
    """No ``java`` (17 or later) on PATH or under JAVA_HOME."""


class ServerDiedError(FeedGymError):
    """The FeedGym JVM exited or failed to start; the message holds the end of its stderr."""


class PolicyError(FeedGymError):
    """The policy given to :func:`feedgym.evaluate` returned unusable actions."""


class AnswerTimeoutError(FeedGymError, TimeoutError):
    """The FeedGym JVM did not answer a request within the environment's ``timeout``; the JVM was
    stopped (the message holds the end of its stderr) and the environment is closed."""
