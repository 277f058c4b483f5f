"""The example scripts run as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )


def test_the_library_example_prints_its_verdicts() -> None:
    result = run(EXAMPLES / "library_api.py")
    assert result.returncode == 0, result.stderr
    assert "supported  Mr Okri, chief librarian since March 2016" in result.stdout
    assert "unverifiable  the service's third head since 2012" in result.stdout


def test_the_norfolk_claims_example_finds_the_planted_errors() -> None:
    result = run(EXAMPLES / "norfolk" / "check_claims.py")
    assert result.returncode == 1, result.stderr
    assert "8 contradicted" in result.stdout
    assert "'fifth' would only hold if the 2013 incumbent" in " ".join(result.stdout.split())
