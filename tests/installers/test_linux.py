"""The Linux desktop files, icons and install scripts, checked without a PyInstaller build.

install.sh and uninstall.sh run for real, into the test's own HOME (conftest.py), on a fake
one-folder build whose program is a small shell script.
"""

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
LINUX = INSTALLERS / "linux"
sys.path.insert(0, str(INSTALLERS))

from common import APP_ID, APP_NAME, EXECUTABLE, EXTENSION, LICENSE, MIME_TYPE, VERSION  # noqa: E402

from deseo_desktop.store.paths import APP_FOLDER  # noqa: E402

DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME_XML = LINUX / f"{APP_ID}.xml"
METAINFO_IN = LINUX / f"{APP_ID}.metainfo.xml.in"
HICOLOR = LINUX / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TRANSLATED = ("it", "fr", "sv", "es")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def load_build():
    spec = importlib.util.spec_from_file_location("linux_build", LINUX / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def validate_desktop_file(path: Path) -> None:
    """desktop-file-validate passes with no error or warning (newer versions add hints)."""
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "error:" not in output and "warning:" not in output, output


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# -- the files as committed --------------------------------------------------------------------


def test_desktop_entry_names_the_program_icon_and_file_type():
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == f"{EXECUTABLE} %f"  # install.sh makes it absolute
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert entry["Categories"] == "Office;"
    for key in ("GenericName", "Comment", "Keywords"):
        for lang in TRANSLATED:
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}] missing"
    # The domain words of each language (resources/translations/glossary_*.toml).
    assert "distrett" in entry["Comment[it]"]
    assert "pôle" in entry["Comment[fr]"] and "mutualisation" in entry["Comment[fr]"]
    assert "kluster" in entry["Comment[sv]"] and "samnyttjande" in entry["Comment[sv]"]
    assert "clúster" in entry["Comment[es]"]


def test_desktop_entry_validates():
    assert shutil.which("desktop-file-validate"), "make test installs desktop-file-utils"
    validate_desktop_file(DESKTOP)


def test_mime_package_declares_the_deseo_glob_and_magic():
    root = ET.parse(MIME_XML).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == [f"*{EXTENSION}"]
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"
    langs = {c.get(XML_LANG) for c in mime_type.findall(f"{MIME_NS}comment")}
    assert langs == {None, *TRANSLATED}
    assert mime_type.find(f"{MIME_NS}icon").get("name") == APP_ID
    outer = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    inner = outer.find(f"{MIME_NS}match")
    assert (outer.get("offset"), outer.get("value")) == ("0", r"PK\003\004")
    assert (inner.get("offset"), inner.get("value")) == ("30", "manifest.json")


def test_the_magic_matches_a_file_the_app_writes(tmp_path):
    from deseo_desktop.exports.portable import write_design_file

    data = write_design_file(tmp_path / f"x{EXTENSION}", {"design": []}).read_bytes()
    assert data[:4] == b"PK\x03\x04"
    assert data[30 : 30 + len("manifest.json")] == b"manifest.json"


def test_metainfo_template_renders_with_the_package_version():
    text = load_build().render_metainfo(VERSION, "2026-04-01")
    assert "@" not in text.replace("xml:lang", "")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == LICENSE
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("content_rating").get("type") == "oars-1.1"
    (release,) = root.findall("releases/release")
    assert (release.get("version"), release.get("date")) == (VERSION, "2026-04-01")
    summaries = {s.get(XML_LANG) for s in root.findall("summary")}
    paragraphs = {p.get(XML_LANG) for p in root.findall("description/p")}
    assert summaries == paragraphs == {None, *TRANSLATED}


def test_rendered_metainfo_validates(tmp_path):
    assert shutil.which("appstreamcli"), "make test installs appstream"
    path = tmp_path / f"{APP_ID}.metainfo.xml"
    path.write_text(load_build().render_metainfo(VERSION, "2026-04-01"), encoding="utf-8")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_hicolor_size_is_a_png_of_that_size(size):
    assert png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_scalable_icon_is_the_svg():
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "deseo.svg").read_bytes()


