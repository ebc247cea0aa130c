"""DESEO Cluster Designer."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("deseo-desktop")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"

APP_NAME = "DESEO Cluster Designer"
