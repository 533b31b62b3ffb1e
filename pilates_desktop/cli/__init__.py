"""The command line: parsing and output only; every rule it needs is in core/."""
