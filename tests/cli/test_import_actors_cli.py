"""`deseo import-actors` end to end, in subprocesses: imported and skipped rows, refusals."""

import json
import resource

import pytest
from exports.sheet_files import billion_laughs, huge_token, million_rows
from helpers import assert_no_traceback, deseo, last_line, sha256

HARD_TIMEOUT = 60  # seconds: a hang guard, not a speed assertion


def run(*args: str):
    done = deseo(*args, timeout=HARD_TIMEOUT)
    assert_no_traceback(done)
    return done


@pytest.fixture
def design(tmp_path):
    path = tmp_path / "designs.db"
    done = run("--db", str(path), "new", "Import here", "--territory", "Nord")
    assert done.returncode == 0, done.stderr
    return path, last_line(done.stdout)


def test_import_prints_imported_and_skipped_rows(design, tmp_path):
    db, design_id = design
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "Liste des structures\nNom;Courriel;Femmes;Hommes\n"
        "Alpha;a@b.fr;3;2\nBeta;pas une adresse;1;1\n;x@y.fr;;\nalpha;;;\nGamma;;deux;\n",
        encoding="utf-8-sig",
    )
    done = run("--db", str(db), "import-actors", design_id, str(sheet))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "line 3: imported Alpha" in out
    assert "line 4: skipped 'Beta': contact_email: not an e-mail address" in out
    assert "line 5: skipped '': no name" in out
    assert "line 6: skipped 'alpha': name: same name as line 3" in out
    assert "line 7: skipped 'Gamma': workforce_women: not a whole number" in out
    assert last_line(out) == "1 actor imported, 4 rows skipped."
    again = run("--db", str(db), "import-actors", design_id, str(sheet), "--dry-run")
    assert "line 3: skipped 'Alpha': the design already has an actor of this name" in again.stdout


def test_mapping_file(design, tmp_path):
    db, design_id = design
    sheet = tmp_path / "list.csv"
    sheet.write_text("Org,Addr\nDelta,d@e.se\n")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"name": "Org", "contact_email": "Addr"}))
    done = run("--db", str(db), "import-actors", design_id, str(sheet), "--mapping", str(mapping))
    assert done.returncode == 0, done.stderr
    assert last_line(done.stdout) == "1 actor imported, 0 rows skipped."
    mapping.write_text('{"name": "Org", "name": "Addr"}')
    bad = run("--db", str(db), "import-actors", design_id, str(sheet), "--mapping", str(mapping))
    assert bad.returncode != 0 and "a key is given twice" in bad.stderr


def test_refusals_leave_the_database_unchanged(design, tmp_path):
    db, design_id = design
    (tmp_path / "random.xlsx").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "nohead.csv").write_text("a,b\n1,2\n")
    files = {
        billion_laughs(tmp_path / "laughs.xlsx"): "entities",
        huge_token(tmp_path / "token.xlsx"): "single piece of text",
        million_rows(tmp_path / "rows.xlsx"): "more than 20000 rows",
        tmp_path / "random.xlsx": "not a zip",
        tmp_path / "macro.xlsm": "macros",
        tmp_path / "nohead.csv": "--mapping",
    }
    before = sha256(db)
    for path, words in files.items():
        done = run("--db", str(db), "import-actors", design_id, str(path))
        assert done.returncode == 1, (path, done.stdout)
        assert done.stderr.startswith("Nothing was imported") and words in done.stderr
    assert sha256(db) == before
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak_kb < 500 * 1024, peak_kb  # the largest child so far, in kilobytes on Linux
    missing = run("--db", str(db), "import-actors", "no such design", str(tmp_path / "x.csv"))
    assert missing.returncode == 1 and "No design" in missing.stderr


def test_actors_template(tmp_path):
    done = run("actors-template", str(tmp_path / "blank"))
    assert done.returncode == 0, done.stderr
    assert last_line(done.stdout) == str(tmp_path / "blank.xlsx")
    assert (tmp_path / "blank.xlsx").read_bytes()[:2] == b"PK"
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    refused = run("actors-template", str(folder))
    assert refused.returncode == 1 and "not saved" in refused.stderr
