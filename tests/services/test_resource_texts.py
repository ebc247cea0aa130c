"""The resource texts in five languages: the handbook, the templates' and the default grid's
fixed texts, the indicator catalogue; same keys everywhere, nothing left in English."""

import json
import re

import pytest

from deseo_desktop.resources import resource_path
from deseo_desktop.services import template_texts
from deseo_desktop.services.catalogue import indicator_catalogue as catalogue
from deseo_desktop.services.grids import default_grid_rows, descriptors_in
from deseo_desktop.services.library import template_rows

OTHERS = ["it", "fr", "sv", "es"]
# Values spelt the same in English and another language: units and codes, and French words.
SAME_AS_ENGLISH = {"%", "EUR", "ratio", "Association", "Licences", "absent"}


def _english(key: str) -> dict[str, str]:
    rows = default_grid_rows() if key == "default_grid" else template_rows(key)
    return template_texts.texts(rows)


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("key", template_texts.TRANSLATED)
def test_template_texts_have_every_key_in_the_language(key, language):
    path = resource_path("templates", "texts", f"{language}.json")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert set(written) == set(template_texts.TRANSLATED)
    english = _english(key)
    assert set(written[key]) == set(english)
    same = {k for k, v in written[key].items() if v == english[k] and v not in SAME_AS_ENGLISH}
    assert not same


@pytest.mark.parametrize("language", OTHERS)
def test_a_template_opens_in_the_language(language):
    rows = template_texts.in_language("back_office", template_rows("back_office"), language)
    english = template_rows("back_office")
    assert rows["design"][0]["title"] != english["design"][0]["title"]
    assert rows["design"][0]["country"] == english["design"][0]["country"]  # codes untouched
    assert [r["id"] for r in rows["actor"]] == [r["id"] for r in english["actor"]]
    assert template_texts.in_language("example", template_rows("example"), language) == (
        template_rows("example")
    )  # the example's own content stays as written


@pytest.mark.parametrize("language", OTHERS)
def test_the_indicator_catalogue_speaks_every_language(language):
    english = {e.code: e for e in catalogue("en")}
    for entry in catalogue(language):
        source = english[entry.code]
        assert entry.name and entry.name != source.name, entry.code
        assert entry.description and entry.description != source.description, entry.code
        if source.target_text:
            assert entry.target_text and entry.target_text != source.target_text, entry.code
        if source.unit_name not in SAME_AS_ENGLISH:
            assert entry.unit_name != source.unit_name, entry.code


@pytest.mark.parametrize("language", OTHERS)
def test_the_default_grid_descriptors_speak_every_language(language):
    descriptors = default_grid_rows()["financing_grid"][0]["descriptors"]
    english, other = descriptors_in(descriptors, "en"), descriptors_in(descriptors, language)
    assert set(other) == set(english)
    assert all(other[k] != english[k] or other[k] in SAME_AS_ENGLISH for k in english)


HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)


@pytest.mark.parametrize("language", OTHERS)
def test_every_handbook_page_is_written_in_the_language(language):
    english = sorted(p.name for p in resource_path("handbook", "en").glob("*.md"))
    pages = sorted(p.name for p in resource_path("handbook", language).glob("*.md"))
    assert pages == english
    for name in english:
        source = resource_path("handbook", "en", name).read_text(encoding="utf-8")
        text = resource_path("handbook", language, name).read_text(encoding="utf-8")
        assert len(HEADING.findall(text)) == len(HEADING.findall(source)), name
        english_lines = {line for line in source.splitlines() if len(line) > 30}
        assert not english_lines & set(text.splitlines()), name
