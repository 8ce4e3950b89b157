"""The people screens: the people list (dock), self vs manager, evidence and the plan."""
