"""`deseo self-check FOLDER`: the check a new install (and the bare-Debian dist-check) runs."""

from pypdf import PdfReader

from deseo_desktop import cli


def test_the_self_check_opens_draws_and_exports_on_its_own_data(app, tmp_path, capsys):
    assert cli.main(["self-check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "font: DejaVu Sans" in out
    assert "it: 1° aprile 2026" in out and "Annulla" in out  # Babel's data and Qt's own words
    assert out.rstrip().endswith("self-check passed")
    (pdf,) = tmp_path.glob("*.pdf")
    assert len(PdfReader(pdf).pages) > 10
    assert (tmp_path / "self-check.db").exists()  # its own database, not the person's
