"""Widgets shared by several features: theme, accessibility announcements."""
