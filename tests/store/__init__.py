"""Tests of the profile store."""
