"""Pilates Desktop: a Pilates practice companion for people with back pain."""

__version__ = "0.1.0"
APP_NAME = "Pilates Desktop"
APP_ID = "pilates-desktop"
ORG_NAME = "PilatesDesktop"
