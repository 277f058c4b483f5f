"""Every command, with each of its file arguments pointed at a path that cannot be used.

The CLI promises exit 0 when nothing is contradicted, 1 when something is, and 2 for bad usage or
input, and that a failure is one line, never a traceback: a publishing pipeline reads exit 1 as a
verdict, so a crash must not end that way.

Each case builds its files under a fresh folder and gives the command line. A failing case must
exit 2 with exactly one non-empty line of output (CliRunner mixes standard error into it) and no
traceback; a case that should work must end with its expected exit code.

The process may run as root, which ignores permission bits, so "read-only" here means the mode
bits (0o444 for a file, 0o555 for a folder): the CLI is expected to honour them, not the kernel.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from click.testing import CliRunner, Result

from factcheck import Entity, Record
from factcheck.cli import main
from factcheck.testing import make_vcr

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "norfolk"
RECORD = EXAMPLE / "record.json"
CLAIMS = EXAMPLE / "drafts" / "2017-11-20-tough-priorities.claims.json"
DRAFT = EXAMPLE / "drafts" / "2017-11-20-tough-priorities.md"
ARTICLES = sorted((EXAMPLE / "articles").glob("*.md"))
CASSETTES = ROOT / "cassettes" / "pipeline"
DRAFT_CASSETTE = CASSETTES / "check_draft.yaml"
CORPUS_CASSETTE = CASSETTES / "norfolk_end_to_end.yaml"

MARKUP = "[final]"

Args = list[str | Path]


# -- files that cannot be used --------------------------------------------------------------------


def _binary(_: Path) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _garbage(_: Path) -> bytes:
    return b"\xde\xad\xbe\xef\xff\xfe garbage \x80\x81\x82 not a file\n\xc3\x28"


def _truncated(source: Path) -> bytes:
    data = source.read_bytes()
    return data[: len(data) // 2]


def _utf16(source: Path) -> bytes:
    return source.read_text(encoding="utf-8").encode("utf-16")


def _bom(source: Path) -> bytes:
    return b"\xef\xbb\xbf" + source.read_bytes()


def _not_a_mapping(_: Path) -> bytes:
    return b"- 1\n- 2\n- 3\n"


DAMAGES: dict[str, Callable[[Path], bytes]] = {
    "garbage": _garbage,
    "truncated": _truncated,
    "binary": _binary,
    "utf16": _utf16,
}
# Half a text is a text, and UTF-16 with its byte-order mark is text too.
TEXT_DAMAGES = {k: v for k, v in DAMAGES.items() if k not in ("truncated", "utf16")}
CACHE_DAMAGES = {k: v for k, v in DAMAGES.items() if k != "truncated"}
JSON_DAMAGES = {k: v for k, v in DAMAGES.items() if k != "utf16"}
YAML_DAMAGES = {**DAMAGES, "list-not-cassette": _not_a_mapping}


@dataclass
class Place:
    """Builds, under one test's folder, the path a case points an argument at."""

    root: Path
    read_only_dirs: list[Path] = field(default_factory=list)

    def missing(self, name: str) -> Path:
        return self.root / name

    def missing_dir(self, name: str) -> Path:
        return self.root / "missing" / "dir" / name

    def copy(self, source: Path, name: str | None = None) -> Path:
        target = self.root / (name or source.name)
        shutil.copy(source, target)
        return target

    def damaged(self, name: str, data: bytes) -> Path:
        target = self.root / name
        target.write_bytes(data)
        return target

    def read_only(self, name: str, source: Path | None = None) -> Path:
        target = self.root / name
        if source is None:
            target.write_text("keep me\n", encoding="utf-8")
        else:
            shutil.copy(source, target)
        target.chmod(0o444)
        return target

    def in_read_only_dir(self, name: str, source: Path | None = None) -> Path:
        folder = self.root / "read-only"
        folder.mkdir(exist_ok=True)
        target = folder / name
        if source is not None:
            shutil.copy(source, target)
        folder.chmod(0o555)
        self.read_only_dirs.append(folder)
        return target


@dataclass(frozen=True)
class Case:
    """A command line built in a folder, its expected exit code, and a text its output holds."""

    id: str
    args: Callable[[Place], Args]
    exit_code: int = 2
    expect_in: str | None = None
    around: Callable[[], AbstractContextManager[Any]] = nullcontext


