"""Preferences: the dialog and its pages."""
