"""A review problem, told in the person's language (rules/review.py gives only codes)."""

from PySide6.QtCore import QCoreApplication

from deseo_desktop.rules.review import Problem


def problem_text(p: Problem) -> str:
    v = {k: str(value) for k, value in p.params.items()}
    count = int(p.params.get("count", 0))  # lupdate skips the text when n is an expression
    texts = {
        "no_title": lambda: QCoreApplication.translate("ProblemText", "The design has no title."),
        "no_territory": lambda: QCoreApplication.translate(
            "ProblemText", "The territory is not named."
        ),
        "few_parties": lambda: QCoreApplication.translate(
            "ProblemText",
            "Only %n actor(s) will sign: an agreement needs at least three parties.",
            "",
            count,
        ),
        "no_local_authority": lambda: QCoreApplication.translate(
            "ProblemText", "No local authority is among the actors."
        ),
        "actor_without_baseline": lambda: QCoreApplication.translate(
            "ProblemText", "%1 has no baseline of women and men yet."
        ).replace("%1", v.get("actor", "")),
        "negative_count": lambda: QCoreApplication.translate(
            "ProblemText", "%1 has a negative count."
        ).replace("%1", v.get("actor", "")),
        "managers_exceed_workforce": lambda: QCoreApplication.translate(
            "ProblemText", "%1 has more managers than workforce of the same sex."
        ).replace("%1", v.get("actor", "")),
        "resource_without_contributor": lambda: QCoreApplication.translate(
            "ProblemText", "Nobody contributes to “%1”."
        ).replace("%1", v.get("resource", "")),
        "resource_without_user": lambda: QCoreApplication.translate(
            "ProblemText", "Nobody uses “%1”."
        ).replace("%1", v.get("resource", "")),
        "existing_without_improvement": lambda: QCoreApplication.translate(
            "ProblemText", "An existing cluster needs at least one improvement action."
        ),
        "balance_threshold_invalid": lambda: QCoreApplication.translate(
            "ProblemText", "The balance threshold must be between 0% and 50%."
        ),
        "body_without_seats": lambda: QCoreApplication.translate(
            "ProblemText", "“%1” has no seats yet."
        ).replace("%1", v.get("body", "")),
        "body_under_threshold": lambda: (
            (
                QCoreApplication.translate("ProblemText", "“%1” has too few women: under %2%.")
                if p.params.get("under") == "women"
                else QCoreApplication.translate("ProblemText", "“%1” has too few men: under %2%.")
            )
            .replace("%1", v.get("body", ""))
            .replace("%2", v.get("threshold_pct", ""))
        ),
        "no_coordination_line": lambda: QCoreApplication.translate(
            "ProblemText", "The budget has no coordination line."
        ),
        "indicator_without_baseline": lambda: QCoreApplication.translate(
            "ProblemText", "“%1” has no baseline yet."
        ).replace("%1", v.get("indicator", "")),
        "indicator_without_target": lambda: QCoreApplication.translate(
            "ProblemText", "“%1” has no target yet."
        ).replace("%1", v.get("indicator", "")),
        "target_before_baseline": lambda: QCoreApplication.translate(
            "ProblemText", "The target date of “%1” is not after its baseline date."
        ).replace("%1", v.get("indicator", "")),
        "target_range_inverted": lambda: QCoreApplication.translate(
            "ProblemText", "The target range of “%1” ends below where it starts."
        ).replace("%1", v.get("indicator", "")),
        "final_without_all_signatories": lambda: QCoreApplication.translate(
            "ProblemText", "The agreement is final but %1 has no signatory."
        ).replace("%1", v.get("actor", "")),
        "signatory_without_representative": lambda: QCoreApplication.translate(
            "ProblemText", "The signatory for %1 has no representative."
        ).replace("%1", v.get("actor", "")),
        "signatory_not_party": lambda: QCoreApplication.translate(
            "ProblemText", "%1 signs but is not marked as a party."
        ).replace("%1", v.get("actor", "")),
        "duplicate_signatory": lambda: QCoreApplication.translate(
            "ProblemText", "%1 has two signatory rows."
        ).replace("%1", v.get("actor", "")),
    }
    text = texts.get(p.code)
    return text() if text else p.code
