"""The documents' texts in five languages: same keys, same placeholders, nothing left in English."""

import json
import re

import pytest

from deseo_desktop.resources import resource_path
from deseo_desktop.terms import LANGUAGES

OTHERS = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# Words that are the same in English and another language: names, codes, units, and words
# spelt alike ("No" in Italian and Spanish; "Region", "Man", "Budget", "Version" in Swedish).
SAME_AS_ENGLISH = {
    "No",
    "Region",
    "Man",
    "Organisation",
    "Version",
    "Version {version}",
    "PTCE (pôle territorial de coopération économique)",
    "SCIC (multi-stakeholder co-operative)",
    "ICT",
    "E-mail",
    "Total",
    "Budget",
    "Design",
    "Text",
    "Code",
    "Bonus",
    "Position",
    "Label",
    "Mentoring",
    "Back-office",
    "Action",
    "France",
    "Article {n}",
    "Governance",  # Italian uses the English word
    "Valorisation",
    "Start",
    "%",  # units and codes
    "EUR",
    "ratio",  # the French word too
}


def _load(folder: str, language: str) -> dict:
    return json.loads(resource_path(folder, f"{language}.json").read_text(encoding="utf-8"))


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _leaves(item, (*path, n))
    else:
        yield path, value


@pytest.mark.parametrize("folder", ["agreement", "terms"])
@pytest.mark.parametrize("language", OTHERS)
def test_same_keys_and_placeholders_as_english(folder, language):
    english = dict(_leaves(_load(folder, "en")))
    other = dict(_leaves(_load(folder, language)))
    if folder == "agreement":  # paragraphs may be split differently: compare per article
        english = _per_list(english)
        other = _per_list(other)
    assert sorted(other, key=str) == sorted(english, key=str)
    for path, text in english.items():
        if path == ("language",):
            continue
        assert set(PLACEHOLDER.findall(str(other[path]))) == set(PLACEHOLDER.findall(str(text))), (
            path
        )


def _per_list(leaves: dict) -> dict:
    """Join a list's paragraphs, so an article's text is compared as a whole."""
    out: dict = {}
    for path, text in leaves.items():
        if path and isinstance(path[-1], int):
            key = path[:-1]
            out[key] = f"{out.get(key, '')} {text}".strip()
        else:
            out[path] = text
    return out


@pytest.mark.parametrize("folder", ["agreement", "terms"])
@pytest.mark.parametrize("language", OTHERS)
def test_nothing_left_in_english(folder, language):
    english = dict(_leaves(_load(folder, "en")))
    other = dict(_leaves(_load(folder, language)))
    same = [
        (path, text)
        for path, text in english.items()
        if other.get(path) == text
        and path != ("language",)
        and path[0] not in ("language", "currency")
        and text not in SAME_AS_ENGLISH
    ]
    assert same == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_names_fit_excel(language):
    for name in _load("terms", language)["sheet"].values():
        assert 0 < len(name) <= 31
        assert not set(name) & set("[]:*?/\\")


def test_italian_says_distretto():
    texts = " ".join(str(text) for _, text in _leaves(_load("agreement", "it")))
    assert "distretto" in texts
    assert "cluster" not in texts.lower()
