"""The interface in five languages: every string translated, in each language's own words.

lupdate runs over the sources into a temporary copy of each committed .ts (never over the
committed file): the copy must equal the committed file (nothing new to translate) and pass
tools/check_ts.py (nothing unfinished, nothing left in English outside the commented allowlist
in glossary_<lang>.toml, placeholders and accelerators kept, the glossary's words used).
"""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))

from check_ts import messages, problems  # noqa: E402

OTHERS = ["it", "fr", "sv", "es"]
# The words every language's glossary must settle (check_ts holds each translation to them).
GLOSSARY_TERMS = {
    "cluster",
    "pooling",
    "agreement",
    "design",
    "indicator",
    "commitment",
    "facilitator",
    "workshop",
    "template",
    "backup",
    "baseline",
    "financing grid",
}


def _lupdate_copy(tmp_path: Path, language: str) -> Path:
    committed = ROOT / "resources" / "translations" / f"deseo_{language}.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    sources = [
        str(p)
        for p in sorted((ROOT / "deseo_desktop" / "gui").rglob("*.py"))
        if "forms" not in p.parts
    ] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
        + sources
        + ["-ts", str(copy)],
        check=True,
        timeout=300,
        env=dict(os.environ),
    )
    return copy


@pytest.mark.parametrize("language", OTHERS)
def test_every_string_is_translated_in_the_language_own_words(tmp_path, language):
    copy = _lupdate_copy(tmp_path, language)
    committed = ROOT / "resources" / "translations" / f"deseo_{language}.ts"
    assert copy.read_text() == committed.read_text(), "sources changed: run make translations"
    found = problems(language, copy)
    assert not found, f"{len(found)} problem(s):\n" + "\n".join(found[:40])
    assert len(messages(copy)) > 1000
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(committed), "-qm", str(built)],
        check=True,
        timeout=120,
    )
    qm = committed.with_suffix(".qm")
    assert qm.read_bytes() == built.read_bytes(), "the .qm is older than the .ts: make translations"


@pytest.mark.parametrize("language", OTHERS)
def test_each_glossary_settles_the_domain_words(language):
    path = ROOT / "resources" / "translations" / f"glossary_{language}.toml"
    rules = tomllib.loads(path.read_text(encoding="utf-8"))
    assert GLOSSARY_TERMS <= set(rules["glossary"])
    assert len(rules.get("same_as_english", {})) <= 40, "the allowlist is meant to stay short"


def test_the_checker_catches_what_it_is_for(tmp_path):
    """An English leftover, a lost placeholder, a lost accelerator and a glossary miss."""
    bad = tmp_path / "deseo_it.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context><name>X</name>
<message><source>Pooled resources</source><translation>Pooled resources</translation></message>
<message><source>Rename %1</source><translation>Rinomina</translation></message>
<message><source>&amp;Open</source><translation>Apri</translation></message>
<message><source>A new cluster</source><translation>Un nuovo cluster</translation></message>
<message><source>Unfinished</source><translation type="unfinished"></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    found = "\n".join(problems("it", bad, {"glossary": {"cluster": "distrett"}}))
    assert "same as English" in found
    assert "placeholders" in found
    assert "accelerator" in found
    assert "glossary: 'cluster'" in found
    assert "unfinished" in found
