"""The routine builder: routines, the exercise library and the playlist editor."""