# -- the commands, each file argument replaceable ------------------------------------------------


def check_draft(
    draft: Path | str = DRAFT,
    record: Path = RECORD,
    cassette: Path = DRAFT_CASSETTE,
    *extra: str | Path,
) -> Args:
    return ["check", draft, "--record", record, "--replay", cassette, *extra]


def check_claims(claims: Path = CLAIMS, record: Path = RECORD, *extra: str | Path) -> Args:
    return ["check", "--claims", claims, "--record", record, *extra]


def ingest(articles: list[Path], record: Path, cassette: Path = CORPUS_CASSETTE) -> Args:
    return ["ingest", *articles, "--record", record, "--replay", cassette, "-q"]


def audit(articles: list[Path] = ARTICLES, cassette: Path = CORPUS_CASSETTE, *extra: Any) -> Args:
    return ["audit", *articles, "--replay", cassette, "-q", *extra]


def show(record: Path = RECORD) -> Args:
    return ["record", "show", "--record", record]


def alias(record: Path, entity: str = "matt-dunkley", name: str = "Mr D") -> Args:
    return ["record", "alias", "--record", record, entity, name]


def merge(record: Path, keep: str = "michael-rosen", drop: str = "mr-rosen") -> Args:
    return ["record", "merge", "--record", record, keep, drop]


def retract(record: Path, event: str | None = None, reason: str = "misread") -> Args:
    event = event or next(e.id for e in Record.load(RECORD).events if e.kind == "figure")
    return ["record", "retract", "--record", record, event, "--reason", reason]


def _record_with_mr_rosen(path: Path) -> Path:
    """The example record plus a second entity for Michael Rosen, to merge."""
    record = Record.load(RECORD)
    record.add_entity(Entity(id="mr-rosen", type="person", name="Mr Rosen"))
    record.save(path)
    return path


def _writable_record(p: Place, name: str = "record.json") -> Path:
    return _record_with_mr_rosen(p.root / name)


def _read_only_record(p: Place) -> Path:
    path = _writable_record(p)
    path.chmod(0o444)
    return path


def _record_in_read_only_dir(p: Place) -> Path:
    path = p.in_read_only_dir("record.json")
    path.parent.chmod(0o755)
    _record_with_mr_rosen(path)
    path.parent.chmod(0o555)
    return path


def _first_article_as(p: Place, name: str) -> list[Path]:
    return [p.copy(ARTICLES[0], name), *ARTICLES[1:]]


def _recorded(cassette: Path) -> tuple[str, str]:
    """The base URL and model a cassette was recorded with."""
    request = yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"][0]["request"]
    return request["uri"].split("/chat/completions")[0], json.loads(request["body"])["model"]


def _draft_cassette() -> AbstractContextManager[Any]:
    """The draft's recorded model replies, for runs that use the cache (which --replay skips)."""
    return make_vcr(CASSETTES, record=False).use_cassette(DRAFT_CASSETTE.name)  # type: ignore[no-any-return]


def check_with_cache(cache: Path) -> Args:
    base_url, model = _recorded(DRAFT_CASSETTE)
    return [
        "check",
        DRAFT,
        "--record",
        RECORD,
        "--base-url",
        base_url,
        "--model",
        model,
        "--cache",
        cache,
        "-q",
    ]


def _sqlite_cache(p: Place, name: str = "cache.sqlite3") -> Path:
    path = p.root / name
    sqlite3.connect(path).close()
    return path


# -- the table ------------------------------------------------------------------------------------


