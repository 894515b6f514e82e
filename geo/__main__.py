"""Command line: ``python -m geo parse|events|ingest|evaluate|bench|build-index|rules``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import GeoError

DEFAULT_CACHE = Path("cache")
DEFAULT_STORE = DEFAULT_CACHE / "store"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: what was committed is kept; the same command finishes the rest", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`| head`): what it read is what it wanted.
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE, help="where the built index lives")
    parser.add_argument("--cities", default="cities15000",
                        help="GeoNames city set: cities15000 (default), cities5000, cities1000, cities500")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="find and resolve place mentions")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parse.add_argument("--format", choices=("jsonl", "csv", "geojson"), default="jsonl")
    parse.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parse.add_argument("--max-bytes", type=int, default=50_000_000, help="skip files larger than this")
    parse.add_argument("--home-country", type=_country, default="", metavar="CC",
                       help="the outlets' country (ISO 3166, e.g. TN) for documents that name none: "
                            "local news names its own small towns bare")
    parse.add_argument("--geocoder", help="online fallback for names the gazetteer lacks (a geopy service, e.g. nominatim)")
    parse.add_argument("--geocoder-user-agent", default="where-the-news-happens")
    parse.add_argument("--geocoder-domain")
    parse.add_argument("--geocoder-scheme", default="https")
    parse.add_argument("--geocoder-key")
    parse.add_argument("--geocoder-timeout", type=float, default=5.0)
    _add_disable(parse)
    parse.set_defaults(run=_parse)

    events = commands.add_parser("events", help="find event triggers (docs/events.md)")
    events.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    events.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    events.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    events.add_argument("--max-bytes", type=int, default=50_000_000, help="skip files larger than this")
    events.add_argument("--disable", action="append", default=[], metavar="RULE", help="switch a rule or family off")
    events.add_argument("--list-rules", action="store_true", help="list the event rules in order and stop")
    events.set_defaults(run=_events)

    ingest = commands.add_parser("ingest", help="parse documents into a store, in parallel, adding only what is new")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="files or folders: .txt .md .jsonl .csv, any of them .gz")
    ingest.add_argument("--store", type=Path, default=DEFAULT_STORE, help="the store's folder (default: cache/store)")
    ingest.add_argument("--workers", type=_non_negative_int,
                        help="worker processes of the local cluster (default: one per core; 0: parse in this process)")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="an existing dask.distributed scheduler (tcp://HOST:PORT) instead of a local cluster")
    ingest.add_argument("--reparse", action="store_true",
                        help="parse every stored document again (after a new parser version or gazetteer)")
    ingest.add_argument("--wait", action="store_true", help="wait for another ingest into the store to finish")
    ingest.add_argument("--commit-seconds", type=float, default=60.0,
                        help="commit at least this often: the most work a crash or Ctrl-C can lose (default 60)")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar, only the summary line")
    ingest.add_argument("--home-country", type=_country, default="", metavar="CC",
                        help="the outlets' country (ISO 3166, e.g. TN) for the documents read that name none")
    ingest.set_defaults(run=_ingest)

    evaluate = commands.add_parser("evaluate", help="score against gold annotations (bench JSONL, event gold JSONL)")
    evaluate.add_argument("files", nargs="+", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--limit", type=int, help="score only the first N documents of each file")
    evaluate.add_argument("--errors", type=int, default=0, help="print the N most frequent misses and false places")
    _add_disable(evaluate)
    evaluate.set_defaults(run=_evaluate)

    bench = commands.add_parser("bench", help="speed and memory figures")
    bench.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], metavar="PATH")
    bench.add_argument("--megabytes", type=float, default=5.0, help="text to parse (documents are repeated)")
    bench.add_argument("--passes", type=_positive_int, default=3, help="timed passes over the text; the best is reported")
    bench.add_argument("--ingest", action="store_true",
                       help="ingest into a store (a local cluster) against parse (one process) on PATH")
    bench.add_argument("--scale", type=_positive_int, metavar="N",
                       help="with --ingest: also fill a store of N documents (PATH repeated) in ten ingests")
    bench.add_argument("--store", type=Path, default=DEFAULT_CACHE / "bench-store",
                       help="with --scale: where the generated store is kept (for scripts/bench_dashboard.py --store)")
    bench.add_argument("--workers", type=_positive_int, help="with --ingest: local cluster workers (one per core)")
    bench.set_defaults(run=_bench)

    build = commands.add_parser("build-index", help="build the gazetteer index into the cache")
    build.set_defaults(run=_build_index)

    rules = commands.add_parser("rules", help="list the recognition rules in the order they run")
    rules.set_defaults(run=_rules)
    return parser


def _add_disable(command: argparse.ArgumentParser) -> None:
    command.add_argument("--disable", action="append", default=[], metavar="RULE",
                         help="switch a recognition or event rule off, by name or family (repeatable; see the "
                              "rules command)")


def split_disabled(names: list[str]) -> tuple[list[str], list[str]]:
    """The rules named to switch off, as (recognition rules, event rules): a name both know goes
    to both, and a name neither knows to recognition, which says so."""
    from geo.events import DEFAULT_EVENT_RULES
    from geo.recognize import DEFAULT_RULES

    def known(rules) -> set[str]:
        return {each.name for each in rules} | {each.family for each in rules}

    places, events = known(DEFAULT_RULES), known(DEFAULT_EVENT_RULES)
    return ([name for name in names if name in places or name not in events],
            [name for name in names if name in events])


def _rules(args) -> int:
    from geo.events import DEFAULT_EVENT_RULES
    from geo.recognize import DEFAULT_RULES
    from geo.rules import describe

    print("Place recognition, in the order the rules run:")
    print("\n".join(describe(DEFAULT_RULES)))
    print("\nEvent detection (python -m geo events):")
    print("\n".join(describe(DEFAULT_EVENT_RULES)))
    return 0


def _parse(args) -> int:
    from geo.corpus import load_corpus, with_home_country
    from geo.events import asserted_types, load_event_detector
    from geo.export import write_mentions
    from geo.pipeline import load_geoparser, mention_records

    corpus = load_corpus(args.paths, max_bytes=args.max_bytes)
    for problem in corpus.problems:
        print(f"warning: {problem}", file=sys.stderr)
    geoparser = load_geoparser(cache_dir=args.cache_dir, cities=args.cities, geocoder=_geocoder(args),
                               disable=split_disabled(args.disable)[0])
    detector = load_event_detector(disable=split_disabled(args.disable)[1])
    joined = ";".join if args.format == "csv" else list  # a sentence's asserted event types (docs/events.md)

    def records():
        for document in (with_home_country(d, args.home_country) for d in corpus.documents):
            types = asserted_types(detector.detect(document))
            for record in mention_records([(document, geoparser.parse(document))]):
                yield record | {"events": joined(types.get(record["sentence_start"], []))}

    _write(write_mentions, records(), args)
    return 1 if corpus.problems and not corpus.documents else 0


def _write(write, records, args) -> None:
    """``write(records, format, stream)`` to ``args.output``, or to standard output."""
    if args.output:
        with args.output.open("wb") as out:
            write(records, args.format, out)
    else:
        write(records, args.format, sys.stdout.buffer)
        sys.stdout.flush()


def _ingest(args) -> int:
    from geo.store import Store
    from geo.store.ingest import ingest
    from geo.store.progress import TerminalProgress
    from geo.store.cluster import runner_for

    if args.scheduler and args.workers is not None:
        print("error: --workers sizes the local cluster; an existing one (--scheduler) has its own", file=sys.stderr)
        return 2
    runner = runner_for(cache_dir=args.cache_dir, cities=args.cities, workers=args.workers, scheduler=args.scheduler)
    with runner, TerminalProgress(enabled=not args.quiet) as progress:
        summary = ingest(args.paths, store=Store(args.store), runner=runner, reparse=args.reparse, wait=args.wait,
                         progress=progress, commit_seconds=args.commit_seconds, home_country=args.home_country)
    print(summary.line())
    return 1 if summary.problems and not (summary.parsed or summary.unchanged) else 0


def _geocoder(args):
    if not args.geocoder:
        return None
    from geo.geocoding import online_geocoder

    return online_geocoder(
        args.geocoder, cache_dir=args.cache_dir, user_agent=args.geocoder_user_agent,
        domain=args.geocoder_domain, scheme=args.geocoder_scheme, api_key=args.geocoder_key,
        timeout=args.geocoder_timeout,
    )


def _events(args) -> int:
    from geo.corpus import load_corpus
    from geo.events import DEFAULT_EVENT_RULES, load_event_detector
    from geo.events.output import write_events
    from geo.rules import describe

    if args.list_rules:
        print("\n".join(describe(DEFAULT_EVENT_RULES)))
        return 0
    if not args.paths:
        raise GeoError("no PATH to read events from")
    detector = load_event_detector(disable=args.disable)
    corpus = load_corpus(args.paths, max_bytes=args.max_bytes)
    for problem in corpus.problems:
        print(f"warning: {problem}", file=sys.stderr)
    _write(write_events, (event for document in corpus.documents for event in detector.detect(document)), args)
    return 1 if corpus.problems and not corpus.documents else 0


def _evaluate(args) -> int:
    from collections import Counter

    from geo.evaluate import evaluate, format_table
    from geo.events.evaluate import is_event_gold

    event_files = [path for path in args.files if is_event_gold(path)]
    if event_files:
        _evaluate_events(event_files, disable=split_disabled(args.disable)[1])
    place_files = [path for path in args.files if path not in event_files]
    if not place_files:
        return 0
    from geo.pipeline import load_geoparser

    geoparser = load_geoparser(cache_dir=args.cache_dir, cities=args.cities, disable=split_disabled(args.disable)[0])
    scores = [evaluate(geoparser, path, limit=args.limit) for path in place_files]
    print(format_table(score.row() for score in scores))
    for score in scores if args.errors else ():
        print(f"\n{score.name}: most frequent misses")
        for (surface), count in Counter(s for _, s in score.misses).most_common(args.errors):
            print(f"  {count:4d}  {surface}")
        print(f"{score.name}: most frequent false places")
        for (surface), count in Counter(s for _, s in score.false_places).most_common(args.errors):
            print(f"  {count:4d}  {surface}")
    return 0


def _non_negative_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def _evaluate_events(files: list[Path], *, disable: list[str]) -> None:
    from geo.events import load_event_detector
    from geo.events.evaluate import evaluate_events, format_event_report

    detector = load_event_detector(disable=disable)
    for path in files:
        print(format_event_report(evaluate_events(detector, path)) + "\n")


def _country(value: str) -> str:
    """A checked ISO 3166 code; blank (argparse's default) for none."""
    from geo.corpus import country_code
    from geo.errors import CountryCodeError

    try:
        return country_code(value)
    except CountryCodeError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


def _bench(args) -> int:
    if args.ingest:
        from geo.store import bench

        print(bench.throughput(args.paths, cache_dir=args.cache_dir, passes=args.passes, workers=args.workers))
        if args.scale:
            print(bench.scale(args.paths, cache_dir=args.cache_dir, store=args.store, documents=args.scale,
                              workers=args.workers))
        return 0
    from geo.bench import run_bench

    print(run_bench(args.paths, cache_dir=args.cache_dir, target_mb=args.megabytes, passes=args.passes).report())
    return 0


def _build_index(args) -> int:
    import time

    from geo.gazetteer import load_gazetteer

    started = time.perf_counter()
    gazetteer = load_gazetteer(cache_dir=args.cache_dir, cities=args.cities)
    print(f"index ready: {len(gazetteer.place_rows)} places in {time.perf_counter() - started:.1f} s ({args.cache_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
