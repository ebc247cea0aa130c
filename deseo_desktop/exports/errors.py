"""What an export can end with, besides a file."""


class ExportCancelled(Exception):
    """The person pressed Cancel; no file was written."""


class ExportFailed(Exception):
    """The file could not be written; the message says why in plain words, the old file is intact.

    `reason` is a code the window turns into a translated sentence (exports/files.py lists
    them; "other" when there is only the message), `path` the file concerned.
    """

    def __init__(self, message: str, reason: str = "other", path: str = ""):
        super().__init__(message)
        self.reason = reason
        self.path = path
