"""The Windows installer script and the macOS bundle files, checked against the code on Linux.

Neither Inno Setup nor hdiutil runs here: these read deseo.iss, Swedish.isl, build.py,
info_plist.py and make_dmg.sh, and hold them to installers/common.py (the one source of the
version, the names and the file type) and to the one-folder build the spec produces.
"""

import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
WINDOWS = INSTALLERS / "windows"
MACOS = INSTALLERS / "macos"
ISS = WINDOWS / "deseo.iss"
SWEDISH = WINDOWS / "Swedish.isl"
DEFAULT_KEYS = Path(__file__).with_name("inno_default_keys.txt")
BOM = b"\xef\xbb\xbf"


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


common = load("installers_common", INSTALLERS / "common.py")
build = load("installers_windows_build", WINDOWS / "build.py")
GUI_EXE = f"{common.EXECUTABLE}-gui.exe"
CONSOLE_EXE = f"{common.EXECUTABLE}.exe"


# --- reading the Inno Setup files -----------------------------------------------------------


def sections(text: str) -> dict[str, list[str]]:
    """Each [Section]'s lines, without comments, blank lines and preprocessor lines."""
    found: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            found.setdefault(current, [])
        elif current is not None:
            found[current].append(line)
    return found


def entry(line: str) -> dict[str, str]:
    """One `Name: value; Name: "quoted ""word"" inside"` line of an Inno Setup section."""
    params: dict[str, str] = {}
    position = 0
    pattern = re.compile(r'\s*(\w+)\s*:\s*("(?:[^"]|"")*"|[^;]*)\s*(;|$)')
    while position < len(line):
        match = pattern.match(line, position)
        assert match, f"cannot read {line!r} at {position}"
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1)] = value
        position = match.end()
    return params


def settings(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines)


def expanded(text: str, defines: dict[str, str] | None = None) -> str:
    """The script as ISCC sees it with build.py's defines: its few preprocessor lines applied."""
    values = dict(build.defines() if defines is None else defines)
    source_path = str(WINDOWS) + "\\"

    def condition(test: str) -> bool:
        if re.fullmatch(r"VER < EncodeVer\(6, 3, 0\)", test):
            return False  # the compiler that builds it is 6.3 or later
        exists = re.fullmatch(r"FileExists\((\w+)\)", test)
        assert exists, f"deseo.iss: no reading for #if {test}"
        return inno_path(values[exists.group(1)].removeprefix(source_path)).exists()

    kept, active = [], [True]
    for line in text.splitlines():
        directive = re.match(r"\s*#(\w+)\s*(.*?)\s*$", line)
        if not directive:
            if all(active):
                kept.append(re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], line))
            continue
        word, rest = directive.groups()
        if word in ("if", "ifdef", "ifndef"):
            live = all(active)
            if word == "if":
                active.append(live and condition(rest))
            else:
                active.append(live and ((rest in values) == (word == "ifdef")))
        elif word == "endif":
            active.pop()
        elif not all(active):
            continue
        elif word == "error":
            raise AssertionError(f"deseo.iss stops: {rest}")
        elif word == "define":
            name, value = rest.split(" ", 1)
            literal = re.fullmatch(r'"([^"]*)"', value)
            relative = re.fullmatch(r'SourcePath \+ "([^"]*)"', value)
            assert literal or relative, f"deseo.iss: no reading for #define {rest}"
            values[name] = literal.group(1) if literal else source_path + relative.group(1)
        else:
            raise AssertionError(f"deseo.iss: unexpected #{word}")
    assert active == [True], "an #if without its #endif"
    return "\n".join(kept)


@pytest.fixture(scope="module")
def iss_text() -> str:
    data = ISS.read_bytes()
    assert data.startswith(BOM), "deseo.iss must be UTF-8 with a BOM (it has accented texts)"
    return data.decode("utf-8-sig").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def iss(iss_text) -> dict[str, list[str]]:
    return sections(expanded(iss_text))


@pytest.fixture(scope="module")
def setup(iss) -> dict[str, str]:
    return settings(iss["Setup"])


