"""Real-news gold sets kept as stand-off annotations: offsets into articles of ../shared/corpora,
never their text (the corpora are not the project's to commit).

    .venv/bin/python scripts/real_news_gold.py strip GOLD.jsonl > tests/data/real_news/NAME.jsonl
    .venv/bin/python scripts/real_news_gold.py join tests/data/real_news/NAME.jsonl > cache/NAME.jsonl
    .venv/bin/python -m geo evaluate cache/NAME.jsonl

``strip`` keeps of a bench-format gold file (``../shared/bench/README.md``) each document's id,
a digest of its text, and each span's offsets and place; ``join`` reads the articles back from
the corpora (``--corpora``) and writes the bench-format file again, refusing an article whose
text no longer matches its digest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # geo/ is not installed; this file's folder is scripts/

from geo.corpus import iter_documents  # noqa: E402
from geo.model import Document  # noqa: E402

_PLACE_FIELDS = ("start", "end", "lat", "lon", "geonameid")


def digest(text: str) -> str:
    """What tells an article's text from any other: its SHA-256, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def strip(gold: Path) -> list[dict]:
    """The stand-off rows of a bench-format gold file: no text, and no surface (a slice of it)."""
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        rows.append({"id": document["id"], "lang": document["lang"], "sha256": digest(document["text"]),
                     "places": [{field: place[field] for field in _PLACE_FIELDS} for place in document["places"]]})
    return rows


def join(standoff: Path, *, corpora: Path) -> list[dict]:
    """The bench-format rows of a stand-off file, with the texts of ``corpora``'s articles."""
    wanted = [json.loads(line) for line in standoff.read_text(encoding="utf-8").splitlines()]
    ids = {row["id"] for row in wanted}
    texts = {item.id: item.text for item in iter_documents([corpora])
             if isinstance(item, Document) and item.id in ids}
    rows = []
    for row in wanted:
        text = texts.get(row["id"])
        if text is None or digest(text) != row["sha256"]:
            raise SystemExit(f"{standoff}: article {row['id']} is not in {corpora} as it was annotated")
        places = [dict(place, surface=text[place["start"]:place["end"]]) for place in row["places"]]
        rows.append({"id": row["id"], "lang": row["lang"], "text": text, "places": places})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("strip").add_argument("gold", type=Path)
    joining = commands.add_parser("join")
    joining.add_argument("standoff", type=Path)
    joining.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    args = parser.parse_args(argv)
    rows = strip(args.gold) if args.command == "strip" else join(args.standoff, corpora=args.corpora)
    sys.stdout.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


if __name__ == "__main__":
    main()
