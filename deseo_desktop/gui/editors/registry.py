"""Which editor shows each step of a design (the wizard and the workspace share them)."""

from .actors_editor import ActorsEditor
from .agreement_editor import AgreementEditor
from .baseline_editor import BaselineEditor
from .evaluation_editor import EvaluationEditor
from .existing_services_editor import ExistingServicesEditor
from .financing_editor import FinancingEditor
from .governance_editor import GovernanceEditor
from .pooling_editor import PoolingEditor
from .review_editor import ReviewEditor
from .start_editor import StartEditor
from .valorisation_editor import ValorisationEditor

EDITORS = {
    "start": StartEditor,
    "actors": ActorsEditor,
    "baseline": BaselineEditor,
    "pooling": PoolingEditor,
    "existing_services": ExistingServicesEditor,
    "governance": GovernanceEditor,
    "financing": FinancingEditor,
    "valorisation": ValorisationEditor,
    "evaluation": EvaluationEditor,
    "agreement": AgreementEditor,
    "review": ReviewEditor,
}

# Pages of the workspace only, after the review: they show the design rather than ask for it.
# Imported when first opened (QtCharts and the map's scene are not needed before).
WORKSPACE_PAGES = ("grid", "dashboard", "pooling_map")


def workspace_page(name: str):
    if name == "grid":
        from .grid_page import GridPage

        return GridPage
    if name == "dashboard":
        from ..dashboard_page import DashboardPage

        return DashboardPage
    from ..pooling_map_page import PoolingMapPage

    return PoolingMapPage
