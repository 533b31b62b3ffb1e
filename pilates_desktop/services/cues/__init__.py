"""Sound and voice cues."""
