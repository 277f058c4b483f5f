"""Check a draft's structured claims against the Norfolk record and print the verdicts.

    python examples/norfolk/check_claims.py [CLAIMS_JSON]

With no argument it checks the example draft dated 20 November 2017, whose claims (in
drafts/*.claims.json) carry planted errors of every kind. No language model is involved: the
claims are given as structured JSON, and the record is built in code from the example articles.
Exits 1 when a claim is contradicted or disputed, like the checker would in a publishing pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

from norfolk_record import build_record

from factcheck import Checker
from factcheck.claims import claims_adapter
from factcheck.render import print_report

DEFAULT_CLAIMS = Path(__file__).parent / "drafts" / "2017-11-20-tough-priorities.claims.json"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CLAIMS
    claims = claims_adapter.validate_json(path.read_bytes())
    report = Checker(build_record()).check_all(claims)
    print_report(report, title=f"{path.name} against the Norfolk record")
    return 1 if report.has_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
