"""Development tooling for the app icon (never shipped)."""
