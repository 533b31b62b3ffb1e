"""Icons, sounds and the app icon, installed with the package (see pyproject.toml)."""
