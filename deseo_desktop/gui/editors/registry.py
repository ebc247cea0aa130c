"""Which editor shows each step of a design (the wizard and the workspace share them)."""

from .actors_editor import ActorsEditor
from .baseline_editor import BaselineEditor
from .review_editor import ReviewEditor
from .start_editor import StartEditor

EDITORS = {
    "start": StartEditor,
    "actors": ActorsEditor,
    "baseline": BaselineEditor,
    "review": ReviewEditor,
}
