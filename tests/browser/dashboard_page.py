"""Helpers to drive the dashboard page in Playwright."""

from __future__ import annotations

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
FIRST_MAP_TIMEOUT_MS = 90_000  # generous: a cold page on a busy 2-core machine


def map_frame(page):
    return page.frame_locator(MAP_FRAME)


def open_dashboard(page, url: str):
    """Open the dashboard and wait until the map has drawn its markers."""
    page.goto(url)
    map_frame(page).locator("img.leaflet-marker-icon").first.wait_for(timeout=FIRST_MAP_TIMEOUT_MS)
    return map_frame(page)


def click_marker(page, name: str, *, attempts: int = 6) -> None:
    """Click a place's marker as a user would: zoom in with the wheel until nothing covers it."""
    marker = map_frame(page).get_by_alt_text(name, exact=True)
    for _ in range(attempts):
        box = marker.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        if marker.evaluate(
            """(icon) => {
                const r = icon.getBoundingClientRect();
                return icon.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === icon;
            }"""
        ):
            page.mouse.click(x, y)
            return
        page.mouse.move(x, y)
        page.mouse.wheel(0, -240)
        page.wait_for_timeout(700)
    raise AssertionError(f"the {name} marker stayed covered by other markers")
