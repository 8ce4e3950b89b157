"""The first-run wizard: language, profile, current role, targets and a first self-rating."""
