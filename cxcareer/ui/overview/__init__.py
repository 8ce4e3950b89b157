"""The Overview screen: where the person stands, how ready they are for their targets, what next."""
