"""DESEO Cluster Designer."""

# The one source of the version: the wheel (pyproject's dynamic version), the About box, the
# command line and the installers all read it from here.
__version__ = "0.1.0"

APP_NAME = "DESEO Cluster Designer"
APP_ID = "io.github.deseo.ClusterDesigner"  # the desktop entry, AppStream and macOS bundle id
