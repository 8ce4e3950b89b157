"""The one-to-one screen: what changed since the last meeting, notes, actions, past meetings."""
