"""The agreement draft as a PDF, read back: content, languages, structure and metadata."""

import copy
import re

import pytest

from deseo_desktop.exports.agreement_texts import agreement_texts
from deseo_desktop.exports.content import Content
from deseo_desktop.terms import LANGUAGES, term

from .pdf_reading import fold, write


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_party_article_commitment_and_indicator_is_in_the_draft(example_rows, language):
    _, pages = write(example_rows, language)
    text = " ".join(pages)
    for actor in example_rows["actor"]:
        assert fold(actor["name"]) in text
    texts = agreement_texts(language)
    for code, _choice in Content(example_rows).articles():
        assert fold(texts["articles"][code]["title"]) in text, code
    for commitment in example_rows["commitment"]:
        assert fold(commitment["text"]) in text
    for indicator in example_rows["indicator"]:
        assert fold(indicator["name"]) in text
    for letter in "ABCDEFGH":
        assert fold(term("annex", letter, language)) in text


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_no_fixed_english_words_in_another_language(example_rows, language):
    """No English heading line, label or fixed sentence; words spelt alike aside."""
    reader, pages = write(example_rows, language)
    text = " ".join(pages)
    lines = {line.strip() for page in reader.pages for line in page.extract_text().splitlines()}
    english, own = agreement_texts("en"), agreement_texts(language)
    articles = [(c, a["title"]) for c, a in english["articles"].items()]
    headings = [f"Article {n} — {title}" for n, (_, title) in enumerate(articles, start=1)]
    headings += [f"Annex {x} — {term('annex', x)}" for x in "ABCDEFGH"]
    headings += [term("document", k) for k in ("preamble", "signatures", "representative")]
    found = [h for h in headings if h in lines]
    sentences = [term("document", k) for k in ("legal_review", "signature_intro", "chart_caption")]
    sentences += [fold(p) for p in english["preamble"].values() if isinstance(p, str)]
    sentences += [f"Page 2 of {len(pages)}", "DRAFT"]
    found += [s for s in sentences if s in text]
    assert own["preamble"]["closing"] != english["preamble"]["closing"]
    assert found == []


def test_cover_header_footer_watermark_and_page_numbers(example_rows):
    reader, pages = write(example_rows, "en")
    design = example_rows["design"][0]
    assert design["title"] in pages[0]
    assert "Version 1" in pages[0]
    assert "To be reviewed by the parties' legal services" in pages[0]
    assert "DRAFT" in pages[0]
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in page
        assert design["title"] in page  # running header
        assert "DRAFT" in page


def test_a_final_agreement_has_no_watermark_and_no_review_line(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["agreement"][0]["status"] = "final"
    _, pages = write(rows, "en")
    text = " ".join(pages)
    assert "DRAFT" not in text
    assert "legal services" not in text


def test_metadata_bookmarks_and_embedded_dejavu(example_rows):
    reader, _ = write(example_rows, "it")
    meta = reader.metadata
    assert meta.title == example_rows["design"][0]["title"]
    assert meta.author == example_rows["design"][0]["facilitator"]
    assert "Valdoria" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "it"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    articles = Content(example_rows).articles()
    assert len(titles) == 1 + len(articles) + 1 + 8  # preamble, articles, signatures, annexes
    assert titles[1].startswith("Art")
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}


def test_cover_names_twelve_parties_then_points_to_annex_a(example_rows):
    rows = copy.deepcopy(example_rows)
    base = rows["actor"][0]
    for n in range(15):
        rows["actor"].append(dict(base, id=f"extra-{n}", name=f"Extra party {n:02d}"))
    _, pages = write(rows, "en")
    assert "and 13 more, see Annex A" in pages[0]
    assert "Extra party 01" in pages[0]
    assert "Extra party 14" not in pages[0]


def test_signature_blocks_are_never_split(example_rows):
    _, pages = write(example_rows, "en")
    signatories = Content(example_rows).signatories()
    for s in signatories:
        heading = f"For {s['organisation']}"
        page = next(p for p in pages if heading in p)
        after = page.split(heading, 1)[1]
        assert re.search(r"Representative.*Capacity.*Place.*Date.*Signature", after)


