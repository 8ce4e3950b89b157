"""Sharing a person between two laptops: export a bundle, preview it, import it."""
