"""The timeline under the map as a Vega-Lite spec: mentions per period stacked by the event type
of their sentences, with a brush (the selection ``range``) that becomes the date filter and the
range already chosen shaded.

A plain spec rather than an Altair chart: Altair validates its whole schema on every rerun
(about 20 ms of each), and this spec never varies but by the shaded range.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from geo.app.mapping import EVENT_COLOURS, NO_EVENT_COLOUR
from geo.app.view import EVENT_LABELS, NO_EVENT

BRUSH = "range"
CHOSEN_COLOUR = "#f59e0b"
_BARS = "bars"


def timeline_data(counts: pd.DataFrame) -> pd.DataFrame:
    """``period, type, mentions`` (StoreQuery.timeline) with each type's label, for the chart."""
    return counts.assign(event=counts["type"].map(EVENT_LABELS))


def timeline_spec(chosen: tuple[date, date] | None = None) -> dict:
    """The chart's spec over :func:`timeline_data`; ``chosen`` (first and last day) is shaded."""
    order = [*EVENT_COLOURS, NO_EVENT]
    bars = {
        "name": _BARS,
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "period", "type": "temporal", "title": None},
            "y": {"field": "mentions", "aggregate": "sum", "type": "quantitative", "title": "Mentions"},
            "color": {
                "field": "event", "type": "nominal", "title": "Event in the sentence",
                "scale": {"domain": [EVENT_LABELS[kind] for kind in order],
                          "range": [*EVENT_COLOURS.values(), NO_EVENT_COLOUR]},
                "legend": {"orient": "bottom", "columns": 4},
            },
            "tooltip": [
                {"field": "period", "type": "temporal", "title": "From"},
                {"field": "event", "type": "nominal", "title": "Event"},
                {"field": "mentions", "aggregate": "sum", "type": "quantitative", "title": "Mentions"},
            ],
        },
    }  # fmt: skip
    layers = [bars]
    if chosen:
        first, last = chosen
        layers.insert(0, {
            "data": {"values": [{"start": first.isoformat(), "end": (last + timedelta(days=1)).isoformat()}]},
            "mark": {"type": "rect", "color": CHOSEN_COLOUR, "opacity": 0.18},
            "encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "end"}},
        })  # fmt: skip
    return {
        "layer": layers,
        "params": [{"name": BRUSH, "select": {"type": "interval", "encodings": ["x"]}, "views": [_BARS]}],
    }
