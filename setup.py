"""The one build step pyproject.toml cannot say: the repository keeps the app's data in a top-level
``resources/`` folder, and the wheel carries it inside the package, as ``desktop_app/resources/``,
where ``desktop_app.resources`` finds it. Translation sources (.ts) stay in the sdist only."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "desktop_app" / "resources"
        for folder in ("demo", "fonts", "icons", "translations"):
            shutil.copytree(HERE / "resources" / folder, target / folder, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