def test_windows_ico_and_macos_icns_hold_the_sizes():
    ico = (INSTALLERS / "windows" / "deseo.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert width == height and bits == 32 and offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]

    icns = (INSTALLERS / "macos" / "deseo.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    found, at = {}, 8
    while at < len(icns):
        kind, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        body = icns[at + 8 : at + length]
        assert body[:8] == b"\x89PNG\r\n\x1a\n"
        found[kind] = struct.unpack(">II", body[16:24])
        at += length
    assert found == {b"ic07": (128, 128), b"ic08": (256, 256), b"ic09": (512, 512),
                     b"ic10": (1024, 1024)}  # fmt: skip


def test_the_scripts_name_the_apps_real_data_folder():
    for name in ("install.sh", "uninstall.sh"):
        assert f'designs="$data_home/{APP_FOLDER}"' in (LINUX / name).read_text(encoding="utf-8")


# -- install.sh and uninstall.sh on a fake build --------------------------------------------------


@pytest.fixture
def fake_build(tmp_path):
    """A one-folder build of two files, given the desktop integration by build.py's populate()."""
    build = tmp_path / "unpacked" / "deseo folder"  # a space, as a person's Downloads may have
    (build / "_internal").mkdir(parents=True)
    (build / "_internal" / "library.txt").write_text("a library\n")
    program = build / EXECUTABLE
    program.write_text('#!/bin/sh\necho "fake deseo $*"\n')
    program.chmod(0o755)
    load_build().populate(build, "2026-04-01")
    return build


def run_script(path: Path, *args: str, env_extra=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env_extra or {}))
    result = subprocess.run(
        ["sh", str(path), *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def installed_files(home: Path, data: Path) -> list[Path]:
    return [
        data / "applications" / f"{APP_ID}.desktop",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        *(data / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        home / ".local" / "bin" / EXECUTABLE,
    ]


def test_install_then_uninstall_keeps_the_designs(fake_build, private_home):
    home = private_home
    data = Path(os.environ["XDG_DATA_HOME"])
    target = home / ".local" / "opt" / "deseo"
    designs = data / APP_FOLDER
    (designs / "backups").mkdir(parents=True)
    (designs / "designs.db").write_bytes(b"my work")

    out = run_script(fake_build / "install.sh").stdout
    assert str(designs) in out
    assert (target / EXECUTABLE).is_file() and (target / "_internal" / "library.txt").is_file()
    assert (target / "uninstall.sh").is_file()
    for path in installed_files(home, data):
        assert path.exists(), path
    link = home / ".local" / "bin" / EXECUTABLE
    assert link.is_symlink() and os.readlink(link) == str(target / EXECUTABLE)
    assert subprocess.run([str(link), "x.deseo"], capture_output=True, text=True).stdout == (
        "fake deseo x.deseo\n"
    )

    entry = desktop_entry(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{target / EXECUTABLE}" %f'
    assert Path(entry["Exec"].split('"')[1]).is_absolute()
    assert entry["Icon"] == APP_ID and entry["MimeType"] == f"{MIME_TYPE};"
    if shutil.which("desktop-file-validate"):
        validate_desktop_file(data / "applications" / f"{APP_ID}.desktop")
    if shutil.which("update-mime-database"):
        assert f"{MIME_TYPE}:*{EXTENSION}" in (data / "mime" / "globs2").read_text()

    # Installing again (a newer version) swaps the folder and leaves no temporary one behind.
    (fake_build / "_internal" / "new.txt").write_text("new\n")
    run_script(fake_build / "install.sh")
    assert (target / "_internal" / "new.txt").is_file()
    assert sorted(p.name for p in target.parent.iterdir()) == ["deseo"]

    out = run_script(target / "uninstall.sh").stdout
    assert str(designs) in out
    assert not target.exists() and not (home / ".local" / "opt").exists()
    for path in installed_files(home, data):
        assert not path.exists() and not path.is_symlink(), path
    assert not (data / "icons" / "hicolor" / "16x16").exists()
    assert (designs / "designs.db").read_bytes() == b"my work"
    assert (designs / "backups").is_dir()


def test_uninstall_deletes_the_designs_only_when_asked(fake_build, private_home):
    data = Path(os.environ["XDG_DATA_HOME"])
    designs = data / APP_FOLDER
    designs.mkdir(parents=True)
    (designs / "designs.db").write_bytes(b"my work")
    run_script(fake_build / "install.sh")
    run_script(private_home / ".local" / "opt" / "deseo" / "uninstall.sh", "--delete-my-designs")
    assert not designs.exists()
    assert not (private_home / ".local" / "opt" / "deseo").exists()


def test_install_leaves_someone_elses_deseo_command_alone(fake_build, private_home):
    link = private_home / ".local" / "bin" / EXECUTABLE
    link.parent.mkdir(parents=True)
    link.write_text("#!/bin/sh\necho pip's deseo\n")
    run_script(fake_build / "install.sh")
    run_script(private_home / ".local" / "opt" / "deseo" / "uninstall.sh")
    assert link.read_text() == "#!/bin/sh\necho pip's deseo\n"


def test_uninstall_refuses_an_unknown_option(fake_build):
    result = subprocess.run(
        ["sh", str(fake_build / "uninstall.sh"), "--everything"], capture_output=True, text=True
    )
    assert result.returncode != 0 and "--delete-my-designs" in result.stderr


# -- the archive ---------------------------------------------------------------------------------


def test_archive_is_deterministic_with_one_top_folder(fake_build, tmp_path):
    build_module = load_build()
    first = build_module.make_archive(fake_build, tmp_path / "a.tar.gz", f"deseo-{VERSION}", 10**9)
    second = build_module.make_archive(fake_build, tmp_path / "b.tar.gz", f"deseo-{VERSION}", 10**9)
    assert first.read_bytes() == second.read_bytes()
    with tarfile.open(first) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names[0] == f"deseo-{VERSION}"
    assert all(n == names[0] or n.startswith(names[0] + "/") for n in names)
    assert f"deseo-{VERSION}/install.sh" in names and f"deseo-{VERSION}/{EXECUTABLE}" in names
    assert f"deseo-{VERSION}/share/metainfo/{APP_ID}.metainfo.xml" in names
    assert {(m.uid, m.gid, m.mtime) for m in members} == {(0, 0, 1_000_000_000)}
    modes = {m.name.rsplit("/", 1)[-1]: m.mode for m in members}
    assert modes[EXECUTABLE] == modes["install.sh"] == 0o755
    assert modes["README-INSTALL.txt"] == 0o644
