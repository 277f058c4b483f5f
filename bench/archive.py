"""Archives of 1,000 to 10,000,000 events: what checking one draft costs as an archive grows.

Each archive holds thousands of generated stories (the councils, directors, inspections and
figures of ``bench/check.py``), bulk-ingested as already-extracted events through the record's
own rules (one transaction per story). Then, in a fresh ``factcheck check --claims`` process per
run, one draft of 20 claims about one story is checked against it: the whole process is timed
(interpreter start, imports, opening the archive, reading what the claims need, the report) and
its peak resident memory taken from ``wait4``. The median of five runs is reported, the archive
in the page cache as on a server in use. The draft's claims are labelled right or wrong as
generated, and the verdicts are scored as ``bench/check.py`` scores them.

Four processes then ingest 100 articles each into the 1k archive at once; every event they
added must be there (``concurrent_ingest_lost``).

    python bench/archive.py                                  # SQLite 1k, 1m, 10m; PostgreSQL 1m
    python bench/archive.py --sqlite 1k,1m --postgresql 1k
    FACTCHECK_BENCH_POSTGRES=postgresql://... python bench/archive.py --sqlite ""

PostgreSQL archives go to a schema of their own in the database at ``FACTCHECK_BENCH_POSTGRES``
(default ``postgresql://postgres@127.0.0.1:5432/test``), dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from check import (
    INSPECTOR,
    METRICS,
    build_claims,
    mismatch,
    report,
    story,
    story_entities,
    story_events,
)

from factcheck import Entity
from factcheck.archive import open_record
from factcheck.claims import claims_adapter

SIZES = {"1k": 1_000, "1m": 1_000_000, "10m": 10_000_000}
RUNS = 5
WRITERS, ARTICLES_PER_WRITER, EVENTS_PER_ARTICLE = 4, 100, 3
POSTGRES = os.environ.get("FACTCHECK_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
CHECK = (str(Path(sys.executable).with_name("factcheck")), "check", "-q", "--format", "json")


@dataclass
class Generated:
    events: int
    stories: int
    seconds: float


def generate(location: str, events: int) -> Generated:
    """Ingest stories into the empty archive at ``location`` until it holds ``events`` events."""
    started = time.perf_counter()
    record = open_record(location, create=True)
    with record.transaction():
        record.add_entity(INSPECTOR)
        for metric in METRICS:
            record.add_entity(
                Entity(id=metric.id, type="metric", name=metric.name, aliases=metric.aliases)
            )
    added, stories = 0, 0
    while added < events:
        told = story(stories)
        with record.transaction():  # one story, as one article's events would be
            for entity in story_entities(told):
                record.add_entity(entity)
            for event in story_events(told):
                if added == events:
                    break
                added += record.add_reported(event)[1]
        stories += 1
    record.close()
    return Generated(added, stories - 1, time.perf_counter() - started)


def in_fresh_process(location: str, events: int) -> Generated:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(generate, location, events).result()


def check_once(location: str, claims_path: Path) -> tuple[float, float, dict[str, object]]:
    """One ``factcheck check`` process: its wall time (ms), peak memory (MB) and report."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*CHECK, "--claims", str(claims_path), "--record", location],
            stdout=output,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - started) * 1e3
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"factcheck check failed: {errors.read().decode().strip()}")
        output.seek(0)
        return elapsed, usage.ru_maxrss / 1024, json.loads(output.read())


