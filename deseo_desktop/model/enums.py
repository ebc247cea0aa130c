"""The closed lists of values a design uses, stored as their lower-case codes.

Kept free of SQLAlchemy so rules/ and exports/ can use them; the words people see for each
code come from the per-language terms files under resources/terms/.
"""

from enum import StrEnum


class Country(StrEnum):
    IT = "IT"
    FR = "FR"
    SE = "SE"
    ES = "ES"
    IE = "IE"
    OTHER = "XX"


class ClusterKind(StrEnum):
    NEW = "new"
    EXISTING = "existing"


class TerritoryLevel(StrEnum):
    MUNICIPALITY = "municipality"
    INTERMUNICIPAL = "intermunicipal"
    PROVINCE = "province"
    COUNTY = "county"
    REGION = "region"


class LegalVehicle(StrEnum):
    CHARTER = "charter"
    PTCE = "ptce"
    SCIC = "scic"
    SOCIAL_COOP_CONSORTIUM = "social_coop_consortium"
    NETWORK_CONTRACT = "network_contract"
    CO_DESIGN_ART55 = "co_design_art55"
    ECONOMIC_ASSOCIATION = "economic_association"
    COMPANY_LIMITED_BY_GUARANTEE = "company_limited_by_guarantee"
    APPROVED_HOUSING_BODY = "approved_housing_body"
    COOPERATIVE = "cooperative"
    ASSOCIATION = "association"
    CONVENIO = "convenio"


# Which legal vehicles each country offers (DOMAIN.md); a charter is possible anywhere.
VEHICLES_BY_COUNTRY: dict[Country, tuple[LegalVehicle, ...]] = {
    Country.FR: (LegalVehicle.PTCE, LegalVehicle.SCIC, LegalVehicle.CHARTER),
    Country.IT: (
        LegalVehicle.SOCIAL_COOP_CONSORTIUM,
        LegalVehicle.NETWORK_CONTRACT,
        LegalVehicle.CO_DESIGN_ART55,
        LegalVehicle.CHARTER,
    ),
    Country.SE: (LegalVehicle.ECONOMIC_ASSOCIATION, LegalVehicle.CHARTER),
    Country.IE: (
        LegalVehicle.COMPANY_LIMITED_BY_GUARANTEE,
        LegalVehicle.APPROVED_HOUSING_BODY,
        LegalVehicle.CHARTER,
    ),
    Country.ES: (
        LegalVehicle.COOPERATIVE,
        LegalVehicle.ASSOCIATION,
        LegalVehicle.CONVENIO,
        LegalVehicle.CHARTER,
    ),
    Country.OTHER: (LegalVehicle.CHARTER,),
}


class Currency(StrEnum):
    EUR = "EUR"
    SEK = "SEK"


class Language(StrEnum):
    EN = "en"
    IT = "it"
    FR = "fr"
    SV = "sv"
    ES = "es"


class ActorKind(StrEnum):
    SOCIAL_COOPERATIVE = "social_cooperative"
    COOPERATIVE = "cooperative"
    ASSOCIATION = "association"
    MUTUAL = "mutual"
    FOUNDATION = "foundation"
    SOCIAL_ENTERPRISE = "social_enterprise"
    LOCAL_AUTHORITY = "local_authority"
    WOMENS_CENTRE = "womens_centre"
    TRAINING_RESEARCH = "training_research"
    FUNDER = "funder"
    OTHER_ENTERPRISE = "other_enterprise"


SOCIAL_ECONOMY_KINDS = frozenset(
    {
        ActorKind.SOCIAL_COOPERATIVE,
        ActorKind.COOPERATIVE,
        ActorKind.ASSOCIATION,
        ActorKind.MUTUAL,
        ActorKind.FOUNDATION,
        ActorKind.SOCIAL_ENTERPRISE,
    }
)


