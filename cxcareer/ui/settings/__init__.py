"""Preferences (language, theme) and the database dialog (backups, restore, checks)."""
