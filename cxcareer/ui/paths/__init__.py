"""The Paths screen: ranked routes to a chosen role, and what-if without saving anything."""
