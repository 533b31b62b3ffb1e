"""docs/safety.md lists every threshold the care rules use, with the number the code uses: a
changed constant without its page fails here (issue 16: "docs/safety.md lists every threshold,
where it comes from, and what the app does at it")."""

from __future__ import annotations

from pathlib import Path

from pilates_desktop.core.care import checkin, pain, progression, records, redflags, report
from pilates_desktop.ui.care import flow

DOC = Path(__file__).resolve().parents[1] / "docs" / "safety.md"
WORDS = {2: "twice", 3: "three"}


def _doc() -> str:
    return " ".join(DOC.read_text(encoding="utf-8").split())


def test_every_threshold_is_on_the_page_with_the_codes_number() -> None:
    doc = _doc()
    share = {2 / 3: "two thirds"}[checkin.REDUCED_SHARE]
    f = checkin.FLOORS
    expected = [
        f"0–{pain.SAFE_MAX}: **safe**",
        f"{pain.SAFE_MAX + 1}–{pain.ACCEPTABLE_MAX}: **acceptable**",
        f"above {pain.ACCEPTABLE_MAX}: **too much**",
        f"a 1 waits {pain.TEN_WINDOW_S:g} s for a 0",
        f"**{progression.STREAK} sessions in a row**",
        f"rated **≤ {pain.SAFE_MAX}**",
        f"**{WORDS[progression.DOSE_CEILING_FACTOR]}** the article's dose",
        f"**{share}** of each counted dose",
        f"never below {f['reps']} reps, {f['hold_s']} s of hold, {f['hold_breaths']} breaths "
        f"or {f['pumps']} pumps",
        f"**{flow.MORNING_HOUR}:00**",
        f"**{redflags.SCREEN_EVERY_MONTHS} calendar months**",
        f"**{report.MEANINGFUL_CHANGE:g} points**",
        f"at least **{records.MIN_PRACTICE_S // 60} minute**",
        f"the last **{report.DEFAULT_WEEKS}** calendar weeks by default (`--weeks N`, "
        f"1–{report.MAX_WEEKS})",
        f"at most **{report.MAX_PAGES}** pages; a period of more than **{report.FOLD_ROWS}** "
        "weeks in blocks of weeks",
    ]
    missing = [phrase for phrase in expected if phrase not in doc]
    assert missing == []


def test_the_page_cites_the_guideline_the_red_flags_follow() -> None:
    doc = _doc()
    assert "NICE guideline NG59" in doc and "https://www.nice.org.uk/guidance/ng59" in doc
    assert "International framework for red flags" in doc  # IFOMPT, Finucane et al. 2020
    # Every question of the screen is on the page, and the two that mean the same day.
    for words in ("bladder or bowel", "saddle", "leg weakness", "fever", "weight loss",
                  "cancer", "night pain", "fall, accident or injury"):
        assert words in doc, words
    assert doc.count("**the same day**") >= 2
