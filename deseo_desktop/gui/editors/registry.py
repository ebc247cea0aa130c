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
