"""Records where the FeedGym checkout is when the package is built, so that an installed
``feedgym`` finds its Java side (``<checkout>/feedgym serve``) from any working directory.
Everything else is in pyproject.toml."""

import os

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(HERE)


class BuildWithHome(build_py):
    def run(self):
        super().run()
        if os.path.isfile(os.path.join(CHECKOUT, "feedgym")) and os.path.isfile(os.path.join(CHECKOUT, "pom.xml")):
            target = os.path.join(self.build_lib, "feedgym", "_home.py")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write("# Written by setup.py when the package was built: the FeedGym checkout it came from.\n")
                f.write(f"HOME = {CHECKOUT!r}\n")


setup(cmdclass={"build_py": BuildWithHome})