def _cases() -> Iterator[Case]:
    # check DRAFT --record R --replay C [-o OUT]
    yield Case("check-draft/ok", lambda p: check_draft(), exit_code=1)
    yield Case("check-draft/draft-missing", lambda p: check_draft(p.missing("draft.md")))
    yield Case("check-draft/draft-missing-dir", lambda p: check_draft(p.missing_dir("draft.md")))
    for kind, damage in TEXT_DAMAGES.items():
        yield Case(
            f"check-draft/draft-{kind}",
            lambda p, damage=damage: check_draft(p.damaged("draft.md", damage(DRAFT))),
        )
    yield Case(
        "check-draft/draft-utf16-is-valid",
        lambda p: check_draft(p.damaged("draft.md", _utf16(DRAFT))),
        exit_code=1,
    )
    yield Case(
        "check-draft/draft-bom-is-valid",
        lambda p: check_draft(p.damaged("draft.md", _bom(DRAFT))),
        exit_code=1,
    )
    yield Case(
        "check-draft/draft-read-only-is-valid",
        lambda p: check_draft(p.read_only("draft.md", DRAFT)),
        exit_code=1,
    )
    yield Case(
        "check-draft/draft-markup-name-is-valid",
        lambda p: check_draft(p.copy(DRAFT, f"{MARKUP} draft.md")),
        exit_code=1,
        expect_in=MARKUP,
    )
    yield Case("check-draft/record-missing", lambda p: check_draft(DRAFT, p.missing("record.json")))
    yield Case(
        "check-draft/record-missing-dir",
        lambda p: check_draft(DRAFT, p.missing_dir("record.json")),
    )
    for kind, damage in DAMAGES.items():
        yield Case(
            f"check-draft/record-{kind}",
            lambda p, damage=damage: check_draft(DRAFT, p.damaged("record.json", damage(RECORD))),
        )
    yield Case(
        "check-draft/record-read-only-is-valid",
        lambda p: check_draft(DRAFT, p.read_only("record.json", RECORD)),
        exit_code=1,
    )
    yield Case(
        "check-draft/cassette-missing",
        lambda p: check_draft(DRAFT, RECORD, p.missing("cassette.yaml")),
    )
    yield Case(
        "check-draft/cassette-missing-dir",
        lambda p: check_draft(DRAFT, RECORD, p.missing_dir("cassette.yaml")),
    )
    for kind, damage in YAML_DAMAGES.items():
        yield Case(
            f"check-draft/cassette-{kind}",
            lambda p, damage=damage: check_draft(
                DRAFT, RECORD, p.damaged("cassette.yaml", damage(DRAFT_CASSETTE))
            ),
        )
    yield Case(
        "check-draft/output-missing-dir",
        lambda p: check_draft(DRAFT, RECORD, DRAFT_CASSETTE, "-o", p.missing_dir("out.txt")),
    )
    yield Case(
        "check-draft/output-read-only",
        lambda p: check_draft(DRAFT, RECORD, DRAFT_CASSETTE, "-o", p.read_only("out.txt")),
    )
    yield Case(
        "check-draft/output-in-read-only-dir",
        lambda p: check_draft(DRAFT, RECORD, DRAFT_CASSETTE, "-o", p.in_read_only_dir("out.txt")),
    )

    # check DRAFT --record R --base-url ... --cache CACHE (the cache is skipped under --replay,
    # so these replay the same recording around the command instead)
    yield Case(
        "check-cache/new-cache-is-valid",
        lambda p: check_with_cache(p.missing("cache.sqlite3")),
        exit_code=1,
        around=_draft_cassette,
    )
    for kind, damage in CACHE_DAMAGES.items():
        yield Case(
            f"check-cache/cache-{kind}",
            lambda p, damage=damage: check_with_cache(p.damaged("cache.sqlite3", damage(DRAFT))),
            expect_in="cache",
            around=_draft_cassette,
        )
    yield Case(
        "check-cache/cache-read-only",
        lambda p: check_with_cache(p.read_only("cache.sqlite3", _sqlite_cache(p, "c.sqlite3"))),
        expect_in="cache",
        around=_draft_cassette,
    )
    yield Case(
        "check-cache/cache-in-read-only-dir",
        lambda p: check_with_cache(p.in_read_only_dir("cache.sqlite3")),
        expect_in="cache",
        around=_draft_cassette,
    )

    # check --claims CLAIMS --record R [DRAFT] [--date] [-o OUT]
    yield Case("check-claims/ok", lambda p: check_claims(), exit_code=1)
    yield Case("check-claims/claims-missing", lambda p: check_claims(p.missing("claims.json")))
    yield Case(
        "check-claims/claims-missing-dir", lambda p: check_claims(p.missing_dir("claims.json"))
    )
    for kind, damage in JSON_DAMAGES.items():
        yield Case(
            f"check-claims/claims-{kind}",
            lambda p, damage=damage: check_claims(p.damaged("claims.json", damage(CLAIMS))),
        )
    yield Case(
        "check-claims/claims-utf16-is-valid",
        lambda p: check_claims(p.damaged("claims.json", _utf16(CLAIMS))),
        exit_code=1,
    )
    yield Case(
        "check-claims/claims-bom-is-valid",
        lambda p: check_claims(p.damaged("claims.json", _bom(CLAIMS))),
        exit_code=1,
    )
    yield Case(
        "check-claims/claims-markup-name-is-valid",
        lambda p: check_claims(p.copy(CLAIMS, f"{MARKUP}.claims.json")),
        exit_code=1,
        expect_in=MARKUP,
    )
    yield Case(
        "check-claims/record-missing", lambda p: check_claims(CLAIMS, p.missing("record.json"))
    )
    yield Case(
        "check-claims/record-missing-dir",
        lambda p: check_claims(CLAIMS, p.missing_dir("record.json")),
    )
    for kind, damage in DAMAGES.items():
        yield Case(
            f"check-claims/record-{kind}",
            lambda p, damage=damage: check_claims(CLAIMS, p.damaged("record.json", damage(RECORD))),
        )
    yield Case(
        "check-claims/record-bom-is-valid",
        lambda p: check_claims(CLAIMS, p.damaged("record.json", _bom(RECORD))),
        exit_code=1,
    )
    yield Case(
        "check-claims/record-markup-name-is-valid",
        lambda p: check_claims(CLAIMS, p.copy(RECORD, f"{MARKUP}.json")),
        exit_code=1,
    )
    yield Case("check-claims/date-garbage", lambda p: check_claims(CLAIMS, RECORD, "--date", "x!"))
    yield Case(
        "check-claims/date-garbage-with-draft",
        lambda p: check_claims(CLAIMS, RECORD, DRAFT, "--date", "garbage"),
    )
    yield Case(
        "check-claims/draft-missing",
        lambda p: check_claims(CLAIMS, RECORD, p.missing("draft.md")),
    )
    for kind, damage in TEXT_DAMAGES.items():
        yield Case(
            f"check-claims/draft-{kind}",
            lambda p, damage=damage: check_claims(
                CLAIMS, RECORD, p.damaged("draft.md", damage(DRAFT))
            ),
        )
    yield Case(
        "check-claims/output-missing-dir",
        lambda p: check_claims(CLAIMS, RECORD, "-o", p.missing_dir("out.txt")),
    )
    yield Case(
        "check-claims/output-read-only",
        lambda p: check_claims(CLAIMS, RECORD, "-o", p.read_only("out.txt")),
    )
    yield Case(
        "check-claims/output-in-read-only-dir",
        lambda p: check_claims(CLAIMS, RECORD, "-o", p.in_read_only_dir("out.txt")),
    )
    yield Case(
        "check-claims/output-markup-name-is-valid",
        lambda p: check_claims(CLAIMS, RECORD, "-o", p.missing(f"{MARKUP} report.txt")),
        exit_code=1,
    )

    # ingest ARTICLES --record R --replay C
    yield Case("ingest/ok", lambda p: ingest(ARTICLES, p.missing("record.json")), exit_code=0)
    yield Case(
        "ingest/article-missing",
        lambda p: ingest([p.missing("a.md"), *ARTICLES], p.missing("record.json")),
    )
    yield Case(
        "ingest/article-missing-dir",
        lambda p: ingest([p.missing_dir("a.md"), *ARTICLES], p.missing("record.json")),
    )
    for kind, damage in TEXT_DAMAGES.items():
        yield Case(
            f"ingest/article-{kind}",
            lambda p, damage=damage: ingest(
                [*ARTICLES, p.damaged("a.md", damage(ARTICLES[0]))], p.missing("record.json")
            ),
        )
    yield Case(
        "ingest/article-markup-name-is-valid",
        lambda p: ingest(
            _first_article_as(p, f"{MARKUP} {ARTICLES[0].name}"), p.missing("record.json")
        ),
        exit_code=0,
        expect_in=f"{MARKUP} {ARTICLES[0].name}: ",
    )
    # A record in a folder that does not exist yet starts a new archive there.
    yield Case(
        "ingest/record-missing-dir",
        lambda p: ingest(ARTICLES, p.missing_dir("record.json")),
        exit_code=0,
    )
    yield Case(
        "ingest/record-read-only", lambda p: ingest(ARTICLES, p.read_only("record.json", RECORD))
    )
    yield Case(
        "ingest/record-in-read-only-dir",
        lambda p: ingest(ARTICLES, p.in_read_only_dir("record.json")),
    )
    for kind, damage in DAMAGES.items():
        yield Case(
            f"ingest/record-{kind}",
            lambda p, damage=damage: ingest(ARTICLES, p.damaged("record.json", damage(RECORD))),
        )
    yield Case(
        "ingest/record-markup-name-is-valid",
        lambda p: ingest(ARTICLES, p.missing(f"{MARKUP}.json")),
        exit_code=0,
    )
    yield Case(
        "ingest/cassette-missing",
        lambda p: ingest(ARTICLES, p.missing("record.json"), p.missing("c.yaml")),
    )
    for kind, damage in YAML_DAMAGES.items():
        yield Case(
            f"ingest/cassette-{kind}",
            lambda p, damage=damage: ingest(
                ARTICLES, p.missing("record.json"), p.damaged("c.yaml", damage(CORPUS_CASSETTE))
            ),
        )

    # audit ARTICLES --replay C [--save-record R]
    yield Case("audit/ok", lambda p: audit(), exit_code=0)
    yield Case("audit/article-missing", lambda p: audit([*ARTICLES, p.missing("a.md")]))
    yield Case("audit/article-missing-dir", lambda p: audit([*ARTICLES, p.missing_dir("a.md")]))
    for kind, damage in TEXT_DAMAGES.items():
        yield Case(
            f"audit/article-{kind}",
            lambda p, damage=damage: audit([*ARTICLES, p.damaged("a.md", damage(ARTICLES[0]))]),
        )
    yield Case(
        "audit/article-markup-name-is-valid",
        lambda p: audit(_first_article_as(p, f"{MARKUP} {ARTICLES[0].name}")),
        exit_code=0,
        expect_in=MARKUP,
    )
    yield Case("audit/cassette-missing", lambda p: audit(ARTICLES, p.missing("c.yaml")))
    for kind, damage in YAML_DAMAGES.items():
        yield Case(
            f"audit/cassette-{kind}",
            lambda p, damage=damage: audit(ARTICLES, p.damaged("c.yaml", damage(CORPUS_CASSETTE))),
        )
    yield Case(
        "audit/save-record-ok",
        lambda p: audit(ARTICLES, CORPUS_CASSETTE, "--save-record", p.missing("r.json")),
        exit_code=0,
    )
    yield Case(
        "audit/save-record-missing-dir",
        lambda p: audit(ARTICLES, CORPUS_CASSETTE, "--save-record", p.missing_dir("r.json")),
        exit_code=0,
    )
    yield Case(
        "audit/save-record-read-only",
        lambda p: audit(ARTICLES, CORPUS_CASSETTE, "--save-record", p.read_only("r.json")),
    )
    yield Case(
        "audit/save-record-in-read-only-dir",
        lambda p: audit(ARTICLES, CORPUS_CASSETTE, "--save-record", p.in_read_only_dir("r.json")),
    )
    yield Case(
        "audit/save-record-markup-name-is-valid",
        lambda p: audit(ARTICLES, CORPUS_CASSETTE, "--save-record", p.missing(f"{MARKUP}.json")),
        exit_code=0,
    )

    # record show --record R
    yield Case("show/ok", lambda p: show(), exit_code=0)
    yield Case("show/record-missing", lambda p: show(p.missing("record.json")))
    yield Case("show/record-missing-dir", lambda p: show(p.missing_dir("record.json")))
    for kind, damage in DAMAGES.items():
        yield Case(
            f"show/record-{kind}",
            lambda p, damage=damage: show(p.damaged("record.json", damage(RECORD))),
        )
    yield Case(
        "show/record-read-only-is-valid",
        lambda p: show(p.read_only("record.json", RECORD)),
        exit_code=0,
    )
    yield Case(
        "show/record-markup-name-is-valid",
        lambda p: show(p.copy(RECORD, f"{MARKUP}.json")),
        exit_code=0,
    )
    yield Case(
        "show/entity-with-markup-name-is-printed-as-written",
        lambda p: show(_with_markup_entity(p)),
        exit_code=0,
        expect_in=f"{MARKUP} desk",
    )

    # record alias / merge / retract --record R ...
    editors: dict[str, Callable[[Path], Args]] = {
        "alias": alias,
        "merge": merge,
        "retract": retract,
    }
    for name, edit in editors.items():
        yield Case(f"{name}/ok", lambda p, edit=edit: edit(_writable_record(p)), exit_code=0)
        yield Case(f"{name}/record-missing", lambda p, edit=edit: edit(p.missing("r.json")))
        yield Case(f"{name}/record-missing-dir", lambda p, edit=edit: edit(p.missing_dir("r.json")))
        yield Case(f"{name}/record-read-only", lambda p, edit=edit: edit(_read_only_record(p)))
        yield Case(
            f"{name}/record-in-read-only-dir",
            lambda p, edit=edit: edit(_record_in_read_only_dir(p)),
        )
        for kind, damage in DAMAGES.items():
            yield Case(
                f"{name}/record-{kind}",
                lambda p, edit=edit, damage=damage: edit(p.damaged("r.json", damage(RECORD))),
            )
        yield Case(
            f"{name}/record-markup-name-is-valid",
            lambda p, edit=edit: edit(_writable_record(p, f"{MARKUP}.json")),
            exit_code=0,
        )
    yield Case(
        "alias/markup-entity-unknown",
        lambda p: alias(_writable_record(p), MARKUP, "Someone"),
        expect_in=MARKUP,
    )
    yield Case(
        "alias/markup-alias-is-valid",
        lambda p: alias(_writable_record(p), "matt-dunkley", f"{MARKUP} Matt"),
        exit_code=0,
        expect_in=f"{MARKUP} Matt",
    )
    yield Case(
        "merge/markup-entity-unknown",
        lambda p: merge(_writable_record(p), "michael-rosen", MARKUP),
        expect_in=MARKUP,
    )
    yield Case(
        "retract/markup-event-unknown",
        lambda p: retract(_writable_record(p), MARKUP),
        expect_in=MARKUP,
    )
    yield Case(
        "retract/markup-reason-is-valid",
        lambda p: retract(_writable_record(p), None, f"{MARKUP} source corrected"),
        exit_code=0,
    )

    # schema WHAT (no file argument: its one argument, and a name with markup)
    for what in ("claims", "record", "report"):
        yield Case(f"schema/{what}", lambda p, what=what: ["schema", what], exit_code=0)
    yield Case("schema/markup-name", lambda p: ["schema", MARKUP], expect_in=MARKUP)


