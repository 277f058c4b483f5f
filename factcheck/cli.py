"""The ``factcheck`` command: ingest articles, check drafts, audit a corpus, look after a record.

Exit codes: 0 nothing contradicted, 1 contradictions or disputes found, 2 bad usage or input.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
import yaml  # type: ignore[import-untyped]
from pydantic import TypeAdapter, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from factcheck.archive import (
    describe_location,
    editing,
    export_record,
    import_record,
    kind_of,
    open_record,
    save_record,
)
from factcheck.checker import Checker
from factcheck.claims import Claim, claims_adapter
from factcheck.documents import (
    Document,
    check_writable,
    decode_text,
    parse_document,
    read_document,
)
from factcheck.errors import FactcheckError, InputError, first_problem
from factcheck.grounding import locate
from factcheck.record import Record, RecordFile
from factcheck.render import FORMATS, print_record, render_audit, render_report
from factcheck.report import AuditDocument, ReportDocument
from factcheck.timespan import parse_date

if TYPE_CHECKING:  # the model layer is imported only by commands that call a model
    from factcheck.extraction import Extractor

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

stderr = Console(stderr=True, emoji=False)


class _Command(click.Command):
    """A command whose library errors end in one line with a hint, never a traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as error:
            raise _one_line(error, ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            raise _one_line(error, ctx) from None
        except FactcheckError as error:
            _fail(ctx, str(error))
        except OSError as error:  # a missing, unreadable or read-only file or folder
            where = f"{error.filename}: " if error.filename else ""
            _fail(ctx, f"{where}{error.strerror or error}; check the path and its permissions")
        except (sqlite3.DatabaseError, yaml.YAMLError) as error:
            _fail(ctx, f"a damaged file: {str(error).splitlines()[0]}; remove or restore it")


def _fail(ctx: click.Context, message: str) -> None:
    """End a command with one line on standard error and the exit code for bad input."""
    one_line = " ".join(message.split())
    stderr.print(f"[bold red]error:[/] {escape(one_line)}", highlight=False, soft_wrap=True)
    ctx.exit(EXIT_USAGE)


class _OneLineUsageError(click.ClickException):
    """A usage error shown as one line, with the exit code for bad input."""

    exit_code = EXIT_USAGE


def _one_line(error: click.UsageError, ctx: click.Context) -> _OneLineUsageError:
    return _OneLineUsageError(f"{error.format_message()} (see `{ctx.command_path} --help`)")


class _Group(click.Group):
    command_class = _Command
    group_class = type


@click.group(cls=_Group)
@click.version_option(package_name="factcheck")
def main() -> None:
    """Check a news draft against everything already reported on a story.

    \b
    factcheck ingest articles/*.md --record record.json
    factcheck check draft.md --record record.json
    factcheck check --claims claims.json --record record.json
    factcheck audit articles/*.md
    factcheck record show --record record.json
    """


# -- shared options -------------------------------------------------------------------------------


def model_options(command: F) -> F:
    """Options choosing the model endpoint, the cache and offline replay."""
    options = [
        click.option("--model", envvar="FACTCHECK_MODEL", help="Model name [env FACTCHECK_MODEL]."),
        click.option(
            "--base-url",
            envvar="OPENAI_BASE_URL",
            help="An OpenAI-compatible endpoint, e.g. a local server [env OPENAI_BASE_URL].",
        ),
        click.option(
            "--api-key",
            envvar="OPENAI_API_KEY",
            help="API key [env OPENAI_API_KEY].",
            show_envvar=False,
        ),
        click.option(
            "--cache",
            "cache_path",
            type=click.Path(path_type=Path),
            help="SQLite cache of model replies [default: ~/.cache/factcheck/cache.sqlite3, "
            "env FACTCHECK_CACHE].",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        click.option(
            "--output-mode",
            type=click.Choice(["auto", "json_schema", "json_object", "text"]),
            default="auto",
            envvar="FACTCHECK_OUTPUT_MODE",
            show_default=True,
            help="How replies are asked for: a JSON schema the server enforces, or, for servers "
            "without one, any JSON object or plain text with the schema in the prompt; auto "
            "falls back on the server's first rejection [env FACTCHECK_OUTPUT_MODE].",
        ),
        click.option(
            "--replay",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Replay the model's replies from a recorded cassette instead of calling it "
            "(offline).",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress display."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@contextmanager
def _extractor(options: dict[str, Any]) -> Iterator[Extractor]:
    """An extractor from the model options, inside a cassette replay when asked."""
    from factcheck.cache import ResponseCache, default_cache_path
    from factcheck.extraction import Extractor
    from factcheck.llm import LLMSettings, StructuredLLM
    from factcheck.testing import make_vcr

    # Retries are announced as warnings; --quiet keeps them, like the progress bar, off screen.
    logging.getLogger("factcheck").setLevel(logging.ERROR if options["quiet"] else logging.NOTSET)
    replay: Path | None = options["replay"]
    model = options["model"] or (_recorded_model(replay) if replay else None)
    base_url, api_key = options["base_url"], options["api_key"]
    if replay is not None:
        base_url = base_url or _recorded_base_url(replay)
        api_key = api_key or "replay"
    settings = LLMSettings.from_env(
        model=model, base_url=base_url, api_key=api_key, output_mode=options["output_mode"]
    )
    with ExitStack() as stack:
        cache = None
        if not options["no_cache"] and replay is None:
            cache = stack.enter_context(
                ResponseCache(options["cache_path"] or default_cache_path())
            )
        if replay is not None:
            _recorded_requests(replay)  # a damaged cassette is refused before vcr reads it
            cassette = make_vcr(replay.parent, record=False).use_cassette(replay.name)
            stack.enter_context(cassette)
        yield Extractor(StructuredLLM(settings, cache=cache))


def _recorded_requests(cassette: Path) -> list[dict[str, Any]]:
    """The requests a cassette recorded; one that is not a readable cassette is bad input."""
    try:
        loaded = yaml.safe_load(cassette.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(f"cannot read cassette {cassette}: {error}") from None
    interactions = loaded.get("interactions") if isinstance(loaded, dict) else None
    requests = [i.get("request") for i in interactions or [] if isinstance(i, dict)]
    recorded = [r for r in requests if isinstance(r, dict) and r.keys() >= _REQUEST_FIELDS]
    if not isinstance(interactions, list) or len(recorded) != len(interactions):
        raise InputError(
            f"{cassette} is not a recorded cassette (no list of recorded requests); give one "
            "written with FACTCHECK_RECORD=1"
        )
    return recorded


_REQUEST_FIELDS = frozenset({"method", "uri", "body", "headers"})


def _recorded_model(cassette: Path) -> str | None:
    for request in _recorded_requests(cassette):
        try:
            return str(json.loads(request["body"])["model"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def _recorded_base_url(cassette: Path) -> str | None:
    for request in _recorded_requests(cassette):
        uri = str(request.get("uri", ""))
        if "/chat/completions" in uri:
            return uri.split("/chat/completions")[0]
    return None


def _progress(quiet: bool, total: int, what: str) -> Progress:
    progress = Progress(
        TextColumn(f"[bold]{what}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        transient=True,
        disable=quiet or not stderr.is_terminal,
    )
    progress.add_task("", total=total)
    return progress


def _documents(paths: tuple[str, ...], published: str | None) -> list[Document]:
    if not paths:
        raise click.UsageError("give at least one article file")
    return [read_document(path, published=published) for path in paths]


def _read_draft(path: str, published: str | None) -> Document:
    if path == "-":
        data = sys.stdin.buffer.read()
        return parse_document(
            decode_text(data, source="stdin"), source="stdin", published=published
        )
    return read_document(path, published=published)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        output.write_text(text, encoding="utf-8")


record_option = click.option(
    "--record",
    "location",
    required=True,
    help="The record: a JSON file (one story), a SQLite archive (.db), or a "
    "postgresql://host/database URL (a shared archive).",
)
format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
date_option = click.option(
    "--date",
    "published",
    help="Publication date (YYYY-MM-DD), when the text has no 'published:' front matter.",
)


# -- commands -------------------------------------------------------------------------------------


@main.command()
@click.argument("articles", nargs=-1, type=click.Path(dir_okay=False))
@record_option
@date_option
@model_options
def ingest(articles: tuple[str, ...], location: str, published: str | None, **options: Any) -> None:
    """Read articles with the model and add what they report to a record.

    \b
    factcheck ingest examples/norfolk/articles/*.md --record record.json
    factcheck ingest story.txt --date 2017-08-31 --record record.json
    """
    from factcheck.ingest import ingest_file

    documents = _documents(articles, published)
    _check_writable(location)  # before any model call is paid for
    with (
        _extractor(options) as extractor,
        _progress(options["quiet"], len(documents), "ingesting") as progress,
    ):
        results = ingest_file(
            location,
            documents,
            extractor,
            on_document=lambda _: progress.advance(progress.task_ids[0]),
        )
    for result in results:
        problems = (f", {len(result.skipped)} skipped" if result.skipped else "") + (
            f", {result.ungrounded} ungrounded" if result.ungrounded else ""
        )
        stderr.print(
            f"{result.source}: {len(result.added)} events added, "
            f"{len(result.merged)} merged{problems}",
            highlight=False,
            markup=False,
        )
        for failure in result.failures:
            stderr.print(f"  [red]unread part[/] ({failure.start}-{failure.end}): {failure.error}")
    stderr.print(f"{extractor.llm.usage}", style="dim", highlight=False)


@main.command()
@click.argument("draft", required=False)
@record_option
@click.option(
    "--claims",
    "claims_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Check structured claims from this JSON file instead of reading a draft (no model).",
)
@date_option
@format_option
@output_option
@model_options
def check(
    draft: str | None,
    location: str,
    claims_path: Path | None,
    published: str | None,
    output_format: str,
    output: Path | None,
    **options: Any,
) -> None:
    """Check a draft (a file, or - for standard input) against a record.

    With --claims, the claims are checked as given, with no model; a draft given too is the
    text they came from, for placing their quotes (highlighted in the HTML report).

    Exits 1 when a claim is contradicted or disputed, so it can gate publishing.

    \b
    factcheck check draft.md --record record.json
    cat draft.txt | factcheck check - --date 2017-11-20 --record record.json
    factcheck check --claims claims.json --record record.json --format json
    factcheck check draft.md --claims claims.json --record record.json --format html -o r.html
    factcheck check draft.md --record record.json --format html -o report.html
    """
    if published is not None:
        parse_date(published)  # a bad date is bad input even where no draft needs it
    if output is not None:
        check_writable(output, "the report")
    record = _open(location)
    document: Document | None = None
    if claims_path is not None:
        claims = _load_claims(claims_path)
        if draft is not None:  # the draft the claims came from: place each quote in it
            document = _read_draft(draft, published)
            claims = [_placed(claim, document) for claim in claims]
        report = Checker(record).check_all(claims)
        title = claims_path.name
    else:
        if draft is None:
            raise click.UsageError("give a draft file, - for standard input, or --claims FILE")
        from factcheck.extraction import split_chunks
        from factcheck.ingest import check_document

        document = _read_draft(draft, published)
        with _extractor(options) as extractor:
            chunks = len(split_chunks(document.text, extractor.chunk_chars))
            with _progress(options["quiet"], chunks, "reading") as progress:
                report = check_document(
                    record,
                    document,
                    extractor,
                    on_chunk=lambda: progress.advance(progress.task_ids[0]),
                )
        report.usage = extractor.llm.usage
        title = document.source
    _write(
        render_report(report, output_format, title=title, document=document, record=record), output
    )
    sys.exit(EXIT_PROBLEMS if report.has_problems else EXIT_OK)


def _placed(claim: Claim, document: Document) -> Claim:
    if claim.span is not None:
        return claim
    return claim.model_copy(update={"span": locate(claim.quote, document.text)})


def _load_claims(path: Path) -> list[Claim]:
    try:
        return claims_adapter.validate_json(decode_text(path.read_bytes(), source=str(path)))
    except ValidationError as error:
        raise InputError(
            f"{path} does not hold valid claims: {first_problem(error)}; "
            "`factcheck schema claims` prints the schema"
        ) from None


@main.command("audit")
@click.argument("articles", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--save-record",
    "save_to",
    help="Save the record built from the corpus: a new JSON file, SQLite archive or "
    "postgresql:// URL.",
)
@date_option
@format_option
@model_options
def audit_command(
    articles: tuple[str, ...],
    save_to: str | None,
    published: str | None,
    output_format: str,
    **options: Any,
) -> None:
    """Replay articles in date order, checking each against the record of the earlier ones.

    Finds where the coverage itself disagrees; a consistent archive reports no contradiction.

    \b
    factcheck audit examples/norfolk/articles/*.md
    factcheck audit archive/*.md --save-record record.json --format json
    """
    from factcheck.ingest import audit

    documents = _documents(articles, published)
    if save_to is not None:
        _check_writable(save_to)  # before any model call is paid for
    with (
        _extractor(options) as extractor,
        _progress(options["quiet"], len(documents), "auditing") as progress,
    ):
        record, entries = audit(
            documents, extractor, on_document=lambda _: progress.advance(progress.task_ids[0])
        )
    if save_to is not None:
        save_record(record, save_to)
    reports = [(entry.report, entry.document) for entry in entries]
    _write(render_audit(reports, output_format, record=record), None)
    stderr.print(f"{extractor.llm.usage}", style="dim", highlight=False)
    sys.exit(EXIT_PROBLEMS if any(e.report.has_problems for e in entries) else EXIT_OK)


@main.command()
@click.argument("what", type=click.Choice(["claims", "record", "report", "audit"]))
def schema(what: str) -> None:
    """Print the JSON Schema of claims (for --claims), of a record file, of a JSON report, or
    of an audit's JSON document.

    \b
    factcheck schema claims > claims.schema.json
    """
    model: Any = {
        "claims": TypeAdapter(list[Claim]),
        "record": TypeAdapter(RecordFile),
        "report": TypeAdapter(ReportDocument),
        "audit": TypeAdapter(AuditDocument),
    }[what]
    click.echo(json.dumps(model.json_schema(by_alias=True), indent=2))


# -- the record -----------------------------------------------------------------------------------


@main.group("record", cls=_Group)
def record_group() -> None:
    """Show a record, and correct it as an editor."""


@record_group.command("show")
@record_option
@click.option("--as-of", help="Show the record as it stood on this date (YYYY-MM-DD).")
def record_show(location: str, as_of: str | None) -> None:
    """Show entities, events and a timeline of who held which post when.

    \b
    factcheck record show --record record.json
    factcheck record show --record record.json --as-of 2017-08-31
    """
    day = parse_date(as_of) if as_of else None
    with _open(location) as record:
        print_record(record, Console(emoji=False), as_of=day)


@record_group.command("alias")
@record_option
@click.argument("entity_id")
@click.argument("alias")
def record_alias(location: str, entity_id: str, alias: str) -> None:
    """Add another name an entity goes by.

    \b
    factcheck record alias --record record.json matt-dunkley "Matthew Dunkley"
    """
    _edit(location, lambda record: record.add_alias(entity_id, alias))
    stderr.print(f"{entity_id} is also known as {alias!r}", markup=False)


@record_group.command("merge")
@record_option
@click.argument("keep")
@click.argument("drop")
def record_merge(location: str, keep: str, drop: str) -> None:
    """Merge entity DROP into KEEP: one entity that was recorded under two names.

    \b
    factcheck record merge --record record.json matt-dunkley mr-dunkley
    """
    _edit(location, lambda record: record.merge_entities(keep, drop))
    stderr.print(f"merged {drop} into {keep}", markup=False)


@record_group.command("retract")
@record_option
@click.argument("event_id")
@click.option("--reason", required=True, help="Why the event is wrong; shown with it.")
def record_retract(location: str, event_id: str, reason: str) -> None:
    """Retract an event: kept and shown, with the reason, but no longer used.

    \b
    factcheck record retract --record record.json tenure-3fa2c1b0d9e8 --reason "source corrected"
    """
    _edit(location, lambda record: record.retract(event_id, reason))
    stderr.print(f"retracted {event_id}", markup=False)


def _edit(location: str, change: Callable[[Record], object]) -> None:
    with editing(location) as record:
        change(record)


@record_group.command("export")
@record_option
@output_option
def record_export(location: str, output: Path | None) -> None:
    """Write a record (from any store) as the JSON a record file holds.

    \b
    factcheck record export --record archive.db -o story.json
    factcheck record export --record postgresql://localhost/newsroom > archive.json
    """
    if output is not None:
        check_writable(output, "the export")
    _write(export_record(location), output)


@record_group.command("import")
@click.argument("json_file", type=click.Path(dir_okay=False, path_type=Path))
@record_option
def record_import(json_file: Path, location: str) -> None:
    """Copy a JSON record into a new, empty store (exporting it again gives the same bytes).

    \b
    factcheck record import examples/norfolk/record.json --record archive.db
    """
    _check_writable(location)
    entities, events = import_record(json_file, location)
    stderr.print(
        f"{entities} entities and {events} events imported into {describe_location(location)}",
        markup=False,
        highlight=False,
    )


def _open(location: str) -> Record:
    """The record at ``location`` for reading; a JSON record is read with the collector
    paused, since it is millions of long-lived objects that a collection would only re-scan,
    and then frozen out of later collections."""
    gc.disable()
    try:
        record = open_record(location)
    finally:
        gc.enable()
    gc.freeze()
    return record


def _check_writable(location: str) -> None:
    if kind_of(location) != "postgresql":
        check_writable(Path(location), "the record")
