"""What an export can end with, besides a file."""


class ExportCancelled(Exception):
    """The person pressed Cancel; no file was written."""


class ExportFailed(Exception):
    """The file could not be written; the message says why in plain words, the old file is intact."""
