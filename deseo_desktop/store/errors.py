"""Problems with a database file, as codes with parameters: callers write the words."""


class DatabaseProblem(Exception):
    """The database cannot be used. `code` says why; `path` is the file concerned.

    Codes: is_directory, not_a_database, not_deseo, damaged, newer_schema, read_only,
    unreadable, pragma_mismatch, locked, migration_failed, backup_failed.
    """

    def __init__(self, code: str, path: str, detail: str = "", **params):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail
        self.params = params
