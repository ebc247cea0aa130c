"""The library's use cases: create, rename, duplicate, archive, trash, restore, purge.

Every function takes the open Database and does its work in one transaction.
"""

import json
import logging
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from deseo_desktop.model import Agreement, ArticleChoice, Design, utcnow
from deseo_desktop.model.enums import (
    ARTICLE_CODES,
    ClusterKind,
    Country,
    Currency,
    Language,
)
from deseo_desktop.resources import resource_path
from deseo_desktop.rules.text import TITLE_MAX, TextTooLong, clean_text
from deseo_desktop.terms import LANGUAGES

from . import template_texts
from .database import Database
from .design_data import dump_design, load_design
from .errors import DesignNotFound

log = logging.getLogger(__name__)
TEMPLATES = ("example", "back_office", "womens_entrepreneurship")
OPTIONAL_ARTICLES = {"improvement"}


@dataclass(frozen=True)
class NewDesign:
    title: str
    territory: str = ""
    country: str = Country.IT
    cluster_kind: str = ClusterKind.NEW
    currency: str = Currency.EUR
    agreement_language: str = Language.EN


def _line(text: str, field: str) -> str:
    """One line of text (a title, a territory), refused past TITLE_MAX, naming the field."""
    try:
        return clean_text(text, TITLE_MAX, single_line=True)
    except TextTooLong as e:
        raise TextTooLong(e.limit, e.length, field) from None


def _title(title: str) -> str:
    return _line(title, "title")


def _validate(new: NewDesign) -> None:
    Country(new.country)
    ClusterKind(new.cluster_kind)
    Currency(new.currency)
    Language(new.agreement_language)


def create_blank(db: Database, new: NewDesign) -> str:
    """A new design with its agreement and the outline's articles; returns its id."""
    _validate(new)
    with db.write() as s:
        design = Design(
            title=_title(new.title),
            territory_name=_line(new.territory, "territory"),
            country=new.country,
            cluster_kind=new.cluster_kind,
            currency=new.currency,
            agreement_language=new.agreement_language,
        )
        design.agreement = Agreement(
            articles=[
                ArticleChoice(
                    number=n,
                    code=code,
                    included=code not in OPTIONAL_ARTICLES
                    or new.cluster_kind == ClusterKind.EXISTING,
                )
                for n, code in enumerate(ARTICLE_CODES, start=1)
            ]
        )
        s.add(design)
        s.flush()
        log.info("design created")
        return design.id


def template_rows(key: str) -> dict:
    if key not in TEMPLATES:
        raise KeyError(key)
    data = json.loads(resource_path("templates", f"{key}.json").read_text(encoding="utf-8"))
    if data.get("format") != "deseo-template" or data.get("version") != 1:
        raise ValueError(f"{key}.json is not a version 1 DESEO template")
    return data["tables"]


def create_from_template(
    db: Database, key: str, title: str | None = None, language: str = "en"
) -> str:
    """A new design from a template, its fixed texts in `language` (the example stays as written).

    A translated template's agreement is drafted in the same language.
    """
    rows = template_texts.in_language(key, template_rows(key), language)
    values = {"template_key": key}
    if key in template_texts.TRANSLATED and language in LANGUAGES:
        values["agreement_language"] = language
    if title is not None:
        values["title"] = _title(title)
    with db.write() as s:
        design_id = load_design(s.connection(), rows, **values)
    log.info("design created from template %s", key)
    return design_id


def add_example(db: Database) -> str:
    """The example design (a care-services cluster in a province), complete in every area."""
    return create_from_template(db, "example")


def rename(db: Database, design_id: str, title: str) -> str:
    """Returns the previous title, for undo."""
    with db.write(design_id) as s:
        design = _get(s, design_id)
        old, design.title = design.title, _title(title)
    return old


def duplicate(db: Database, design_id: str, title: str) -> str:
    """A full copy with new ids throughout; returns the copy's id."""
    with db.write() as s:
        rows = dump_design(s.connection(), design_id)
        if not rows["design"]:
            raise DesignNotFound(design_id)
        return load_design(
            s.connection(),
            rows,
            title=_title(title),
            archived_at=None,
            trashed_at=None,
            edit_count=0,
        )


def set_archived(db: Database, design_id: str, archived: bool) -> None:
    with db.write(design_id) as s:
        _get(s, design_id).archived_at = utcnow() if archived else None


def move_to_trash(db: Database, design_id: str) -> None:
    """Into the trash (after a backup); it stays there until restored or the trash is emptied."""
    db.backup("trash")
    with db.write() as s:
        _get(s, design_id).trashed_at = utcnow()
    log.info("design moved to trash")


def restore_from_trash(db: Database, design_id: str) -> None:
    with db.write() as s:
        _get(s, design_id).trashed_at = None


def delete_forever(db: Database, design_ids: list[str]) -> int:
    """Remove trashed designs for good (after a backup); returns how many went."""
    if not design_ids:
        return 0
    db.backup("empty-trash")
    with db.write() as s:
        result = s.execute(
            delete(Design).where(Design.id.in_(design_ids), Design.trashed_at.is_not(None))
        )
    log.info("%d designs deleted for good", result.rowcount)
    return result.rowcount


def empty_trash(db: Database) -> int:
    with db.session() as s:
        ids = list(s.scalars(select(Design.id).where(Design.trashed_at.is_not(None))))
    return delete_forever(db, ids)


def set_wizard_state(db: Database, design_id: str, step: str, done: bool) -> None:
    """Where the wizard is: moving between steps is not a change of the design."""
    with db.write() as s:
        s.execute(
            update(Design)
            .where(Design.id == design_id)
            .values(wizard_step=step, wizard_done=done, updated_at=Design.updated_at)
        )


def resolve(db: Database, ref: str) -> str:
    """A design named by id, or by a title exactly one design has."""
    with db.session() as s:
        if s.get(Design, ref) is not None:
            return ref
        found = s.execute(select(Design.id, Design.title).where(Design.title == ref)).all()
        if len(found) == 1:
            return found[0][0]
        if not found:
            found = s.execute(
                select(Design.id, Design.title).where(Design.title.icontains(ref, autoescape=True))
            ).all()
        raise DesignNotFound(ref, [(i, t) for i, t in found])


def _get(session, design_id: str) -> Design:
    design = session.get(Design, design_id)
    if design is None:
        raise DesignNotFound(design_id)
    return design
