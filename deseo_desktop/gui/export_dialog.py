"""File → Export agreement…: the draft as a PDF and/or a workbook, made off the GUI thread.

What the person typed is saved first; then a worker on its own QThread reads the design into
plain rows through a read-only connection of its own, and hands them to a child process that
makes the files (services/export.py says why a process and why not the GUI thread), relaying
its progress by signals. Cancel makes the next progress report raise ExportCancelled: the
export stops between pages or sheets and leaves no file behind.
"""

import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from deseo_desktop.exports.errors import ExportCancelled, ExportFailed
from deseo_desktop.exports.files import safe_filename
from deseo_desktop.services.errors import DatabaseProblem
from deseo_desktop.services.export import (
    Exported,
    ExportError,
    agreement_snapshot,
    export_agreement_in_process,
)
from deseo_desktop.services.sections import load_row
from deseo_desktop.terms import terms

from . import settings as opt
from .file_problems import write_problem
from .forms.ui_export_dialog import Ui_ExportDialog
from .problems import problem_text
from .style import primary, styled

log = logging.getLogger(__name__)

EXPORT_FOLDER = opt.Option("export/folder", str, "")  # the folder of the last export
PROGRESS_EVERY_S = 0.05  # progress signals at most this often: the GUI repaints, never floods


def export_agreement_of_open_design(window) -> None:
    """The menu command: export the design open in `window`, with what it has just typed."""
    page = window.design_page
    if page is None:
        return
    page.flush()
    dialog = ExportDialog(
        window.settings, window.db, page.session.design_id, window.language, window
    )
    dialog.exec()


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportWorker(QObject):
    """Runs one export on the thread it is moved to; cancel() may be called from any thread."""

    progressed = Signal(int, int)
    exported = Signal(object)  # Exported
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, db, design_id: str, pdf: Path | None, xlsx: Path | None, language: str):
        super().__init__()
        self.db = db
        self.design_id = design_id
        self.pdf = pdf
        self.xlsx = xlsx
        self.language = language
        self._cancel = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            rows = agreement_snapshot(self.db, self.design_id)
            done = export_agreement_in_process(
                rows,
                pdf=self.pdf,
                xlsx=self.xlsx,
                language=self.language,
                progress=self._on_progress,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except DatabaseProblem as e:
            self.failed.emit(e)
        except ExportFailed as e:
            log.warning("export failed: %s (%s)", e.reason, e)
            self.failed.emit(e)
        except ExportError as e:
            log.error("export failed in its process: %s\n%s", e.kind, e.details)
            self.failed.emit(e)
        except Exception as e:  # a fault in an exporter: said plainly, the details logged
            log.exception("export failed")
            self.failed.emit(e)
        else:
            self.exported.emit(done)

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ExportCancelled
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_EVERY_S or done >= total:
            self._last_report = now
            self.progressed.emit(done, total)


class ExportDialog(QDialog):
    """Asks what to export, where and in which language; runs it; offers to open the result."""

    def __init__(self, settings: opt.Settings, db, design_id: str, language: str, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.db = db
        self.design_id = design_id
        self.language = language
        design = load_row(db, "design", design_id) or {}
        self.title = design.get("title", "")
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        styled(self)
        self.export_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.result: Exported | None = None
        self._closing = False
        self._fill(design.get("agreement_language") or "en")
        self._connect_signals()
        self._update_names()

    def _fill(self, document_language: str) -> None:
        ui = self.ui
        ui.intro_label.setText(
            self.tr("The agreement draft of “%1”, made from the design as it is now.").replace(
                "%1", self.title
            )
        )
        for code, label in terms("language").items():  # each language in its own name
            ui.language_combo.addItem(label, code)
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(document_language)))
        remembered = self.settings.get(EXPORT_FOLDER)
        folder = Path(remembered) if remembered and Path(remembered).is_dir() else default_folder()
        ui.folder_edit.setText(str(folder))
        ui.progress_bar.hide()
        ui.status_label.clear()
        self.export_button.setText(self.tr("&Export"))
        primary(self.export_button).setDefault(True)
        ui.pages.setCurrentWidget(ui.choose_page)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.pdf_check.toggled.connect(self._update_names)
        ui.xlsx_check.toggled.connect(self._update_names)
        ui.folder_edit.textChanged.connect(self._update_names)
        ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        ui.open_pdf_button.clicked.connect(lambda: self._open(self.result.pdf))
        ui.open_xlsx_button.clicked.connect(lambda: self._open(self.result.xlsx))
        ui.show_folder_button.clicked.connect(self._on_show_folder_button_clicked)
        ui.button_box.accepted.connect(self.start_export)
        ui.button_box.rejected.connect(self._on_button_box_rejected)

    @property
    def export_button(self):
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    # --- choosing ---------------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(self.ui.folder_edit.text().strip()).expanduser()

    def targets(self) -> tuple[Path | None, Path | None]:
        """The PDF and workbook files the export would write (None when not chosen)."""
        folder = self.folder()
        fallback = self.tr("agreement")
        pdf = folder / safe_filename(self.title, ".pdf", fallback)
        xlsx = folder / safe_filename(self.title, ".xlsx", fallback)
        return (
            pdf if self.ui.pdf_check.isChecked() else None,
            xlsx if self.ui.xlsx_check.isChecked() else None,
        )

    def _update_names(self, *_args) -> None:
        chosen = [p for p in self.targets() if p is not None]
        replaces = self.tr("%1 (replaces the file already there)")
        self.ui.names_label.setText(
            "\n".join(replaces.replace("%1", p.name) if p.exists() else p.name for p in chosen)
        )
        self.export_button.setEnabled(bool(chosen) and bool(self.ui.folder_edit.text().strip()))

    def _on_choose_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the agreement"), str(self.folder())
        )
        if folder:
            self.ui.folder_edit.setText(folder)

    # --- running ----------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.export_thread is not None:
            return
        folder = self.folder()
        if not folder.is_dir():
            self._say_error(self.tr("The folder %1 does not exist.").replace("%1", str(folder)))
            return
        pdf, xlsx = self.targets()
        self.worker = ExportWorker(
            self.db, self.design_id, pdf, xlsx, self.ui.language_combo.currentData()
        )
        self.export_thread = QThread(self)
        self.worker.moveToThread(self.export_thread)
        self.export_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.exported.connect(self._on_worker_exported)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self._set_running(True)
        self.export_thread.start()

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.ui.status_label.setText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.export_thread is not None

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        for w in (ui.pdf_check, ui.xlsx_check, ui.language_combo, ui.folder_edit, ui.choose_button):
            w.setEnabled(not running)
        self.export_button.setEnabled(not running)
        ui.progress_bar.setVisible(running)
        ui.progress_bar.setRange(0, 0)  # busy until the first report says how much there is
        _rename(ui.status_label, "status_label")
        ui.status_label.setText(self.tr("Exporting…") if running else "")

    def _end_thread(self) -> None:
        self.export_thread.quit()
        self.export_thread.wait()  # run() has returned: only its event loop was left
        self.export_thread.deleteLater()
        self.worker.deleteLater()
        self.export_thread = None
        self.worker = None

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.ui.progress_bar.setRange(0, total)
        self.ui.progress_bar.setValue(done)

    def _on_worker_exported(self, result: Exported) -> None:
        self._end_thread()
        self.result = result
        self.settings.set(EXPORT_FOLDER, str(self.folder()))
        self._show_done(result)

    def _on_worker_failed(self, error: Exception) -> None:
        self._end_thread()
        self._set_running(False)
        if self._closing:
            super().reject()
            return
        self._say_error(self.failure_text(error))

    def _on_worker_cancelled(self) -> None:
        self._end_thread()
        self._set_running(False)
        if self._closing:
            super().reject()
            return
        self.ui.status_label.setText(self.tr("Export cancelled; no file was written."))

    def _say_error(self, text: str) -> None:
        _rename(self.ui.status_label, "errorLabel")
        self.ui.status_label.setText(text)

    def failure_text(self, error: Exception) -> str:
        """Why the export failed, in words a person can act on."""
        if isinstance(error, ExportError) and error.kind == "ended":
            return self.tr(
                "The export stopped unexpectedly (its process ended). Your files were left as "
                "they were; try again."
            )
        if isinstance(error, DatabaseProblem):
            return problem_text(error)
        if not isinstance(error, ExportFailed):
            kind = error.kind if isinstance(error, ExportError) else type(error).__name__
            return self.tr(
                "The export stopped because of a fault in the app (%1). Your files were left as "
                "they were; the details are in the log."
            ).replace("%1", kind)
        return write_problem(error)

    # --- done -------------------------------------------------------------------------------

    def _show_done(self, result: Exported) -> None:
        ui = self.ui
        _rename(ui.done_heading, "sectionHeading")
        ui.done_heading.setText(self.tr("The agreement was exported."))
        lines = []
        if result.pdf is not None:
            lines.append(
                self.tr("%1 (%n page(s))", "", result.pages).replace("%1", result.pdf.name)
            )
        if result.xlsx is not None:
            lines.append(result.xlsx.name)
        lines.append(self.tr("in %1").replace("%1", str(self.folder())))
        ui.done_label.setText("\n".join(lines))
        both = result.pdf is not None and result.xlsx is not None
        ui.open_pdf_button.setVisible(result.pdf is not None)
        ui.open_xlsx_button.setVisible(result.xlsx is not None)
        ui.open_pdf_button.setText(self.tr("Open the &PDF") if both else self.tr("&Open the file"))
        ui.open_xlsx_button.setText(
            self.tr("Open the &workbook") if both else self.tr("&Open the file")
        )
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.pages.setCurrentWidget(ui.done_page)
        (ui.open_pdf_button if result.pdf is not None else ui.open_xlsx_button).setFocus()

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_show_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))

    # --- closing ----------------------------------------------------------------------------

    def _on_button_box_rejected(self) -> None:
        """Cancel stops a running export and stays, to say so; otherwise it closes."""
        if self.is_running():
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing the window stops a running export, then closes."""
        if self.is_running():
            self._closing = True
            self.cancel_export()
            return
        super().reject()


def _rename(widget, name: str) -> None:
    """A new object name, and the style sheet applied again for it (colour of an error)."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
