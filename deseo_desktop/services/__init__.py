"""Use cases: the only API the GUI and the command line call.

Modules here import SQLAlchemy lazily where they can, so the window is on screen before the
ORM is loaded (see database.py and library_list.py).
"""
