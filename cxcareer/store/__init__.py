"""The profile store: people, assessments, plans and one-to-ones (SQLAlchemy; no Qt)."""
