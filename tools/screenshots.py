"""Screenshots of the main screens, to look at before calling work done (not golden images).

make screenshots            # into ./screenshots/
python tools/screenshots.py OUT_DIR [--scale 1.25] [--size 1366x768] [--present]
                            [--lang it|fr|sv|es|pseudo] [--few]

--few takes the library, three steps, the dashboard and the export dialog only.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scale", default="")
    parser.add_argument("--present", action="store_true", help="the steps in presentation mode")
    parser.add_argument("--lang", default="en", help="interface language, or pseudo")
    parser.add_argument("--few", action="store_true", help="the six screens issue 7 names")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="deseo-shots-"))
    os.environ.update(
        HOME=str(work), XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config")
    )

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from deseo_desktop.gui import settings as opt
    from deseo_desktop.gui.app import install_translations, make_application
    from deseo_desktop.gui.main_window import MainWindow
    from deseo_desktop.services import library, synthetic
    from deseo_desktop.services.instance import instance_for

    app = make_application([sys.argv[0]])
    lang = args.lang
    install_translations(app, lang)
    # --size is the screen in pixels: at 125% the window has 1/1.25 as many logical pixels.
    scale = float(args.scale or 1)
    width, height = (round(int(v) / scale) for v in args.size.split("x"))
    settings = opt.Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))

    def shot(widget, name):
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def window_on(db_path):
        w = MainWindow(settings, instance_for(db_path), lang)
        w.resize(width, height)
        w.show()
        assert w.start()
        w._open_writer()
        return w

    w = window_on(work / "empty.db")
    if not args.few:
        shot(w, "library-empty")
    example = library.add_example(w.db)
    library.create_from_template(w.db, "back_office", language=lang)
    library.create_from_template(w.db, "womens_entrepreneurship", language=lang)
    w.reload(select=example)
    shot(w, "library-example")
    w.open_design(example)
    if args.present:
        w.actions.presentation.setChecked(True)
        w.toggle_presentation()
    if args.few:
        for step in ("start", "pooling", "governance", "dashboard"):
            w.design_page.show_step(step)
            shot(w, f"step-{step}")
        from deseo_desktop.gui.export_dialog import ExportDialog

        export = ExportDialog(settings, w.db, example, lang, w)
        export.show()
        shot(export, "export-dialog")
        export.close()
        w.close()
        QApplication.processEvents()
        return
    shot(w, "overview-example")
    for step in w.design_page.steps():
        w.design_page.show_step(step)
        w.design_page.editor(step).section.select_row(1) if hasattr(
            w.design_page.editor(step), "section"
        ) else None
        shot(w, f"step-{step}")
    w.show_library()
    blank = library.create_blank(w.db, library.NewDesign("Rete per la conciliazione", "Modena"))
    w.open_design(blank)
    shot(w, "overview-blank")
    w.show_library()
    prefs = w.preferences_dialog()
    prefs.show()
    shot(prefs, "preferences-general")
    prefs.ui.tabs.setCurrentIndex(1)
    w.db.backup("manual")
    prefs.refresh_backups()
    shot(prefs, "preferences-data")
    prefs.close()
    from deseo_desktop.gui.about_dialog import AboutDialog
    from deseo_desktop.gui.new_design_dialog import NewDesignDialog

    about = AboutDialog(w)
    about.show()
    shot(about, "about")
    about.close()
    new = NewDesignDialog(lang, {"country": "IT"}, parent=w)
    new.show()
    shot(new, "new-design")
    new.ui.template_list.setCurrentRow(2)
    shot(new, "new-design-template")
    new.close()
    library.move_to_trash(w.db, blank)
    w.reload()
    w.library_page.show_view("trash")
    shot(w, "library-trash")
    w.close()

    big = window_on(work / "big.db")
    synthetic.add_small_designs(big.db, 1000, seed=1)
    big.reload()
    shot(big, "library-1000")
    big.library_page.search_edit.setText("vald")
    shot(big, "library-1000-search")
    big.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
