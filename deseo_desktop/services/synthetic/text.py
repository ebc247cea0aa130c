"""Word lists and the small generators behind every free-text, name and date field."""

import random
from datetime import date, timedelta

from deseo_desktop.model.enums import Sex

from .parameters import TEXT_WORDS

ANCHOR = date(2026, 1, 1)  # dates in the rows count from here, not from today

WORDS = (
    "co-operative cooperativa coopérative förening cooperativa social economy économie "
    "sociale economia sociale territory territorio città société società pooling childcare "
    "asilo nido crèche förskola elder care day centre mobility back-office payroll tender "
    "training formation formación mentoring shadowing équité égalité igualdad jämställdhet "
    "parità women men mujeres hommes donne uomini kvinnor män shift rota contract "
    "open-ended part-time full-time pay gap board assembly steering committee quorum "
    "majority municipality comune commune kommun ayuntamiento province région län "
    "diputación funder foundation fondazione fundación budget in-kind cash valued premises "
    "vehicle van route rural deprived area harassment referral centre policy procedure "
    "indicator baseline target measurement survey records café niños años señal "
    "Malmö Växjö Umeå Cádiz León Córdoba Forlì Cantù Nîmes Besançon Orléans Dún Laoghaire "
    "naïve rôle déjà vu über façade piñata smörgåsbord"
).split()
PLACES = (
    "Valdoria",
    "San Vito",
    "Borgo Nuovo",
    "Montefiore",
    "Lac-Saint-Aubin",
    "Vallée d'Orne",
    "Östra Lund",
    "Björkvik",
    "Sierra Alta",
    "Villanueva del Río",
    "Ballykeel",
    "Glenmore",
    "Costa Verde",
    "Åsbacka",
    "Pont-l'Évêque",
    "Castelnuovo",
)
THEMES = (
    "Care cluster",
    "Shared back-office",
    "Women's entrepreneurship",
    "Mobility pool",
    "Childcare network",
    "Training alliance",
    "Rural services district",
    "Green jobs cluster",
)
LANGUAGE = {"IT": "it", "FR": "fr", "SE": "sv", "ES": "es", "IE": "en", "XX": "en"}
FIRST_NAMES = {
    Sex.WOMAN: ("Giulia", "Chiara", "Élodie", "Anna", "Ingrid", "Lucía", "Aoife", "Sofia"),
    Sex.MAN: ("Marco", "Luca", "Jérôme", "Erik", "Javier", "Seán", "Paolo", "Björn"),
}
LAST_NAMES = (
    "Rossi",
    "Bianchi",
    "Dubois",
    "Lefèvre",
    "Andersson",
    "Lindqvist",
    "García",
    "Núñez",
    "O'Brien",
    "Murphy",
    "Ferrari",
    "Moreau",
    "Ekström",
    "Fernández",
)


def free_text(rng: random.Random, lo: int = TEXT_WORDS[0], hi: int = TEXT_WORDS[1]) -> str:
    """A sentence of lo-hi words from WORDS, with a comma now and then."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    for i in range(7, len(words) - 1, rng.randint(8, 14)):
        words[i] += ","
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def random_day(rng: random.Random, start: int = -400, end: int = 900) -> str:
    """An ISO date between `start` and `end` days from ANCHOR."""
    return (ANCHOR + timedelta(days=rng.randint(start, end))).isoformat()


def person(rng: random.Random) -> tuple[str, str]:
    """A full name and the matching sex code."""
    sex = rng.choice((Sex.WOMAN, Sex.MAN))
    return f"{rng.choice(FIRST_NAMES[sex])} {rng.choice(LAST_NAMES)}", sex.value


def maybe(rng: random.Random, value, chance: float = 0.85):
    """`value` with the given chance, else None."""
    return value if rng.random() < chance else None
