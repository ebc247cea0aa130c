"""The layers hold, rules/ does no I/O, and generated files match their sources."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FORBIDDEN_IN_RULES = {"open", "os", "pathlib", "sqlite3", "socket", "io", "shutil", "subprocess"}


def test_import_contracts_hold():
    done = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_rules_do_no_io():
    offences = []
    for path in sorted((ROOT / "deseo_desktop" / "rules").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [(node.module or "").split(".")[0]]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                names = [node.func.id]
            else:
                continue
            offences += [f"{path.name}:{node.lineno} {n}" for n in names if n in FORBIDDEN_IN_RULES]
    assert offences == []


def test_the_io_check_can_fail(tmp_path):
    """The AST check above would notice an open() call (it is not a check that cannot fail)."""
    tree = ast.parse("def f():\n    return open('x')\n")
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert FORBIDDEN_IN_RULES & set(calls) == {"open"}


def test_headless_commands_do_not_load_qt():
    code = (
        "import sys; from deseo_desktop.cli import main; main(['list']); "
        "print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr


def test_generated_forms_are_fresh(tmp_path):
    forms = ROOT / "deseo_desktop" / "gui" / "forms"
    sources = sorted((ROOT / "ui").glob("*.ui"))
    assert sources
    for ui in sources:
        out = tmp_path / f"ui_{ui.stem}.py"
        subprocess.run([str(BIN / "pyside6-uic"), str(ui), "-o", str(out)], check=True, timeout=120)
        committed = forms / out.name
        assert committed.exists(), f"{committed} is missing: run make forms"
        assert committed.read_text() == out.read_text(), f"{committed.name}: run make forms"
