"""Twenty browser sessions at once against one `streamlit run`: each gets the map and the panel.

Correctness only; scripts/bench_dashboard.py prints the timings and the server's memory.
"""

from __future__ import annotations

from tests.browser.dashboard_page import FIRST_MAP_TIMEOUT_MS, click_marker, map_frame

SESSIONS = 20


def test_twenty_sessions_each_get_the_map_and_the_side_panel(seed_server, browser, requests_seen):
    contexts = [browser.new_context(viewport={"width": 1400, "height": 1000}) for _ in range(SESSIONS)]
    try:
        pages = []
        for context in contexts:
            context.on("request", requests_seen.record)
            page = context.new_page()
            page.goto(seed_server.url, wait_until="commit")
            pages.append(page)
        for page in pages:
            map_frame(page).locator(".leaflet-marker-icon").first.wait_for(timeout=FIRST_MAP_TIMEOUT_MS)
        for page in pages:
            click_marker(page, "Almaty")
        for page in pages:
            page.locator("p.sentence mark", has_text="ألما أتا").first.wait_for(timeout=FIRST_MAP_TIMEOUT_MS)
            assert page.locator("h3.place-name").inner_text() == "Almaty"
    finally:
        for context in contexts:
            context.close()
    assert not requests_seen.remote(), requests_seen.remote()
