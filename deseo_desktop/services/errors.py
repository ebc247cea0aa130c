"""Errors the services raise that callers handle (kept free of the ORM, so cheap to import)."""

from deseo_desktop.store.errors import DatabaseProblem


class DesignNotFound(LookupError):
    def __init__(self, ref: str, matches: list[tuple[str, str]] | None = None):
        super().__init__(ref)
        self.ref = ref
        self.matches = matches or []  # (id, title) when a title names several designs


class EditRefused(Exception):
    """The database refused an edit (a rule of the schema); nothing was saved."""


__all__ = ["DatabaseProblem", "DesignNotFound", "EditRefused"]
