"""`python -m deseo_desktop.services.synthetic` prints what the generator makes."""

from . import describe

print(describe())