def inno_path(value: str) -> Path:
    """A path deseo.iss names, relative to its own folder as ISCC resolves it."""
    return Path(os.path.normpath(WINDOWS / Path(*PureWindowsPath(value).parts)))


# --- deseo.iss ------------------------------------------------------------------------------


def test_the_paths_the_script_names_in_the_repository_exist(iss, setup):
    named = [setup["SetupIconFile"]]
    named += [e["Source"] for e in map(entry, iss["Files"]) if "dist" not in e["Source"]]
    named += [
        e["MessagesFile"]
        for e in map(entry, iss["Languages"])
        if not e["MessagesFile"].startswith("compiler:")
    ]
    assert "deseo.ico" in named and "Swedish.isl" in named
    for value in named:
        path = inno_path(value)
        assert path.is_file(), f"deseo.iss names {value}, which is not at {path}"
        assert ROOT in path.parents


def test_the_licence_is_shown_when_the_repository_has_one(iss_text, setup):
    # The repository's licence (LICENSE, GPL-3.0-or-later) on the wizard's licence page.
    guard = re.search(r'^#define LicensePath SourcePath \+ "([^"]+)"', iss_text, re.MULTILINE)
    assert guard, "LicenseFile comes from the LicensePath define"
    licence = inno_path(guard.group(1))
    assert licence.parent == ROOT
    assert re.search(
        r"^#if FileExists\(LicensePath\)\s+LicenseFile=\{#LicensePath\}\s+#endif",
        iss_text,
        re.MULTILINE,
    )
    # Shown exactly when it exists (ISCC resolves SourcePath + the relative path).
    assert ("LicenseFile" in setup) == licence.is_file()
    if licence.is_file():
        shown = setup["LicenseFile"].removeprefix(str(WINDOWS) + "\\")
        assert inno_path(shown) == licence


