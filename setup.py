"""The wheel carries resources/ inside the package (deseo_desktop/resources/), where
deseo_desktop.resources finds it. Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# Sources of files the wheel does not need: Qt Linguist sources and their checker's settings.
LEFT_OUT = ("*.ts", "glossary_*.toml")


class BuildWithResources(build_py):
    def run(self):
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "deseo_desktop" / "resources"
        if source.is_dir():
            shutil.copytree(
                source, target, ignore=shutil.ignore_patterns(*LEFT_OUT), dirs_exist_ok=True
            )


setup(cmdclass={"build_py": BuildWithResources})