def measure_check(name: str, location: str, stories: int, workdir: Path) -> float:
    """Check one 20-claim draft against the archive ``RUNS`` times; returns the median ms."""
    labelled = build_claims(stories, 20, seed=11)
    claims_path = workdir / f"draft-{name}.claims.json"
    claims_path.write_bytes(claims_adapter.dump_json([item.claim for item in labelled]))
    check_once(location, claims_path)  # the first run reads the archive into the page cache
    runs = [check_once(location, claims_path) for _ in range(RUNS)]
    median_ms = statistics.median(ms for ms, _, _ in runs)
    report(f"check_draft_ms_{name}", median_ms, "ms")
    report(f"check_draft_peak_mb_{name}", max(mb for _, mb, _ in runs), "MB")
    verdicts = [v["verdict"] for v in runs[0][2]["verdicts"]]  # type: ignore[index]
    scored = Counter(mismatch(item, str(v)) for item, v in zip(labelled, verdicts, strict=True))
    for verdict, count in sorted(Counter(verdicts).items()):
        report(f"draft_{verdict}_{name}", count, "claims")
    report(f"draft_wrong_supported_{name}", scored["wrong_supported"], "claims")
    report(f"draft_right_contradicted_{name}", scored["right_contradicted"], "claims")
    return float(median_ms)


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from factcheck import Attribute, Provenance
    from factcheck.archive import editing

    writer, location = sys.argv[1], sys.argv[2]
    articles, per_article = int(sys.argv[3]), int(sys.argv[4])
    for n in range(articles):
        with editing(location) as record:
            for k in range(per_article):
                source = Provenance(source=f"{writer}-{n}.md", published=date(2025, 1, 1))
                record.add(Attribute(subject=sys.argv[5], attribute="bench note",
                                     value=f"{writer} {n} {k}", provenance=[source]))
    """
)


def concurrent_ingest_lost(name: str, location: str) -> None:
    """Four writers at once; how many of the events they added are missing afterwards."""
    started = time.perf_counter()
    writers = [
        subprocess.Popen(
            [
                *(sys.executable, "-c", WRITER, f"writer{n}", location),
                *(str(ARTICLES_PER_WRITER), str(EVENTS_PER_ARTICLE), INSPECTOR.id),
            ]
        )
        for n in range(WRITERS)
    ]
    failed = sum(writer.wait() != 0 for writer in writers)
    seconds = time.perf_counter() - started
    with open_record(location) as record:
        notes = {
            event.value  # type: ignore[attr-defined]
            for event in record.storage.events_of(INSPECTOR.id)
            if getattr(event, "attribute", None) == "bench note"
        }
    expected = WRITERS * ARTICLES_PER_WRITER * EVENTS_PER_ARTICLE
    report(f"concurrent_ingest_lost_{name}", expected - len(notes), "events")
    report(f"concurrent_ingest_failed_writers_{name}", failed, "processes")
    report(f"concurrent_ingest_events_per_s_{name}", expected / seconds, "events/s")


def _schema_url(schema: str) -> str:
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{separator}options={quote(f'-csearch_path={schema}')}"


def _drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def run(store: str, label: str, workdir: Path) -> float:
    """Generate, measure and (for the smallest) contend; returns the median check ms."""
    name = f"{store}_{label}"
    schema = f"factcheck_bench_{label}"
    location = str(workdir / f"archive-{label}.db") if store == "sqlite" else _schema_url(schema)
    try:
        made = in_fresh_process(location, SIZES[label])
        report(f"events_{name}", made.events, "events")
        report(f"stories_{name}", made.stories, "stories")
        report(f"generate_s_{name}", made.seconds, "s", 1)
        report(f"ingest_events_per_s_{name}", made.events / made.seconds, "events/s")
        if store == "sqlite":
            report(f"archive_mb_{name}", Path(location).stat().st_size / 1e6, "MB")
        median = measure_check(name, location, made.stories, workdir)
        if label == "1k":
            concurrent_ingest_lost(store, location)
        return median
    finally:
        if store == "sqlite":
            for leftover in workdir.glob(f"archive-{label}.db*"):
                leftover.unlink()
        else:
            _drop_schema(schema)


def _sizes(text: str) -> list[str]:
    labels = [part.strip().lower() for part in text.split(",") if part.strip()]
    if unknown := [label for label in labels if label not in SIZES]:
        raise argparse.ArgumentTypeError(f"unknown size {', '.join(unknown)}; use {list(SIZES)}")
    return labels


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sqlite", type=_sizes, default=["1k", "1m", "10m"])
    parser.add_argument("--postgresql", type=_sizes, default=["1m"])
    parser.add_argument("--workdir", type=Path, help="where SQLite archives are built")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
        medians = {label: run("sqlite", label, Path(folder)) for label in args.sqlite}
        if "1k" in medians and "10m" in medians:
            report("check_ratio_10m_to_1k", medians["10m"] / medians["1k"], "x", 2)
        for label in args.postgresql:
            run("postgresql", label, Path(folder))


if __name__ == "__main__":
    main()
