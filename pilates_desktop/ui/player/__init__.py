"""The player: what a person on the mat sees while a routine runs."""
