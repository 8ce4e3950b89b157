"""The Frameworks screen: stored versions, imports with their problems, switching, browsing."""