def test_the_one_folder_build_is_packed_and_deseo_gui_exe_is_what_runs(iss, setup):
    files = [entry(line) for line in iss["Files"]]
    build_entry = next(e for e in files if "dist" in e["Source"])
    assert PureWindowsPath(build_entry["Source"]) == PureWindowsPath(
        "..", "..", "dist", common.EXECUTABLE, "*"
    )
    assert build_entry["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(build_entry["Flags"].split())
    assert GUI_EXE == "deseo-gui.exe" and CONSOLE_EXE == "deseo.exe"

    icons = [entry(line) for line in iss["Icons"]]
    assert {e["Filename"] for e in icons} == {"{app}\\" + GUI_EXE}
    start_menu = [e for e in icons if e["Name"].startswith("{autoprograms}")]
    assert len(start_menu) == 1 and "Tasks" not in start_menu[0]
    desktop = [e for e in icons if e["Name"].startswith("{autodesktop}")]
    assert len(desktop) == 1 and desktop[0]["Tasks"] == "desktopicon"
    tasks = {e["Name"]: e for e in map(entry, iss["Tasks"])}
    assert "unchecked" in tasks["desktopicon"]["Flags"].split()
    assert "unchecked" in tasks["addtopath"]["Flags"].split()

    runs = [entry(line) for line in iss["Run"]]
    assert {e["Filename"] for e in runs} == {"{app}\\" + GUI_EXE}
    assert setup["UninstallDisplayIcon"] == "{app}\\deseo.ico"
    assert PureWindowsPath(setup["OutputDir"]) == PureWindowsPath("..", "..", "dist")
    assert setup["OutputBaseFilename"] + ".exe" == build.setup_name()


def test_it_installs_for_one_person_without_administrator_rights(iss, setup):
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == "{autopf}\\" + common.APP_NAME
    assert setup["DisableProgramGroupPage"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    # Nothing outside this user's part of the registry.
    assert {entry(line)["Root"] for line in iss["Registry"]} == {"HKCU"}


def test_the_version_comes_only_from_the_define_build_py_passes(iss_text, setup):
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#error ", iss_text, re.MULTILINE)
    assert not re.search(r"^#define\s+AppVersion", iss_text, re.MULTILINE)
    assert common.VERSION not in iss_text
    assert re.findall(r"^AppVersion=(.*)$", iss_text, re.MULTILINE) == ["{#AppVersion}"]
    assert setup["AppVersion"] == common.VERSION
    # Every define the script needs is guarded and passed; nothing else is.
    guarded = set(re.findall(r"^#ifndef (\w+)\s*\n\s*#error ", iss_text, re.MULTILINE))
    assert guarded == set(build.defines())
    for name in build.defines():
        without = {k: v for k, v in build.defines().items() if k != name}
        with pytest.raises(AssertionError, match=f"{name} is not defined"):
            expanded(iss_text, without)
    command = build.iscc_command("ISCC.exe")
    assert f"/DAppVersion={common.VERSION}" in command
    assert command[-1] == str(ISS)
    assert build.defines() == {
        "AppVersion": common.VERSION,
        "AppName": common.APP_NAME,
        "AppPublisher": common.PUBLISHER,
        "AppExtension": common.EXTENSION,
        "AppMimeType": common.MIME_TYPE,
        "AppDataFolder": build.data_folder(),
    }


def test_build_py_prints_the_command_and_runs_iscc_only_on_windows():
    result = subprocess.run(
        [sys.executable, str(WINDOWS / "build.py")], capture_output=True, text=True, check=True
    )
    first = result.stdout.splitlines()[0]
    assert f"/DAppVersion={common.VERSION}" in first and first.endswith("deseo.iss")
    assert "signtool sign" in result.stdout  # offered, documented, not run
    if sys.platform != "win32":
        refused = subprocess.run(
            [sys.executable, str(WINDOWS / "build.py"), "--run"], capture_output=True, text=True
        )
        assert refused.returncode == 2 and "Windows" in refused.stderr


def test_deseo_files_are_registered_to_the_app_and_unregistered_on_uninstall(iss, setup):
    assert setup["ChangesAssociations"] == "yes"
    registry = [entry(line) for line in iss["Registry"]]
    extension = f"Software\\Classes\\{common.EXTENSION}"
    assert common.EXTENSION == ".deseo"
    default = next(e for e in registry if e["Subkey"] == extension and e["ValueName"] == "")
    prog_id = default["ValueData"]
    assert prog_id == "DESEO.Design"
    assert "uninsdeletevalue" in default["Flags"].split()
    content_type = next(e for e in registry if e.get("ValueName") == "Content Type")
    assert content_type["ValueData"] == common.MIME_TYPE

    prog_key = next(e for e in registry if e["Subkey"] == f"Software\\Classes\\{prog_id}")
    assert "uninsdeletekey" in prog_key["Flags"].split()
    command = next(
        e for e in registry if e["Subkey"] == f"Software\\Classes\\{prog_id}\\shell\\open\\command"
    )
    assert command["ValueData"] == f'"{{app}}\\{GUI_EXE}" "%1"'
    icon = next(e for e in registry if e["Subkey"].endswith(f"{prog_id}\\DefaultIcon"))
    assert icon["ValueData"] == "{app}\\deseo.ico"
    # Every key the script writes goes away with the uninstaller (or with its parent key).
    owned = [e["Subkey"] for e in registry if "uninsdeletekey" in e.get("Flags", "").split()]
    for e in registry:
        flags = e.get("Flags", "").split()
        assert (
            "uninsdeletevalue" in flags
            or "uninsdeletekey" in flags
            or any(e["Subkey"].startswith(parent + "\\") for parent in owned)
        ), e


def test_all_five_languages_and_every_custom_message_in_each(iss, iss_text):
    languages = {e["Name"]: e["MessagesFile"] for e in map(entry, iss["Languages"])}
    assert list(languages) == list(common.LANGUAGES)
    assert languages["en"] == "compiler:Default.isl"
    assert languages["it"] == "compiler:Languages\\Italian.isl"
    assert languages["fr"] == "compiler:Languages\\French.isl"
    assert languages["es"] == "compiler:Languages\\Spanish.isl"
    assert languages["sv"] == "Swedish.isl"

    messages: dict[str, set[str]] = {}
    for line in iss["CustomMessages"]:
        key, _, text = line.partition("=")
        language, _, name = key.partition(".")
        assert language in languages and name and text.strip(), line
        messages.setdefault(name, set()).add(language)
    for name, present in messages.items():
        assert present == set(languages), f"{name} is missing in {set(languages) - present}"

    # Every {cm:...} the script uses is ours (above) or one every messages file carries.
    inno_custom = {key for section, key, _ in default_keys() if section == "CustomMessages"}
    used = set(re.findall(r"\{cm:(\w+)", iss_text)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", iss_text)
    )
    assert used - set(messages) <= inno_custom
    assert {"DeleteUserData", "AddToPath", "DesignFileType"} <= set(messages)


def test_the_uninstaller_asks_before_deleting_the_designs_and_keeps_them_by_default(iss_text):
    defines = build.defines()
    paths = load("deseo_store_paths", ROOT / "deseo_desktop" / "store" / "paths.py")
    assert defines["AppDataFolder"] == paths.APP_FOLDER
    code = iss_text.split("[Code]", 1)[1]
    assert "ExpandConstant('{localappdata}\\{#AppDataFolder}')" in code
    asking = re.search(r"SuppressibleMsgBox\((.*?)\) = IDYES", code, re.DOTALL).group(1)
    assert "CustomMessage('DeleteUserData')" in asking
    assert "MB_DEFBUTTON2" in asking and asking.rstrip().endswith("IDNO")
    assert "(not UninstallSilent)" in code
    assert re.search(r"if DeleteUserData then\s+begin\s+DelTree\(UserDataFolder\(\)", code)
    # The settings removed with them are the app's own QSettings key.
    app = (ROOT / "deseo_desktop" / "gui" / "app.py").read_text(encoding="utf-8")
    organisation = re.search(r'setOrganizationName\("([^"]+)"\)', app).group(1)
    assert f"'Software\\{organisation}\\{{#AppName}}'" in code


# --- Swedish.isl ----------------------------------------------------------------------------


def default_keys() -> list[tuple[str, str, set[str]]]:
    """(section, key, what its text must keep) for each key of Inno Setup's Default.isl."""
    rows = []
    for line in DEFAULT_KEYS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            section, key, *marks = line.split("\t")
            rows.append((section, key, set(marks[0].split()) if marks else set()))
    return rows


def isl_entries(text: str) -> list[tuple[str, str, str]]:
    return [
        (section, *line.split("=", 1))
        for section, lines in sections(text).items()
        for line in lines
    ]


def marks(text: str) -> set[str]:
    found = set(re.findall(r"%\d", text)) | set(re.findall(r"\[(?:name|name/ver|mb|gb)\]", text))
    if "&" in text.replace("&&", ""):
        found.add("&")
    return found


def test_the_default_key_list_says_where_it_came_from():
    header = DEFAULT_KEYS.read_text(encoding="utf-8")
    assert "jrsoftware/issrc" in header and "Files/Default.isl" in header
    assert "Inno Setup version 6.1.0+" in header
    keys = [(section, key) for section, key, _ in default_keys()]
    assert len(keys) == len(set(keys)) > 250


def test_swedish_has_exactly_the_keys_of_default_isl():
    data = SWEDISH.read_bytes()
    assert data.startswith(BOM), "Inno Setup 6 reads a Unicode .isl only with a BOM"
    entries = isl_entries(data.decode("utf-8-sig"))
    found = [(section, key) for section, key, _ in entries]
    assert len(found) == len(set(found)), "a key appears twice"
    expected = [(section, key) for section, key, _ in default_keys()]
    missing, unknown = set(expected) - set(found), set(found) - set(expected)
    assert not missing and not unknown, f"missing {sorted(missing)}, unknown {sorted(unknown)}"


def test_swedish_keeps_every_argument_constant_and_access_key():
    entries = {(s, k): text for s, k, text in isl_entries(SWEDISH.read_text(encoding="utf-8-sig"))}
    for section, key, expected in default_keys():
        assert marks(entries[(section, key)]) == expected, f"{section}.{key}"
    options = {k: v for (s, k), v in entries.items() if s == "LangOptions"}
    assert options == {"LanguageName": "Svenska", "LanguageID": "$041D", "LanguageCodePage": "1252"}


def test_swedish_speaks_to_the_reader_as_du():
    text = SWEDISH.read_text(encoding="utf-8-sig")
    assert re.search(r"\bdu\b", text, re.IGNORECASE)
    assert not re.search(r"\b(ni|er|ert|era)\b", text.split("[Messages]", 1)[1], re.IGNORECASE)


# --- macOS ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plist(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("macos") / "Info.plist"
    subprocess.run([sys.executable, str(MACOS / "info_plist.py"), str(out)], check=True)
    with out.open("rb") as handle:
        return plistlib.load(handle)


def test_the_info_plist_has_the_version_id_icon_and_languages(plist):
    assert plist["CFBundleShortVersionString"] == common.VERSION
    assert plist["CFBundleVersion"] == common.VERSION
    assert plist["CFBundleIdentifier"] == common.APP_ID
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == common.APP_NAME
    assert plist["CFBundleExecutable"] == common.EXECUTABLE
    assert plist["CFBundleDevelopmentRegion"] == "en"
    assert plist["CFBundleLocalizations"] == list(common.LANGUAGES)
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    assert plist["CFBundleIconFile"] == "deseo.icns"
    assert (MACOS / plist["CFBundleIconFile"]).is_file()


def test_the_info_plist_declares_the_deseo_document_type(plist):
    uti = f"{common.APP_ID}.design"
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == uti
    assert {"public.data", "public.zip-archive"} <= set(exported["UTTypeConformsTo"])
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [common.EXTENSION.lstrip(".")] == ["deseo"]
    assert tags["public.mime-type"] == [common.MIME_TYPE]
    assert (MACOS / exported["UTTypeIconFile"]).is_file()

    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [uti]
    assert document["CFBundleTypeRole"] == "Editor"
    assert document["LSHandlerRank"] == "Owner"
    assert document["CFBundleTypeExtensions"] == ["deseo"]
    assert (MACOS / document["CFBundleTypeIconFile"]).is_file()


def test_the_spec_gets_the_same_entries_for_any_version():
    module = load("installers_macos_info_plist", MACOS / "info_plist.py")
    entries = module.info_plist("2.3.4")
    assert entries["CFBundleShortVersionString"] == entries["CFBundleVersion"] == "2.3.4"
    assert module.info_plist("1.2.0rc1")["CFBundleShortVersionString"] == "1.2.0"
    with pytest.raises(ValueError):
        module.info_plist("next")


def test_make_dmg_reads_the_version_through_common_and_names_the_image_by_it(tmp_path):
    script = MACOS / "make_dmg.sh"
    text = script.read_text(encoding="utf-8")
    assert common.VERSION not in text
    subprocess.run(["sh", "-n", str(script)], check=True)
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(script)], check=True)

    # A stand-in hdiutil records what it is asked to pack; the app is a bare bundle.
    dist = tmp_path / "dist"
    app = dist / f"{common.APP_NAME}.app"
    (app / "Contents").mkdir(parents=True)
    subprocess.run(
        [sys.executable, str(MACOS / "info_plist.py"), str(app / "Contents" / "Info.plist")],
        check=True,
        capture_output=True,
    )
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "hdiutil.log"
    fake = bin_dir / "hdiutil"
    fake.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{log}"\n'
        'while [ $# -gt 0 ]; do [ "$1" = -srcfolder ] && ls -A "$2" >> "' + str(log) + '"; '
        "shift; done\n"
        f'touch "{dist}/made.dmg"\n'
    )
    fake.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    env.update(PYTHON=sys.executable, DIST=str(dist))
    result = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    args = log.read_text().splitlines()
    image = f"{common.APP_NAME}-{common.VERSION}.dmg"
    assert str(dist / image) in args
    assert args[args.index("-format") + 1] == "UDZO"
    assert "-srcfolder" in args
    assert {f"{common.APP_NAME}.app", "Applications"} <= set(args)

    # An app built for another version is refused.
    with (app / "Contents" / "Info.plist").open("wb") as handle:
        plistlib.dump({"CFBundleShortVersionString": "0.0.0-other"}, handle)
    stale = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert stale.returncode == 1 and "rebuild" in stale.stderr
