"""The factcheck command as a sub-editor and a publishing pipeline use it."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from stores import Store

from factcheck import Record
from factcheck.archive import open_record
from factcheck.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "norfolk"
RECORD = EXAMPLE / "record.json"
CLAIMS = EXAMPLE / "drafts" / "2017-11-20-tough-priorities.claims.json"
DRAFT = EXAMPLE / "drafts" / "2017-11-20-tough-priorities.md"


def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


@pytest.fixture
def record_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "record.json"
    shutil.copy(RECORD, copy)
    return copy


@pytest.fixture(autouse=True)
def no_model_configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FACTCHECK_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache.sqlite3"))


def test_checking_structured_claims_reports_the_contradictions_and_exits_1() -> None:
    result = run("check", "--claims", CLAIMS, "--record", RECORD)
    assert result.exit_code == 1
    assert "8 contradicted" in result.output
    assert "CONTRADICTED holder_ordinal" in result.output
    assert "expected: sixth" in result.output


def test_claims_the_record_supports_exit_0(tmp_path: Path) -> None:
    claims = json.loads(CLAIMS.read_text())
    supported = [c for c in claims if c["kind"] == "attribute"]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(supported))
    result = run("check", "--claims", path, "--record", RECORD)
    assert result.exit_code == 0, result.output
    assert "2 supported" in result.output


def test_the_json_report_is_a_stable_document() -> None:
    result = run("check", "--claims", CLAIMS, "--record", RECORD, "--format", "json")
    document = json.loads(result.output)
    assert document["format"] == "factcheck.report"
    assert document["version"] == 1
    assert document["totals"] == {
        "contradicted": 8,
        "disputed": 0,
        "unverifiable": 0,
        "supported": 4,
    }
    ordinal = next(v for v in document["verdicts"] if v["claim"]["kind"] == "holder_ordinal")
    assert ordinal["expected"] == "sixth"
    assert ordinal["evidence"][0]["sources"][0]["source"].endswith(".md")


def test_the_markdown_report_has_a_count_table_and_a_section_per_claim() -> None:
    result = run("check", "--claims", CLAIMS, "--record", RECORD, "--format", "markdown")
    assert "| contradicted | disputed | unverifiable | supported |" in result.output
    assert result.output.count("## CONTRADICTED") == 8


def test_the_html_report_is_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("check", "--claims", CLAIMS, "--record", RECORD, "--format", "html", "-o", out)
    assert result.exit_code == 1
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "Sara Tough" in page
    assert "src=" not in page and 'href="http' not in page, "no external assets"


@pytest.mark.parametrize("what", ["claims", "record", "report"])
def test_schema_prints_a_json_schema(what: str) -> None:
    result = run("schema", what)
    assert result.exit_code == 0
    assert "$defs" in json.loads(result.output) or "properties" in json.loads(result.output)


def test_record_show_lists_who_held_the_post_in_order() -> None:
    result = run("record", "show", "--record", RECORD)
    assert result.exit_code == 0
    names = ["Lisa Christensen", "Sheila Lock", "Michael Rosen", "Andrew Bunyan", "Matt Dunkley"]
    timeline = result.output[result.output.index("Norfolk director of children's services\n") :]
    positions = [timeline.index(name) for name in names]
    assert positions == sorted(positions)


def test_an_editor_can_add_an_alias_merge_entities_and_retract_an_event(
    record_copy: Path,
) -> None:
    assert run("record", "alias", "--record", record_copy, "matt-dunkley", "Mr D").exit_code == 0
    assert "Mr D" in Record.load(record_copy).entity("matt-dunkley").aliases

    assert run("record", "merge", "--record", record_copy, "ofsted", "dave-hill").exit_code == 2
    record = Record.load(record_copy)
    event = next(e for e in record.events if e.kind == "figure")
    result = run("record", "retract", "--record", record_copy, event.id, "--reason", "misread")
    assert result.exit_code == 0
    assert Record.load(record_copy).event(event.id).retracted == "misread"


def test_merging_two_entities_that_are_one_keeps_every_source(record_copy: Path) -> None:
    record = Record.load(record_copy)
    from factcheck import Entity

    record.add_entity(Entity(id="mr-rosen", type="person", name="Mr Rosen"))
    record.save(record_copy)
    assert (
        run("record", "merge", "--record", record_copy, "michael-rosen", "mr-rosen").exit_code == 0
    )
    merged = Record.load(record_copy)
    assert "mr-rosen" not in merged.entities
    assert "Mr Rosen" in merged.entity("michael-rosen").aliases


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: _write(d / "empty.md", b""), "is empty"),
        (lambda d: _write(d / "binary.md", b"\x89PNG\r\n\x1a\n\x00\x00"), "binary"),
        (
            lambda d: _write(d / "latin.md", "published: 2017-01-01\n caf\xe9".encode("latin-1")),
            "not UTF-8",
        ),
        (lambda d: _write(d / "undated.md", b"A draft with no date."), "has no date"),
        (
            lambda d: _write(d / "bad-date.md", b"---\npublished: 2017-02-31\n---\nText."),
            "not usable",
        ),
    ],
)
def test_bad_input_is_one_line_with_a_hint_and_exit_2(
    tmp_path: Path, setup: object, message: str
) -> None:
    draft = setup(tmp_path)  # type: ignore[operator]
    result = run("check", draft, "--record", RECORD)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema": "factcheck.record", "version": 99}', "upgrade factcheck"),
        ('{"schema": "factcheck.record", "version": 1, "entities": [', "not valid JSON"),
    ],
)
def test_an_unreadable_or_newer_record_is_a_clear_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "record.json"
    path.write_text(content)
    result = run("check", "--claims", CLAIMS, "--record", path)
    assert result.exit_code == 2
    assert message in result.output


def test_a_draft_needing_the_model_without_a_key_says_how_to_set_one() -> None:
    result = run("check", DRAFT, "--record", RECORD)
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output
    assert "--base-url" in result.output


def test_a_draft_can_come_from_standard_input() -> None:
    result = run("check", "-", "--record", RECORD, stdin="")
    assert result.exit_code == 2
    assert "stdin is empty" in result.output


def test_usage_errors_exit_2() -> None:
    assert run("check", "--record", RECORD).exit_code == 2


@pytest.mark.parametrize("command", [[], ["check"], ["ingest"], ["audit"], ["record", "show"]])
def test_every_command_has_help_with_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "factcheck" in result.output


def test_the_example_drafts_plant_an_error_of_every_claim_kind_and_each_is_found() -> None:
    found: set[str] = set()
    for claims in sorted((EXAMPLE / "drafts").glob("*.claims.json")):
        result = run("check", "--claims", claims, "--record", RECORD, "--format", "json")
        document = json.loads(result.output)
        found |= {
            v["claim"]["kind"] for v in document["verdicts"] if v["verdict"] == "contradicted"
        }
    assert found == {
        "holder_ordinal",
        "holder_count",
        "tenure",
        "succession",
        "rating",
        "rating_count",
        "figure",
        "change",
        "duration",
        "attribute",
    }


CASSETTES = EXAMPLE.parent.parent / "cassettes" / "pipeline"


def test_ingesting_the_example_articles_offline_builds_a_record(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    articles = sorted((EXAMPLE / "articles").glob("*.md"))
    result = run(
        "ingest", *articles, "--record", record, "--replay", CASSETTES / "norfolk_end_to_end.yaml"
    )
    assert result.exit_code == 0, result.output
    assert "2016-11-10-rosen-resigns.md: " in result.output
    holders = {e.person for e in Record.load(record).events if e.kind == "tenure"}  # type: ignore[attr-defined]
    assert {"sara-tough", "andrew-bunyan", "lisa-christensen"} <= holders


def test_auditing_the_example_archive_offline_finds_no_contradiction() -> None:
    articles = sorted((EXAMPLE / "articles").glob("*.md"))
    result = run(
        "audit", *articles, "--replay", CASSETTES / "norfolk_end_to_end.yaml", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert result.output.count('"format": "factcheck.report"') == len(articles)


# -- failures are one line and exit 2, never a traceback that reads as a verdict -----------------


def _one_line_failure(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_a_date_that_is_not_one_fails_in_one_line() -> None:
    _one_line_failure(run("record", "show", "--record", RECORD, "--as-of", "garbage"))


def test_a_report_into_a_missing_folder_fails_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.txt"
    _one_line_failure(run("check", "--claims", CLAIMS, "--record", RECORD, "-o", target))


def test_a_malformed_cassette_fails_in_one_line(tmp_path: Path) -> None:
    cassette = tmp_path / "broken.yaml"
    cassette.write_text("interactions: [\n", encoding="utf-8")
    _one_line_failure(run("check", DRAFT, "--record", RECORD, "--replay", cassette))


def test_names_with_markup_brackets_are_printed_as_written(record_copy: Path) -> None:
    result = run("record", "alias", "--record", record_copy, "matt-dunkley", "[bold]Matt[/]")
    assert result.exit_code == 0, result.output
    assert "[bold]Matt[/]" in result.output


def test_quiet_keeps_retry_warnings_off_screen(caplog: pytest.LogCaptureFixture) -> None:
    cassette = (
        Path(__file__).resolve().parent.parent / "cassettes" / "pipeline" / "check_draft.yaml"
    )
    try:
        result = run("check", DRAFT, "--record", RECORD, "--replay", cassette, "-q")
        assert result.exit_code == 1, result.output
        logging.getLogger("factcheck.llm").warning("attempt 1 failed, retrying in 2 s")
        assert "retrying" not in caplog.text
    finally:
        logging.getLogger("factcheck").setLevel(logging.NOTSET)


# -- archives -------------------------------------------------------------------------------------


def test_ingesting_into_any_store_builds_the_same_record(tmp_path: Path, store: Store) -> None:
    articles = sorted((EXAMPLE / "articles").glob("*.md"))
    cassette = CASSETTES / "norfolk_end_to_end.yaml"
    as_json, elsewhere = tmp_path / "record.json", store.location()
    assert run("ingest", *articles, "--record", as_json, "--replay", cassette).exit_code == 0
    result = run("ingest", *articles, "--record", elsewhere, "--replay", cassette)
    assert result.exit_code == 0, result.output
    exported = run("record", "export", "--record", elsewhere)
    assert exported.exit_code == 0, exported.output
    assert exported.output == as_json.read_text(encoding="utf-8")


def test_checking_against_an_archive_reports_what_the_json_record_does(store: Store) -> None:
    location = store.location()
    imported = run("record", "import", RECORD, "--record", location)
    assert imported.exit_code == 0, imported.output
    assert "31 entities and 45 events imported" in imported.output
    from_json = run("check", "--claims", CLAIMS, "--record", RECORD, "--format", "json")
    from_archive = run("check", "--claims", CLAIMS, "--record", location, "--format", "json")
    assert from_archive.exit_code == from_json.exit_code == 1
    assert from_archive.output == from_json.output


def test_an_editor_corrects_an_archive_as_a_record_file(store: Store) -> None:
    location = store.location()
    assert run("record", "import", RECORD, "--record", location).exit_code == 0
    assert run("record", "alias", "--record", location, "matt-dunkley", "Mr D").exit_code == 0
    with open_record(location) as record:
        event = next(e for e in record.events if e.kind == "figure")
        assert "Mr D" in record.entity("matt-dunkley").aliases
    result = run("record", "retract", "--record", location, event.id, "--reason", "misread")
    assert result.exit_code == 0, result.output
    with open_record(location) as record:
        assert record.event(event.id).retracted == "misread"
    assert "Matt Dunkley" in run("record", "show", "--record", location).output


def test_an_unreachable_archive_server_fails_in_one_line() -> None:
    result = run(
        "check",
        "--claims",
        CLAIMS,
        "--record",
        "postgresql://ed:pw@127.0.0.1:1/x?connect_timeout=2",
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "cannot connect to the archive" in result.output
    assert "pw" not in result.output


def test_an_audit_as_json_is_one_document_and_as_jsonl_one_report_a_line() -> None:
    import jsonschema

    articles = sorted((EXAMPLE / "articles").glob("*.md"))
    cassette = CASSETTES / "norfolk_end_to_end.yaml"
    whole = run("audit", *articles, "--replay", cassette, "--format", "json", "-q")
    assert whole.exit_code == 0, whole.output
    document = json.loads(whole.stdout)
    jsonschema.validate(document, json.loads(run("schema", "audit").output))
    assert [r["source"] for r in document["reports"]] == [a.name for a in articles]
    lines = run("audit", *articles, "--replay", cassette, "--format", "jsonl", "-q")
    assert [json.loads(line)["source"] for line in lines.stdout.splitlines()] == [
        a.name for a in articles
    ]


def test_the_library_and_the_checker_load_without_the_model_stack() -> None:
    import subprocess
    import sys

    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, factcheck, factcheck.checker, factcheck.archive, factcheck.spelling;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'openai', 'vcr', 'tenacity', 'httpx'}))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