def test_the_balance_chart_is_drawn_as_vector_graphics(example_rows):
    reader, pages = write(example_rows, "en")
    page = next(i for i, p in enumerate(pages) if "Balance between women and men" in p)
    content = reader.pages[page].get_contents().get_data()
    assert content.count(b" re") > 8  # rectangles: bars and legend
    assert not reader.pages[page]["/Resources"].get("/XObject")  # no picture


def test_custom_text_replaces_or_extends_an_article(example_rows):
    rows = copy.deepcopy(example_rows)
    choices = {c["code"]: c for c in rows["article_choice"]}
    choices["territory"].update(custom_text="Our own territory clause.", custom_mode="replace")
    choices["principles"].update(custom_text="An extra principle.", custom_mode="extend")
    choices["liability"].update(included=False)
    _, pages = write(rows, "en")
    text = " ".join(pages)
    english = agreement_texts("en")["articles"]
    assert "Our own territory clause." in text
    assert fold(english["territory"]["text"][0].split("{")[0]) not in text
    assert "An extra principle." in text
    assert fold(english["principles"]["text"][0]) in text
    assert english["liability"]["title"] not in text


def test_an_existing_cluster_gets_the_improvement_article(example_rows):
    title = agreement_texts("en")["articles"]["improvement"]["title"]
    rows = copy.deepcopy(example_rows)
    rows["design"][0]["cluster_kind"] = "new"
    _, pages = write(rows, "en")
    assert f"— {title}" not in " ".join(pages)
    rows["design"][0]["cluster_kind"] = "existing"
    _, pages = write(rows, "en")
    assert f"— {title}" in " ".join(pages)


def test_legal_bases_follow_country_and_vehicle(example_rows):
    texts = agreement_texts("fr")["preamble"]["legal_bases"]
    rows = copy.deepcopy(example_rows)
    rows["design"][0].update(country="FR", legal_vehicle="ptce")
    _, pages = write(rows, "fr")
    text = " ".join(pages)
    assert fold(texts["FR"]["ptce"]) in text
    assert fold(texts["FR"]["_country"]) in text


def test_annex_h_shows_the_total_and_verdict_the_rules_compute(example_rows):
    from deseo_desktop.formatting import format_number
    from deseo_desktop.rules import scoring

    grid = scoring.grid_from_rows(example_rows)
    result = scoring.score_grid(grid, scoring.assessments_from_rows(example_rows, grid))
    rows = copy.deepcopy(example_rows)
    for score in rows["score"]:
        score["score"] = 0
    low = scoring.score_grid(grid, scoring.assessments_from_rows(rows, grid))
    _, pages = write(example_rows, "en")
    annex = " ".join(pages[next(i for i, p in enumerate(pages) if "Annex H —" in p) :])
    assert f"Total 100 {format_number(result.rounded_total)}" in annex
    assert "Verdict: Funded" in annex and result.verdict == "funded"
    _, pages = write(rows, "en")
    text = " ".join(pages)
    assert "Verdict: Not funded" in text and low.verdict == "not_funded"
    assert f"total {format_number(low.rounded_total)} is below the threshold of 60" in text


def test_annex_e_gives_the_latest_measurement_and_suppresses_small_counts(example_rows):
    rows = copy.deepcopy(example_rows)
    indicator = next(i for i in rows["indicator"] if i["disaggregation"] == "by_sex")
    for m in rows["measurement"]:
        if m["indicator_id"] == indicator["id"]:
            m.update(value_women=41.25, value_men=77.75, count_women=2, count_men=40)
    _, pages = write(rows, "en")
    annex = " ".join(p for p in pages if "Annex E" in p or "Latest measurement" in p)
    assert "suppressed" in annex
    assert "41.25" not in annex and "77.75" not in annex
    assert "On track" in annex  # the other indicators keep their progress