def _with_markup_entity(p: Place) -> Path:
    path = p.root / "record.json"
    record = Record.load(RECORD)
    record.add_entity(Entity(id="final-desk", type="organisation", name=f"{MARKUP} desk"))
    record.save(path)
    return path


CASES = list(_cases())


# -- running them ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_model_configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FACTCHECK_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache.sqlite3"))


@pytest.fixture
def place(tmp_path: Path) -> Iterator[Place]:
    folder = tmp_path / "work"
    folder.mkdir()
    built = Place(folder)
    yield built
    for read_only in built.read_only_dirs:  # let pytest clean up without root too
        read_only.chmod(read_only.stat().st_mode | stat.S_IWUSR)


def _lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.strip()]


def _describe(args: Args, result: Result) -> str:
    shown = " ".join(str(a) for a in args)
    crashed = (
        ""
        if result.exception is None or isinstance(result.exception, SystemExit)
        else (f"\nuncaught: {result.exception!r}")
    )
    return f"\n$ factcheck {shown}\nexit {result.exit_code}\n{result.output[:1500]}{crashed}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_command_and_file_argument(case: Case, place: Place) -> None:
    args = case.args(place)
    with case.around():
        result = CliRunner().invoke(main, [str(a) for a in args])
    described = _describe(args, result)
    assert "Traceback" not in result.output, described
    assert result.exit_code == case.exit_code, described
    if case.exit_code == 2:
        assert len(_lines(result)) == 1, described
    if case.expect_in is not None:
        assert case.expect_in in result.output, described
