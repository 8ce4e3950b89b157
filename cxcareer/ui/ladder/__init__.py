"""The Ladder screen: the career map, an accessible list of the same roles, and role detail."""
