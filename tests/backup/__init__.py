"""Backup and restore (scripts/backup.py, scripts/restore.py) on a tiny database of their own.

Each test gets its own SQLite file or PostgreSQL database and its own media folder, never
the test database. scripts/check_backup.py runs the same round trip on the whole demo.
"""
