"""The newsprov command line: ``newsprov run`` and ``newsprov evaluate``.

Every command's help ends with an example. Bad input and a busy warehouse get one plain sentence saying what
to do, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from newsprov.errors import NewsprovError
from newsprov.pipeline import DEFAULT_BATCH_SIZE
from newsprov.warehouse import DEFAULT_WAREHOUSE

EVALUATORS = {
    "gold": ("newsprov.evaluate.gold", "score extraction against gold files in the seed's format"),
    "timeml": ("newsprov.evaluate.timeml", "dates: TempEval-3 scores on TimeML .tml files"),
    "polnear": ("newsprov.evaluate.polnear", "attributions: source/cue/content scores on PolNeAR brat files"),
    "credits": ("newsprov.evaluate.credits", "credits: scores on gold files or the annotated web pages"),
    "sources": ("newsprov.evaluate.sources", "attributions: source kind and name against a hand-made gold"),
}


def prefect_environment(home: Path | None = None) -> None:
    """Quiet, local Prefect defaults; anything already set in the environment wins (PREFECT_API_URL too)."""
    defaults = {
        "PREFECT_HOME": str((home or Path.cwd()) / ".prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_UI_ENABLED": "false",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsprov", formatter_class=_Formatter,
        description="Provenance for news text: dates, attributions and source credits, validated and loaded "
                    "into DuckDB with lineage.",
        epilog="example:\n  newsprov run seeds/ --warehouse warehouse/newsprov.duckdb")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run", formatter_class=_Formatter, help="run the flow over articles into the warehouse",
        description="Ingest articles (.txt with optional NAME.meta.json sidecar, .html, .jsonl feeds; files or "
                    "folders), extract dates, attributions and credits, validate them with the suites in "
                    "expectations/, and load everything into DuckDB in one transaction. Bad inputs are "
                    "quarantined with their reason; the rest of the run goes on.",
        epilog="example:\n  newsprov run seeds/ ../feeds/today.jsonl --warehouse warehouse/newsprov.duckdb")
    run.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    run.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), metavar="FILE",
                     help="DuckDB file to load into (default: %(default)s)")
    run.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                     help="documents per task (default: %(default)s)")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="worker processes for parsing (default: one per core; 1 for small runs)")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")

    ev = sub.add_parser(
        "evaluate", formatter_class=_Formatter, help="score extraction against gold annotations",
        description="Precision, recall and F1 per category.\n\n" + "\n".join(
            f"  {name:<8} {text}" for name, (_, text) in EVALUATORS.items()) +
        "\n\nRun `newsprov evaluate KIND --help` for each kind's options.",
        epilog="example:\n  newsprov evaluate gold ../shared/gold/000_23bbeb1b2b9d435b.gold.json --text-dir seeds/")
    ev.add_argument("kind", choices=sorted(EVALUATORS), metavar="KIND", help=", ".join(sorted(EVALUATORS)))
    ev.add_argument("args", nargs=argparse.REMAINDER, help="arguments for that evaluation")
    return parser


def _print_summary(summary: dict) -> None:
    print(f"newsprov run {summary['run_id']}: {summary['status']}")
    print(f"  inputs seen {summary['inputs_seen']}: {summary['documents_loaded']} documents loaded, "
          f"{summary['quarantined']} quarantined")
    for q in summary["quarantine"]:
        print(f"    skipped {q['source_uri'].rsplit('/', 1)[-1]}: {q['reason']}: {q['message']}")
    rows = ", ".join(f"{t} {n}" for t, n in summary["rows"].items() if t != "documents")
    print(f"  rows: {rows}")
    print(f"  expectations failed: {summary['validation_errors']} error, {summary['validation_warnings']} warning")
    for f in summary["failed_expectations"]:
        print(f"    [{f['severity']}] {f['suite']}: {f['description']} ({f['unexpected_count']} rows)")
    print(f"  warehouse: {summary['warehouse']}")
    print(f"  report:    {Path(summary['report']).resolve()}")


def cmd_run(args: argparse.Namespace) -> int:
    from newsprov import warehouse

    for p in args.paths:
        if not Path(p).exists():
            raise NewsprovError(f"{p} does not exist: give article files or folders that hold them")
    if args.batch_size < 1:
        raise NewsprovError("--batch-size must be at least 1")
    # Take the writer lock before Prefect starts: a second run is told at once, not after server start-up.
    with warehouse.writer_lock(args.warehouse):
        warehouse.check(args.warehouse)
        prefect_environment()
        from newsprov_flows.newsprov_flow import newsprov_run

        summary = newsprov_run(paths=[str(p) for p in args.paths], warehouse_path=args.warehouse,
                               batch_size=args.batch_size, workers=args.workers)
    if args.json:
        print(json.dumps(summary, indent=2, default=str))
    else:
        _print_summary(summary)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    module = importlib.import_module(EVALUATORS[args.kind][0])
    try:
        return int(module.main(list(args.args)) or 0)
    except OSError as exc:  # a gold file or corpus folder that is not there
        raise NewsprovError(f"cannot read {exc.filename}: {exc.strerror}; check the path "
                            f"(`newsprov evaluate {args.kind} --help` shows what it expects)") from None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return cmd_run(args) if args.command == "run" else cmd_evaluate(args)
    except NewsprovError as exc:
        print(f"newsprov: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsprov: interrupted; nothing of this run was loaded", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
