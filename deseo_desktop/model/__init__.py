"""The entities of a cluster design, as SQLAlchemy typed models."""

from .actors import Actor
from .base import Base, new_id, personal_columns, utcnow
from .design import Agreement, ArticleChoice, Commitment, Design, Signatory, Workshop
from .evaluation import Indicator, Measurement, ValorisationAction
from .financing import (
    Assessor,
    BonusAward,
    BudgetLine,
    FinancingGrid,
    Funder,
    GateAnswer,
    GridBonus,
    GridCriterion,
    GridGate,
    GridSubCriterion,
    Score,
)
from .governance import GovernanceBody, ManagementSystem, Seat
from .meta import AppMeta
from .pooling import Contribution, ImprovementAction, PooledResource, ResourceUse, SkillExchange

__all__ = [
    "Actor",
    "Agreement",
    "AppMeta",
    "ArticleChoice",
    "Assessor",
    "Base",
    "BonusAward",
    "BudgetLine",
    "Commitment",
    "Contribution",
    "Design",
    "FinancingGrid",
    "Funder",
    "GateAnswer",
    "GovernanceBody",
    "GridBonus",
    "GridCriterion",
    "GridGate",
    "GridSubCriterion",
    "ImprovementAction",
    "Indicator",
    "ManagementSystem",
    "Measurement",
    "PooledResource",
    "ResourceUse",
    "Score",
    "Seat",
    "Signatory",
    "SkillExchange",
    "ValorisationAction",
    "Workshop",
    "new_id",
    "personal_columns",
    "utcnow",
]
