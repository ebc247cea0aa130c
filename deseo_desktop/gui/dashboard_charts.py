"""The dashboard's charts, each made from the plain figures of services.dashboard.

Every builder returns a `Drawn`: the chart, its number of bars (the card's height follows
it) and each bar's full text for the pointer, since the axis cuts long names to fit.
"""

from typing import NamedTuple

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QObject

from deseo_desktop.formatting import format_money, format_percent
from deseo_desktop.rules.balance import SexCounts
from deseo_desktop.services.dashboard import OTHERS, SexBar, ValueBar
from deseo_desktop.terms import term

from .charts import (
    CASH,
    IN_KIND,
    INK,
    MEN,
    WOMEN,
    Bars,
    horizontal_bars,
    marker,
    money_label,
    new_chart,
    number_label,
    percent_label,
    percent_label_format,
    ticked_axis,
    ticks_up_to,
)

NAME_CHARS = 48  # longer names are cut here; the axis may cut them shorter to fit
translate = QCoreApplication.translate


class DashboardPlurals(QObject):
    """The phrases with a count, through self.tr: the English plural forms (lupdate
    -pluralonly) are only found there, not in QCoreApplication.translate calls."""

    def other_organisations(self, n: int) -> str:
        return self.tr("%n other organisation(s)", "", n)

    def without_figures(self, n: int) -> str:
        return self.tr("Organisation (people); %n without figures", "", n)

    def more_contributors(self, n: int) -> str:
        return self.tr("Contributor; %n other(s): %1", "", n)

    def largest_contributors(self, n: int) -> str:
        return self.tr("The %n largest contributor(s), cash and in kind", "", n)


PLURALS = DashboardPlurals()


class Drawn(NamedTuple):
    chart: QChart
    rows: int
    tips: list[str]


