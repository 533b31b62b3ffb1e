from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pilates_desktop import __version__
from pilates_desktop.cli.main import main
from pilates_desktop.core.library import load_library


@pytest.fixture
def run(cli_run: Any) -> Any:
    """The command line in this test's data folder (see the ``data_dir`` fixture)."""
    return cli_run


def test_exercises_json_prints_the_whole_library(run: Any) -> None:
    code, out, _ = run("exercises", "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == len(load_library()) == 23
    hundred = next(e for e in data if e["id"] == "the-hundred")
    assert hundred["dosage"] == {"kind": "pumps", "pumps": 100, "pumps_per_phase": 5}
    for field in ("name", "summary", "focus", "position", "difficulty", "equipment", "sources",
                  "steps", "sides", "contraindications", "cautions", "variants"):
        assert field in hundred


def test_routines_json_lists_builtins_and_user_routines(run: Any, data_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "mine.json"
    f.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                             "name": "My morning", "items": [{"exercise": "clams"}]}))
    assert run("import", str(f))[0] == 0
    code, out, _ = run("routines", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0
    assert rows["my-morning"]["builtin"] is False
    assert rows["back-care-basics"]["builtin"] is True
    assert (data_dir / "routines" / "my-morning.json").is_file()


def test_plan_resolves_by_id_name_or_file(run: Any, tmp_path: Path) -> None:
    by_id = json.loads(run("plan", "back-care-basics", "--json")[1])
    by_name = json.loads(run("plan", "Back-Care Basics", "--json")[1])
    assert by_id == by_name
    assert by_id["routine"] == "back-care-basics"
    assert by_id["total_s"] == pytest.approx(sum(s["duration_s"] for s in by_id["segments"]))
    f = tmp_path / "hundred.json"
    f.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                             "name": "Just the Hundred", "items": [{"exercise": "the-hundred"}]}))
    plan = json.loads(run("plan", str(f), "--json")[1])
    pumps = [s for s in plan["segments"] if s["kind"] == "pumps"]
    assert pumps[0]["pumps"] == 100 and pumps[0]["breaths"] == 10


def test_export_then_import_round_trips(run: Any, tmp_path: Path) -> None:
    out_file = tmp_path / "export.json"
    assert run("export", "desk-break", "-o", str(out_file))[0] == 0
    assert run("import", str(out_file))[0] == 0
    a = json.loads(run("plan", "desk-break", "--json")[1])
    b = json.loads(run("plan", "desk-break-2", "--json")[1])
    assert a["segments"] == b["segments"]


def test_importing_a_file_twice_names_the_second_by_the_builders_rule(run: Any, tmp_path: Path) -> None:
    f = tmp_path / "morning.json"
    f.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                             "name": "Morning", "items": [{"exercise": "clams"}]}))
    assert run("import", str(f))[1].startswith("imported 'Morning' as morning ")
    code, out, _ = run("import", str(f))
    assert code == 0 and out.startswith("imported 'Morning 2' as morning-2 ")
    names = sorted(r["name"] for r in json.loads(run("routines", "--json")[1])
                   if not r["builtin"])
    assert names == ["Morning", "Morning 2"]


def test_a_bad_import_writes_nothing_and_explains(run: Any, data_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "morning.json"
    f.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1, "name": "M",
                             "items": [{"exercise": "clams"}, {"exercise": "clams", "reps": 0}]}))
    code, _, err = run("import", str(f))
    assert code == 2
    assert err.strip() == ("pilates-desktop: morning.json: $.items[1].reps: "
                           "must be between 1 and 200, got 0")
    assert not (data_dir / "routines").exists() or not any((data_dir / "routines").iterdir())


def test_unknown_routine_is_a_one_line_error(run: Any) -> None:
    code, _, err = run("plan", "upper-back-releif")
    assert code == 2
    assert "did you mean upper-back-relief" in err
    assert len(err.strip().splitlines()) == 1


def test_missing_file_is_a_one_line_error(run: Any, tmp_path: Path) -> None:
    code, _, err = run("import", str(tmp_path / "nope.json"))
    assert code == 2 and "nope.json" in err and "Traceback" not in err


def test_errors_never_show_a_traceback_and_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pilates_desktop", "--data-dir", str(tmp_path), "plan", "zzz"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("pilates-desktop: ")
    proc = subprocess.run([sys.executable, "-m", "pilates_desktop", "--bogus"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "pilates_desktop", "--version"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_data_dir_keeps_everything_in_one_place(tmp_path: Path) -> None:
    target = tmp_path / "portable"
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1, "name": "R",
                             "items": [{"exercise": "clams"}]}))
    proc = subprocess.run([sys.executable, "-m", "pilates_desktop", "--data-dir", str(target),
                           "import", str(f)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (target / "routines" / "r.json").is_file()


def test_the_gui_path_pauses_cycle_collection_only_while_it_starts(data_dir: Path) -> None:
    import gc

    err = io.StringIO()
    assert gc.isenabled()
    # An unknown routine fails inside build_app, before any window: collection is back on.
    assert main(["--data-dir", str(data_dir), "start", "no-such-routine"], err=err) == 2
    assert gc.isenabled()


def test_collection_resumes_after_the_first_paint_with_start_up_frozen() -> None:
    import gc

    from pilates_desktop import app

    gc.disable()
    try:
        app._resume_gc()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what start-up built is no longer walked
        app._resume_gc()  # a second call (the 1 s fallback) changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
