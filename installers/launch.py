"""The frozen build's entry point: the same `deseo` as the installed command."""

import sys

from deseo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
