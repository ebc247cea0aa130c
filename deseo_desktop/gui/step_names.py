"""The name of each step of a design, as the outline, the review and the workshops show it."""

from PySide6.QtCore import QCoreApplication


def step_name(step: str) -> str:
    names = {
        "overview": lambda: QCoreApplication.translate("Steps", "Overview"),
        "start": lambda: QCoreApplication.translate("Steps", "Start"),
        "actors": lambda: QCoreApplication.translate("Steps", "Actors"),
        "baseline": lambda: QCoreApplication.translate("Steps", "Gender baseline"),
        "pooling": lambda: QCoreApplication.translate("Steps", "(a) Pooling"),
        "existing_services": lambda: QCoreApplication.translate("Steps", "(b) Existing services"),
        "governance": lambda: QCoreApplication.translate("Steps", "Governance"),
        "financing": lambda: QCoreApplication.translate("Steps", "(c) Financing"),
        "valorisation": lambda: QCoreApplication.translate("Steps", "(d) Valorisation"),
        "evaluation": lambda: QCoreApplication.translate("Steps", "(e) Evaluation"),
        "agreement": lambda: QCoreApplication.translate("Steps", "Agreement"),
        "review": lambda: QCoreApplication.translate("Steps", "Review"),
        "grid": lambda: QCoreApplication.translate("Steps", "(c) Financing grid"),
        "dashboard": lambda: QCoreApplication.translate("Steps", "Dashboard"),
        "pooling_map": lambda: QCoreApplication.translate("Steps", "Pooling map"),
    }
    return names[step]() if step in names else step


def state_mark(state: str) -> str:
    """A mark beside the step's name; the state is also given in words in the tooltip."""
    return {"not_started": "○", "in_progress": "◐", "complete": "✓", "has_problems": "⚠"}.get(
        state, ""
    )


def state_text(state: str) -> str:
    texts = {
        "not_started": lambda: QCoreApplication.translate("Steps", "Not started"),
        "in_progress": lambda: QCoreApplication.translate("Steps", "In progress"),
        "complete": lambda: QCoreApplication.translate("Steps", "Complete"),
        "has_problems": lambda: QCoreApplication.translate("Steps", "Has problems"),
    }
    return texts[state]() if state in texts else ""