def cut(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def group_name(group: str) -> str:
    return {
        "workforce": translate("Dashboard", "Workforce"),
        "management": translate("Dashboard", "Management"),
        "boards": translate("Dashboard", "Boards"),
        "governance_seats": translate("Dashboard", "Governance seats"),
        "workshop_attendance": translate("Dashboard", "Workshop attendance"),
        "planned_speakers": translate("Dashboard", "Planned speakers"),
    }[group]


def measure_name(measure: str) -> str:
    return {
        "workforce": translate("Dashboard", "workforce"),
        "managers": translate("Dashboard", "management"),
        "board": translate("Dashboard", "boards"),
    }[measure]


def shares(counts: SexCounts) -> tuple[int, int]:
    """Whole percentages of women and men among those whose sex is stated, adding up to 100."""
    if not counts.stated:
        return 0, 0
    women = round(100 * counts.women / counts.stated)
    return women, 100 - women


def _balance_chart(title, names, counts, threshold_pct, language, category_title) -> QChart:
    chart = new_chart(title)
    women, men = zip(*(shares(c) for c in counts), strict=True) if counts else ((), ())
    label = percent_label_format(language)
    axis = ticked_axis(
        ticks_up_to(100, percent_label(language)),
        translate("Dashboard", "Share of the people whose sex is stated"),
    )
    horizontal_bars(
        chart,
        names,
        [
            Bars(translate("Dashboard", "Women"), women, WOMEN, label_format=label),
            Bars(translate("Dashboard", "Men"), men, MEN, INK, label_format=label),
        ],
        axis,
        category_title,
    )
    rows = (0, len(names) - 1)
    name = translate("Dashboard", "Balance: each sex at least %1").replace(
        "%1", percent_label(language)(threshold_pct)
    )
    marker(chart, name, threshold_pct, rows, len(names))
    marker(chart, "", 100 - threshold_pct, rows, len(names), in_legend=False)
    return chart


def people_tip(name: str, counts: SexCounts, language: str) -> str:
    """ "Workforce: 420 women (58%), 302 men (42%), 10 not stated"."""
    n = number_label(language)
    if not counts.total:
        return translate("Dashboard", "%1: no figures yet").replace("%1", name)
    women, men = shares(counts)
    text = (
        translate("Dashboard", "%1: %2 women (%3), %4 men (%5)")
        .replace("%1", name)
        .replace("%2", n(counts.women))
        .replace("%3", format_percent(women / 100, language))
        .replace("%4", n(counts.men))
        .replace("%5", format_percent(men / 100, language))
    )
    if counts.not_stated:
        text += translate("Dashboard", ", %1 not stated").replace("%1", n(counts.not_stated))
    return text


def cluster_balance_chart(
    cluster: dict[str, SexCounts], threshold_pct: int, language: str
) -> Drawn:
    n = number_label(language)
    names = [f"{group_name(g)} ({n(c.stated)})" for g, c in cluster.items()]
    chart = _balance_chart(
        translate("Dashboard", "Women and men in the cluster"),
        names,
        list(cluster.values()),
        threshold_pct,
        language,
        translate("Dashboard", "Group (people)"),
    )
    tips = [people_tip(group_name(g), c, language) for g, c in cluster.items()]
    return Drawn(chart, len(names), tips)


def not_stated_note(cluster: dict[str, SexCounts], language: str) -> str:
    """ "Sex not stated: 10 in the workforce, 2 in management" ("" when there are none)."""
    n = number_label(language)
    parts = [
        translate("Dashboard", "%1 in %2")
        .replace("%1", n(c.not_stated))
        .replace("%2", group_name(g).lower())
        for g, c in cluster.items()
        if c.not_stated
    ]
    if not parts:
        return ""
    return translate("Dashboard", "Sex not stated: %1").replace("%1", ", ".join(parts))


def actor_balance_chart(
    bars: list[SexBar], missing: int, measure: str, threshold_pct: int, language: str
) -> Drawn:
    n = number_label(language)
    full = [PLURALS.other_organisations(b.gathered) if b.key == OTHERS else b.name for b in bars]
    names = [f"{cut(name)} ({n(bar.counts.stated)})" for name, bar in zip(full, bars, strict=True)]
    category_title = translate("Dashboard", "Organisation (people)")
    if missing:
        category_title = PLURALS.without_figures(missing)
    title = translate("Dashboard", "Women and men by organisation: %1").replace(
        "%1", measure_name(measure)
    )
    chart = _balance_chart(
        title, names, [b.counts for b in bars], threshold_pct, language, category_title
    )
    tips = [people_tip(name, bar.counts, language) for name, bar in zip(full, bars, strict=True)]
    return Drawn(chart, len(names), tips)


def _value_chart(title, names, bars, currency, language, category_title) -> Drawn:
    chart = new_chart(title)
    most = max((b.total_cents for b in bars), default=0) / 100
    axis = ticked_axis(
        ticks_up_to(most, money_label(currency, language, 3)),
        translate("Dashboard", "Value of the contributions (%1)").replace("%1", currency),
    )
    horizontal_bars(
        chart,
        names,
        [
            Bars(translate("Dashboard", "Cash"), [b.cash_cents / 100 for b in bars], CASH),
            Bars(
                translate("Dashboard", "In kind"),
                [b.in_kind_cents / 100 for b in bars],
                IN_KIND,
                striped=True,
            ),
        ],
        axis,
        category_title,
    )
    tips = []
    for name, b in zip(names, bars, strict=True):
        tips.append(
            translate("Dashboard", "%1: %2 in cash, %3 in kind")
            .replace("%1", name)
            .replace("%2", format_money(b.cash_cents, currency, language))
            .replace("%3", format_money(b.in_kind_cents, currency, language))
        )
    return Drawn(chart, len(names), tips)


def pooled_by_category_chart(bars: list[ValueBar], currency: str, language: str) -> Drawn:
    money = money_label(currency, language)
    names = [
        f"{term('resource_category', b.key, language)} ({money(b.total_cents / 100)})" for b in bars
    ]
    title = translate("Dashboard", "Pooled value by category, cash and in kind")
    category_title = translate("Dashboard", "Category (total)")
    return _value_chart(title, names, bars, currency, language, category_title)


def pooled_by_contributor_chart(
    bars: list[ValueBar], rest: ValueBar, currency: str, language: str
) -> Drawn:
    """The largest contributors; the others are named in the axis title, not drawn."""
    names = [cut(b.name) for b in bars]
    category_title = translate("Dashboard", "Contributor")
    if rest.gathered:
        category_title = PLURALS.more_contributors(rest.gathered).replace(
            "%1", money_label(currency, language)(rest.total_cents / 100)
        )
    title = PLURALS.largest_contributors(len(bars))
    return _value_chart(title, names, bars, currency, language, category_title)
