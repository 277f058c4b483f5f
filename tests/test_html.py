"""The HTML report in a real browser: it renders, and every claim is highlighted by verdict.

Needs Chromium (Debian's ``chromium``; ``.ci/run`` installs it). Without it the test skips,
except under CI, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from factcheck.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "norfolk"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium as root in a container, with nothing reaching out to the network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
CONTRADICTED_RGB = (0xF8, 0xC9, 0xC4)
SUPPORTED_RGB = (0xCD, 0xEB, 0xD0)

if BROWSER is None and os.environ.get("CI"):
    pytest.fail("Chromium is not installed; .ci/run should install it", pytrace=False)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="Chromium is not installed")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(EXAMPLE / "drafts" / "2017-11-20-tough-priorities.md"),
            "--claims",
            str(EXAMPLE / "drafts" / "2017-11-20-tough-priorities.claims.json"),
            "--record",
            str(EXAMPLE / "record.json"),
            "--format",
            "html",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1, result.output
    return out


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_the_browser_finds_every_claim_highlighted_by_its_verdict(
    page: Path, tmp_path: Path
) -> None:
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    marks = re.findall(r'<mark class="claim (\w+)"', dom)
    assert marks.count("contradicted") == 8
    assert marks.count("supported") == 4
    assert "Sara Tough, who took charge at the end of October" in dom
    assert "<svg" in dom, "the timeline chart is part of the page"


def test_a_screenshot_shows_the_highlight_colours(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(
        "--window-size=1100,1400",
        f"--screenshot={shot}",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    with Image.open(shot) as image:
        colours = {colour for _, colour in image.convert("RGB").getcolors(maxcolors=1 << 20) or []}
    assert CONTRADICTED_RGB in colours
    assert SUPPORTED_RGB in colours
