"""Gender balance of a group (a workforce, a board, a governance body, speakers).

Shares are of the people whose sex is stated; "not stated" is reported beside them, never
guessed. Exact fractions: a share exactly at the threshold is balanced.
"""

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class SexCounts:
    women: int = 0
    men: int = 0
    not_stated: int = 0

    def __post_init__(self):
        if min(self.women, self.men, self.not_stated) < 0:
            raise ValueError("counts cannot be negative")

    @property
    def stated(self) -> int:
        return self.women + self.men

    @property
    def total(self) -> int:
        return self.stated + self.not_stated

    def __add__(self, other: "SexCounts") -> "SexCounts":
        return SexCounts(
            self.women + other.women, self.men + other.men, self.not_stated + other.not_stated
        )


@dataclass(frozen=True)
class Balance:
    status: str  # "balanced", "few_women", "few_men" or "no_data"
    women_share: Fraction | None
    men_share: Fraction | None
    not_stated: int


def balance(counts: SexCounts, threshold_pct: int = 40) -> Balance:
    """Whether either sex is under the threshold (a percentage of those whose sex is stated)."""
    if not 0 <= threshold_pct <= 50:
        raise ValueError("the threshold is a percentage from 0 to 50")
    if counts.stated == 0:
        return Balance("no_data", None, None, counts.not_stated)
    women = Fraction(counts.women, counts.stated)
    men = 1 - women
    floor = Fraction(threshold_pct, 100)
    status = "few_women" if women < floor else "few_men" if men < floor else "balanced"
    return Balance(status, women, men, counts.not_stated)


def total(groups: list[SexCounts]) -> SexCounts:
    out = SexCounts()
    for g in groups:
        out = out + g
    return out
