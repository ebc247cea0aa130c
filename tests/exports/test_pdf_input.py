"""Whatever a person typed, the draft lays out and shows it as typed."""

import builtins
import copy

from deseo_desktop.exports.pdf_tables import CELL_CAP

from .pdf_reading import write

MARKUP = 'a < b & c <font size=50>big</font> <img src="/etc/hostname"/> <b>unclosed <para>'


def test_markup_in_any_text_is_drawn_literally_and_reads_no_file(example_rows, monkeypatch):
    rows = copy.deepcopy(example_rows)
    rows["design"][0]["title"] = MARKUP
    rows["actor"][0]["name"] = MARKUP
    rows["actor"][1]["role"] = MARKUP
    rows["commitment"][0]["text"] = MARKUP
    rows["article_choice"][3]["custom_text"] = MARKUP
    opened = []
    real_open = builtins.open

    def spy(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    _, pages = write(rows, "en")
    text = " ".join(pages)
    assert text.count('<img src="/etc/hostname"/>') >= 5
    assert "<font size=50>big</font>" in text
    assert "/etc/hostname" not in opened


def test_control_characters_emoji_and_right_to_left_text_export(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["actor"][0]["name"] = "Coop \x01\x07 🌻👩‍👩‍👧 שלום עולם مرحبا"
    rows["actor"][1]["role"] = "tab\there\r\nnew line\x0b"
    rows["pooled_resource"][0]["description"] = "مرحبا بالعالم " * 50
    _, pages = write(rows, "en")
    assert "שלום" in " ".join(pages) or "םולש" in " ".join(pages)


def test_a_huge_note_and_a_word_without_spaces_lay_out(example_rows):
    rows = copy.deepcopy(example_rows)
    huge = " ".join(f"word{n}" for n in range(20_000))
    long_word = "x" * 5000
    rows["article_choice"][5]["custom_text"] = huge
    rows["pooled_resource"][0]["description"] = huge
    rows["pooled_resource"][1]["equality_benefit"] = long_word
    rows["actor"][0]["role"] = long_word
    rows["commitment"][0]["text"] = long_word
    reader, pages = write(rows, "en")
    text = " ".join(pages)
    assert "word19999" in text  # the whole note, in the article and in the annex notes
    assert "Notes to Annex B" in text
    assert "(continued in note 1)" in text
    assert "Notes to Annex A" in text


def test_a_long_cell_is_cut_near_the_cap_and_continues_in_a_note(example_rows):
    rows = copy.deepcopy(example_rows)
    rows["pooled_resource"][0]["description"] = "alpha " * 600  # 3,600 characters
    _, pages = write(rows, "en")
    annex = next(p for p in pages if "Annex B" in p and "Resource" in p)
    shown = annex.split("alpha", 1)[1].split("(continued in note 1)")[0]
    assert shown.count("alpha") < CELL_CAP // 6


def test_a_design_with_no_actors_or_indicators_still_exports(blank_rows):
    _, pages = write(blank_rows, "en")
    text = " ".join(pages)
    assert "No parties have been named yet." in text
    assert "No indicators have been chosen yet." in text
    assert "No financing grid" in text or "Annex H" in text
