"""Dialogs: the Qt side of the Prompter, and the app's own modal windows."""
