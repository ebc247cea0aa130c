from PySide6.QtWidgets import QApplication
from kbtrace import *  # noqa
from deseo_desktop.services import library, sections


def test_probe(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    design_id = library.create_blank(window.db, library.NewDesign("", ""))
    window.open_design(design_id)
    QApplication.processEvents()
    page = window.design_page
    page.show_step("actors")
    tab_to("Add a row to Organisations")
    press(K.Key_Space)
    type_text("Coop Aurora")
    press(K.Key_Tab)
    press(K.Key_L)
    press(K.Key_Tab)
    type_text("Spa")
    press(K.Key_Tab)
    press(K.Key_Tab, M.ShiftModifier)
    press(K.Key_Space)
    press(K.Key_Right)
    type_text("Lead")
    press(K.Key_Tab)
    type_text("Ana")
    press(K.Key_Tab)
    type_text("ana@example.org")
    press(K.Key_Tab)
    press(K.Key_Tab, M.ShiftModifier)
    press(K.Key_Space)
    press(K.Key_Right)
    press(K.Key_Space)
    press(K.Key_Home)
    press(K.Key_F2)
    press(K.Key_Escape)
    press(K.Key_Down)
    press(K.Key_Up)
    for r in sections.load_rows(window.db, "actor", {"design_id": design_id}):
        print({k: r[k] for k in ("name", "kind", "legal_form", "social_economy", "role", "contact_name", "contact_email", "is_signatory", "women_led")})