class Sex(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NOT_STATED = "not_stated"


class ResourceCategory(StrEnum):
    PREMISES = "premises"
    EQUIPMENT = "equipment"
    SHARED_STAFF = "shared_staff"
    CHILDCARE = "childcare"
    ELDER_CARE = "elder_care"
    MOBILITY = "mobility"
    BACK_OFFICE = "back_office"
    ICT = "ict"
    PURCHASING = "purchasing"
    TRAINING = "training"
    KNOWLEDGE = "knowledge"
    OTHER = "other"


class ContributionKind(StrEnum):
    CASH = "cash"
    IN_KIND = "in_kind"


class ExchangeKind(StrEnum):
    MENTORING = "mentoring"
    TRAINING = "training"
    JOB_SHADOWING = "job_shadowing"
    PEER_LEARNING = "peer_learning"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class BodyKind(StrEnum):
    ASSEMBLY = "assembly"
    STEERING_COMMITTEE = "steering_committee"
    WORKING_GROUP = "working_group"
    BOARD = "board"


class SeatRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"


class BudgetCategory(StrEnum):
    COORDINATION = "coordination"
    POOLED_SERVICES = "pooled_services"
    TRAINING = "training"
    EQUIPMENT = "equipment"
    COMMUNICATION = "communication"
    EVALUATION = "evaluation"
    OTHER = "other"


class FunderKind(StrEnum):
    LOCAL_AUTHORITY = "local_authority"
    REGION = "region"
    STATE = "state"
    EU = "eu"
    FOUNDATION = "foundation"
    MEMBERS = "members"
    PRIVATE = "private"


class ValorisationKind(StrEnum):
    EVENT = "event"
    GOOD_PRACTICE = "good_practice"
    AWARD = "award"
    LABEL = "label"
    PROCUREMENT = "procurement"
    MEDIA = "media"


class IndicatorDomain(StrEnum):
    WORK = "work"
    MONEY = "money"
    KNOWLEDGE = "knowledge"
    TIME = "time"
    POWER = "power"
    HEALTH = "health"
    VIOLENCE = "violence"
    CLUSTER = "cluster"


class Disaggregation(StrEnum):
    BY_SEX = "by_sex"
    SINGLE = "single"
    COMPUTED = "computed"  # one figure computed from both sexes (W1, M1)


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    RANGE = "range"


class TargetKind(StrEnum):
    RANGE = "range"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    GAP_AT_MOST = "gap_at_most"
    TREND = "trend"
    NONE = "none"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class MeasurementMethod(StrEnum):
    RECORDS = "records"
    SURVEY = "survey"
    FOCUS_GROUP = "focus_group"


class AgreementKind(StrEnum):
    CHARTER = "charter"
    CONVENTION = "convention"
    BOTH = "both"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    IN_NEGOTIATION = "in_negotiation"
    FINAL = "final"


class Renewal(StrEnum):
    TACIT = "tacit"
    EXPRESS = "express"
    NONE = "none"


class CommitmentArea(StrEnum):
    GENERAL = "general"
    POOLING = "a"
    IMPROVEMENT = "b"
    FINANCING = "c"
    VALORISATION = "d"
    EVALUATION = "e"
    EQUALITY = "equality"


class WizardStep(StrEnum):
    START = "start"
    ACTORS = "actors"
    BASELINE = "baseline"
    POOLING = "pooling"
    EXISTING_SERVICES = "existing_services"
    GOVERNANCE = "governance"
    FINANCING = "financing"
    VALORISATION = "valorisation"
    EVALUATION = "evaluation"
    AGREEMENT = "agreement"
    REVIEW = "review"


# The articles of the agreement outline (DOMAIN.md), by number; 8 is optional.
ARTICLE_CODES: tuple[str, ...] = (
    "definitions",
    "parties",
    "purpose",
    "territory",
    "principles",
    "commitments",
    "pooled_resources",
    "improvement",
    "governance",
    "financial",
    "gender_equality",
    "monitoring",
    "valorisation",
    "intellectual_property",
    "data_protection",
    "liability",
    "duration",
    "new_parties",
    "withdrawal",
    "amendments",
    "termination",
    "disputes",
    "applicable_law",
)
