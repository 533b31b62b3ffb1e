"""Qt translation catalogues: .ts sources, and the .qm files built from them at install."""
