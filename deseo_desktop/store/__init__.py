"""Where designs are kept: the SQLite file, its checks, migrations, backups and lock."""
