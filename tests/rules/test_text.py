import pytest
from hypothesis import given
from hypothesis import strategies as st

from deseo_desktop.rules.text import TITLE_MAX, TextTooLong, clean_text, search_key


def test_markup_emoji_and_accents_are_kept_as_typed():
    text = "a < b & <font size=50>x</font> = 🌍 Économie"
    assert clean_text(text) == text


def test_control_characters_go_but_tab_and_newline_stay():
    assert clean_text("a\x00b\x07c\td\r\ne\rf") == "abc\td\ne\nf"


def test_lone_surrogates_are_replaced():
    assert clean_text("x\ud800y") == "x\ufffdy"


def test_single_line_folds_newlines():
    assert clean_text("one\ntwo", single_line=True) == "one two"


def test_too_long_is_refused_not_cut():
    with pytest.raises(TextTooLong) as info:
        clean_text("x" * (TITLE_MAX + 1), TITLE_MAX)
    assert info.value.limit == TITLE_MAX and info.value.length == TITLE_MAX + 1


def test_search_key_folds_case_and_accents():
    assert search_key("Économie Sociale Umeå") == "economie sociale umea"


@given(st.text(max_size=300))
def test_clean_text_output_is_storable(value):
    cleaned = clean_text(value)
    cleaned.encode("utf-8")  # never a lone surrogate
    assert "\r" not in cleaned
    assert all(c in "\t\n" or ord(c) >= 32 for c in cleaned if ord(c) < 128 and c != "\x7f")
    assert clean_text(cleaned) == cleaned
