"""One function finds resources/ from a checkout, an installed wheel and a frozen build."""

import sys

from deseo_desktop import resources


def test_a_checkout_reads_the_top_level_folder():
    root = resources.resource_root()
    assert (root / "terms" / "en.json").is_file()
    assert root.parent == resources.Path(resources.__file__).resolve().parents[1]


def test_an_installed_wheel_reads_the_copy_inside_the_package(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "deseo_desktop"
    (package / "resources" / "terms").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    assert resources.resource_root() == package / "resources"


def test_a_frozen_build_reads_beside_its_program(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == (
        tmp_path / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf"
    )
