"""Find the files under resources/ from a checkout, an installed wheel or a frozen build."""

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    bundled = here / "resources"  # inside an installed wheel
    if bundled.is_dir():
        return bundled
    return here.parent / "resources"  # a checkout


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
