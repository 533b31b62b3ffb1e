"""The end-to-end suite's fixture: a desk per test (its own X screen, bus and profile folder),
where the installed app is started as a person starts it and ended by PID afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.steps import Desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk(tmp_path) as d:
        yield d
