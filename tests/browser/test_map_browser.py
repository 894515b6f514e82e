"""The map as a viewer uses it (issue 14) and the timeline and play control (issue 15), in
Chromium: every place reachable, honest sizes, a legend, no lost state, offline."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.dashboard_page import (
    MAP_FRAME, MAP_TITLE, choose_in_sidebar, click_marker, click_until_shown, map_frame, open_dashboard, open_filters,
    place_names, type_in_place_box, wait_until_idle,
)

SEED_PLACES = 39


def url_params(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def selected_heading(page) -> str:
    page.locator("h3.place-name").wait_for()
    return page.locator("h3.place-name").inner_text()


def map_view(page) -> tuple[float, float, float]:
    """The map's zoom and centre."""
    return map_frame(page).locator("body").evaluate(
        "() => { const m = window.placeMap.clusters._map; const c = m.getCenter(); return [m.getZoom(), c.lat, c.lng]; }")


def reset_view(page, view) -> None:
    map_frame(page).locator("body").evaluate(
        "(body, view) => { window.placeMap.clusters._map.setView([view[1], view[2]], view[0], {animate: false}); }", view)
    page.wait_for_timeout(300)


def test_every_seed_place_is_reached_in_two_clicks_from_the_opening_view(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    opening = map_view(page)
    names = place_names(page)
    assert len(names) == SEED_PLACES
    for name in names:
        reset_view(page, opening)
        assert click_marker(page, name) <= 2, name
        page.wait_for_function("name => { const h = document.querySelector('h3.place-name'); return h && h.innerText === name; }",
                               arg=name, timeout=30_000)


@pytest.mark.parametrize("name", ["Almaty", "Moscow"])
def test_on_a_phone_too(seed_server, browser, name):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        phone = context.new_page()
        open_dashboard(phone, seed_server.url)
        phone.locator(MAP_FRAME).first.scroll_into_view_if_needed()
        assert click_marker(phone, name) <= 2
        assert selected_heading(phone) == name
    finally:
        context.close()


def test_a_cluster_click_opens_it_and_selects_nothing(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    cluster = frame.locator(".marker-cluster").first
    cluster.click()
    page.wait_for_timeout(1500)
    assert "sel" not in url_params(page)
    assert page.locator("h3.place-name").count() == 0
    assert frame.locator(".leaflet-marker-icon.place-marker").count() > 0  # it opened


def test_choosing_a_place_zooms_to_it_once_and_later_runs_keep_the_viewers_zoom(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    type_in_place_box(page, "Almaty")
    assert selected_heading(page) == "Almaty"
    frame.locator(".leaflet-marker-icon.selected[alt='Almaty']").wait_for()
    zoom = map_view(page)[0]
    assert zoom >= 9
    frame.locator(".leaflet-control-zoom-out").click()
    frame.locator(".leaflet-control-zoom-out").click()
    page.wait_for_timeout(800)
    zoomed_out = map_view(page)[0]
    open_filters(page)
    page.get_by_label("Words in the sentence").fill("مطار")
    page.keyboard.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'مطار'")
    wait_until_idle(page)
    assert map_view(page)[0] == zoomed_out < zoom


def test_a_row_of_the_places_table_selects_its_place(seed_server, page):
    open_dashboard(page, seed_server.url)
    page.get_by_text("Tables: places, mentions, unresolved").click()
    grid = page.get_by_test_id("stDataFrame").first
    grid.wait_for()
    box = grid.bounding_box()
    # The first column is the row selector; the first row is the most mentioned place.
    page.mouse.click(box["x"] + 12, box["y"] + 52)
    page.wait_for_function("() => new URLSearchParams(location.search).has('sel')")
    assert selected_heading(page)


def test_enter_on_a_focused_marker_selects_it_and_the_frame_has_a_title(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    assert page.locator(f'iframe[title="{MAP_TITLE}"]').count() == 1
    marker = frame.locator(".leaflet-marker-icon.place-marker").first
    name = marker.get_attribute("alt")
    marker.focus()
    page.keyboard.press("Enter")
    assert selected_heading(page) == name


def test_enter_on_a_marker_that_was_in_a_cluster_when_the_map_was_drawn_selects_it(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    body = frame.locator("body")
    name = body.evaluate("""() => Object.values(window.placeMap.markersById())
        .find(marker => window.placeMap.clusters.getVisibleParent(marker) !== marker).options.alt""")
    # The viewer zooms in until it stands alone: no rerun, the app has not seen it drawn.
    body.evaluate("""(body, name) => new Promise(shown => window.placeMap.clusters.zoomToShowLayer(
        Object.values(window.placeMap.markersById()).find(marker => marker.options.alt === name), shown))""", name)
    marker = frame.locator(f'.leaflet-marker-icon.place-marker[alt="{name}"]')
    marker.focus()
    page.keyboard.press("Enter")
    assert selected_heading(page) == name


def test_sizes_follow_mentions_and_a_legend_explains_colours_and_sizes(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    legend = frame.locator(".map-legend")
    legend.locator("summary").click()
    assert legend.locator("ul.kinds li").count() >= 3 and legend.locator(".sizes .circle").count() >= 2
    sizes = frame.locator("body").evaluate("""() => Object.values(window.placeMap.markersById())
        .map(m => [m.options.mentions, m.options.icon.options.iconSize[0]])""")
    by_mentions = sorted(sizes)
    assert by_mentions[0][1] < by_mentions[-1][1]  # the most mentioned place is drawn bigger
    assert all(a[1] <= b[1] for a, b in zip(by_mentions, by_mentions[1:]))


def test_typing_a_country_and_enter_selects_the_country(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    type_in_place_box(page, "Kazakhstan")
    assert selected_heading(page) == "Kazakhstan"


def test_words_any_or_all_and_a_note_when_no_sentence_matches(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    open_filters(page)
    page.get_by_label("Words in the sentence").fill("airport مطار")
    page.keyboard.press("Enter")
    frame.locator(".map-note", has_text="No sentence matches the words.").wait_for()
    choose_in_sidebar(page, "any of the words", address_key="qmode", value="any")
    wait_until_idle(page)
    assert "Almaty" in place_names(page)


def test_the_heat_map_and_the_view_survive_filter_changes_and_reloads(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_label("Heat map").check()
    frame.locator("canvas.leaflet-heatmap-layer").wait_for()
    opening = url_params(page).get("z")  # the opening view may already be in the URL
    frame.locator(".leaflet-control-zoom-in").click()
    page.wait_for_function("opening => new URLSearchParams(location.search).get('z') !== opening",
                           arg=opening and opening[0])
    zoom = url_params(page)["z"][0]
    open_filters(page)
    page.get_by_label("Words in the sentence").fill("Texas")
    page.keyboard.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Texas'")
    wait_until_idle(page)
    assert frame.locator("canvas.leaflet-heatmap-layer").count() == 1
    assert url_params(page)["z"] == [zoom]
    page.reload()
    map_frame(page).locator(".leaflet-marker-icon").first.wait_for()
    assert float(map_view(page)[0]) == float(zoom)


def test_back_undoes_a_filter(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    open_filters(page)
    page.get_by_label("Words in the sentence").fill("Texas")
    page.keyboard.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Texas'")
    wait_until_idle(page)
    assert "Almaty" not in place_names(page)
    page.go_back()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('q')")
    words = page.get_by_label("Words in the sentence")
    page.wait_for_function("input => input.value === ''", arg=words.element_handle(), timeout=30_000)
    wait_until_idle(page)
    assert "Almaty" in place_names(page)


def test_tiles_that_cannot_load_fall_back_to_the_outlines_with_a_note(seed_server, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())  # no network
    try:
        page = context.new_page()
        frame = open_dashboard(page, seed_server.url + "?tiles=osm")
        note = frame.locator(".map-note", has_text="could not be loaded")
        note.wait_for(timeout=30_000)
        frame.locator(".leaflet-overlay-pane canvas").wait_for()
        # A rerun hands the map its places again: the note about the tiles stays.
        type_in_place_box(page, "Kazakhstan")
        assert selected_heading(page) == "Kazakhstan"
        wait_until_idle(page)
        assert note.is_visible()
    finally:
        context.close()


def test_the_whole_document_opens_where_the_viewer_is_looking(seed_server, page):
    open_dashboard(page, seed_server.url)
    click_marker(page, "Houston")
    page.get_by_role("button", name="Open the whole document").first.click()
    dialog = page.get_by_test_id("stDialog")
    dialog.locator("p.document-paragraph").first.wait_for()
    box = dialog.bounding_box()
    viewport = page.viewport_size
    assert 0 <= box["y"] < viewport["height"] and box["x"] < viewport["width"]


def test_the_offline_basemap_names_countries(seed_server, page):
    frame = open_dashboard(page, seed_server.url)
    frame.locator(".map-label.country", has_text="Kazakhstan").wait_for()


def swipe(page, x: float, y: float, distance: float) -> None:
    """A one-finger vertical swipe, as a phone's touch screen sends it."""
    client = page.context.new_cdp_session(page)
    client.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        client.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y + distance * step / 10}]})
        page.wait_for_timeout(20)
    client.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    page.wait_for_timeout(600)


def test_on_a_phone_a_swipe_over_the_map_scrolls_the_page(seed_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        phone = context.new_page()
        open_dashboard(phone, seed_server.url)
        box = phone.locator(MAP_FRAME).first.bounding_box()
        assert box["height"] < 844 * 0.7  # room below it to reach the panel
        scrolled = "() => document.querySelector('[data-testid=stMain]').scrollTop"
        before = phone.evaluate(scrolled)
        swipe(phone, box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.7, -250)
        assert phone.evaluate(scrolled) > before + 100
    finally:
        context.close()


def test_brushing_the_timeline_filters_the_map(events_server, page):
    open_dashboard(page, events_server.url)
    wait_until_idle(page)
    assert {"Cairo", "Lima", "Oslo"} <= set(place_names(page))
    chart = page.get_by_test_id("stVegaLiteChart").first
    chart.scroll_into_view_if_needed()
    box = chart.locator("canvas, svg").first.bounding_box()
    # Drag across the plot's first days (its left axis takes the first twelfth of the chart).
    y = box["y"] + box["height"] * 0.35
    page.mouse.move(box["x"] + box["width"] * 0.1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => new URLSearchParams(location.search).has('from')", timeout=60_000)
    wait_until_idle(page)
    names = set(place_names(page))
    assert {"Cairo", "Lima"} <= names and "Oslo" not in names


def test_play_steps_the_map_through_time_and_keeps_its_zoom(events_server, page):
    open_dashboard(page, events_server.url)
    wait_until_idle(page)
    zoom = map_view(page)[0]
    play = page.get_by_text("Play, a week at a time")
    click_until_shown(page, page.get_by_text("Week", exact=True), play)
    wait_until_idle(page)
    play.click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('from') === '2024-03-04'", timeout=30_000)
    page.wait_for_function("() => new URLSearchParams(location.search).get('from') === '2024-03-11'", timeout=30_000)
    wait_until_idle(page)
    assert "Oslo" in place_names(page) and "Lima" not in place_names(page)
    assert map_view(page)[0] == zoom
