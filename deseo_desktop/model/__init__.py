"""The entities of a cluster design, as SQLAlchemy typed models.

The names below load on first use (PEP 562), so `deseo_desktop.model.enums`, which rules/ and
exports/ use, can be imported without loading SQLAlchemy.
"""

import importlib

_WHERE = {
    "Actor": "actors",
    "Base": "base",
    "new_id": "base",
    "personal_columns": "base",
    "utcnow": "base",
    "Agreement": "design",
    "ArticleChoice": "design",
    "Commitment": "design",
    "Design": "design",
    "Signatory": "design",
    "Workshop": "design",
    "Indicator": "evaluation",
    "Measurement": "evaluation",
    "ValorisationAction": "evaluation",
    "Assessor": "financing",
    "BonusAward": "financing",
    "BudgetLine": "financing",
    "FinancingGrid": "financing",
    "Funder": "financing",
    "GateAnswer": "financing",
    "GridBonus": "financing",
    "GridCriterion": "financing",
    "GridGate": "financing",
    "GridSubCriterion": "financing",
    "Score": "financing",
    "GovernanceBody": "governance",
    "ManagementSystem": "governance",
    "Seat": "governance",
    "AppMeta": "meta",
    "Contribution": "pooling",
    "ImprovementAction": "pooling",
    "PooledResource": "pooling",
    "ResourceUse": "pooling",
    "SkillExchange": "pooling",
}
__all__ = sorted(_WHERE)
_ENTITY_MODULES = ("actors", "design", "evaluation", "financing", "governance", "meta", "pooling")


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Every entity module at once: relationships name each other by string.
    for module in _ENTITY_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
