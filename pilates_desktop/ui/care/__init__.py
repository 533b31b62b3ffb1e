"""The physiotherapist's loop on screen: pain prompts, the morning check-in, the red-flag
screen, suggestions and the prescribed programme. Every rule they show is in core/care."""
