"""Routines, without Qt: the model (``routine``), the file format (``fileformat``), the naming
rule (``naming``), the limits (``validation``), the folder of routine files (``repository``)
and the playlist edits as pure functions (``edits``).

The model's names are re-exported here; the other modules are imported where they are used,
so that importing a Routine does not load the file format or the repository.
"""

from pilates_desktop.core.routines.routine import Dose, Item, ItemSides, Routine, effective_dose

__all__ = ["Dose", "Item", "ItemSides", "Routine", "effective_dose"]
