"""Command line: ``python -m geo parse|evaluate|bench|build-index|rules``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import GeoError

DEFAULT_CACHE = Path("cache")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


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
    parse.add_argument("--geocoder", help="online fallback for names the gazetteer lacks (a geopy service, e.g. nominatim)")
    parse.add_argument("--geocoder-user-agent", default="where-the-news-happens")
    parse.add_argument("--geocoder-domain")
    parse.add_argument("--geocoder-scheme", default="https")
    parse.add_argument("--geocoder-key")
    parse.add_argument("--geocoder-timeout", type=float, default=5.0)
    _add_disable(parse)
    parse.set_defaults(run=_parse)

    evaluate = commands.add_parser("evaluate", help="score against gold annotations (bench JSONL)")
    evaluate.add_argument("files", nargs="+", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--limit", type=int, help="score only the first N documents of each file")
    evaluate.add_argument("--errors", type=int, default=0, help="print the N most frequent misses and false places")
    _add_disable(evaluate)
    evaluate.set_defaults(run=_evaluate)

    bench = commands.add_parser("bench", help="speed and memory figures")
    bench.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], metavar="PATH")
    bench.add_argument("--megabytes", type=float, default=5.0, help="text to parse (documents are repeated)")
    bench.add_argument("--passes", type=_positive_int, default=3, help="timed passes over the text; the best is reported")
    bench.set_defaults(run=_bench)

    build = commands.add_parser("build-index", help="build the gazetteer index into the cache")
    build.set_defaults(run=_build_index)

    rules = commands.add_parser("rules", help="list the recognition rules in the order they run")
    rules.set_defaults(run=_rules)
    return parser


def _add_disable(command: argparse.ArgumentParser) -> None:
    command.add_argument("--disable", action="append", default=[], metavar="RULE",
                         help="switch a recognition rule off, by name or family (repeatable; see the rules command)")


def _rules(args) -> int:
    from geo.recognize import DEFAULT_RULES
    from geo.rules import describe

    print("\n".join(describe(DEFAULT_RULES)))
    return 0


def _parse(args) -> int:
    from geo.corpus import load_corpus
    from geo.export import write_mentions
    from geo.pipeline import load_geoparser, mention_records

    corpus = load_corpus(args.paths, max_bytes=args.max_bytes)
    for problem in corpus.problems:
        print(f"warning: {problem}", file=sys.stderr)
    geoparser = load_geoparser(cache_dir=args.cache_dir, cities=args.cities, geocoder=_geocoder(args),
                               disable=args.disable)
    records = mention_records((d, geoparser.parse(d)) for d in corpus.documents)
    if args.output:
        with args.output.open("wb") as out:
            write_mentions(records, args.format, out)
    else:
        write_mentions(records, args.format, sys.stdout.buffer)
        sys.stdout.flush()
    return 1 if corpus.problems and not corpus.documents else 0


def _geocoder(args):
    if not args.geocoder:
        return None
    from geo.geocoding import online_geocoder

    return online_geocoder(
        args.geocoder, cache_dir=args.cache_dir, user_agent=args.geocoder_user_agent,
        domain=args.geocoder_domain, scheme=args.geocoder_scheme, api_key=args.geocoder_key,
        timeout=args.geocoder_timeout,
    )


def _evaluate(args) -> int:
    from collections import Counter

    from geo.evaluate import evaluate, format_table
    from geo.pipeline import load_geoparser

    geoparser = load_geoparser(cache_dir=args.cache_dir, cities=args.cities, disable=args.disable)
    scores = [evaluate(geoparser, path, limit=args.limit) for path in args.files]
    print(format_table(score.row() for score in scores))
    for score in scores if args.errors else ():
        print(f"\n{score.name}: most frequent misses")
        for (surface), count in Counter(s for _, s in score.misses).most_common(args.errors):
            print(f"  {count:4d}  {surface}")
        print(f"{score.name}: most frequent false places")
        for (surface), count in Counter(s for _, s in score.false_places).most_common(args.errors):
            print(f"  {count:4d}  {surface}")
    return 0


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


def _bench(args) -> int:
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
