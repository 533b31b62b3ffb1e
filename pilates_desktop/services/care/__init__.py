"""The physiotherapist's loop: the care service and the PDF report."""
