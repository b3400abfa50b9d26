import os
from pathlib import Path

import pytest

import feedgym

HOME = feedgym.feedgym_home()
QUICKSTART = str(HOME / "experiments" / "quickstart.json")


@pytest.fixture
def quickstart() -> str:
    return QUICKSTART


@pytest.fixture
def small_config() -> dict:
    """The quickstart world with a small evaluation, as a dict."""
    import json

    config = json.loads(Path(QUICKSTART).read_text())
    config["evaluation"] = {"users": 40, "replicates": 1}
    return config
