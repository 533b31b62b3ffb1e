"""Pure-Python domain code. Nothing here may import Qt or pyqtgraph (a test enforces it)."""
