"""The Skills screen: levels per skill, edited in place, with each skill's history."""
