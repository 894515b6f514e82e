"""The sidebar's filters, the map's tooltips and legend, the opening layout, and the events'
controls, in Chromium: each doing what a viewer does and checking what they see."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.dashboard_page import (
    FILTERS_LABEL, MAP_FRAME, choose_in_sidebar, click_marker, hover_marker, map_frame, open_dashboard,
    open_filters, open_sidebar_box, place_names, sidebar_box, type_in_place_box, wait_for_markers, wait_until_idle,
)

WATER = ["Seine", "River Thames", "Atlantic Ocean"]
IN_NO_COUNTRY = ["Atlantic Ocean", "Central Asia", "Europe"]  # the seeds' places in no country


def url_params(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def offered(page, label: str, typed: str = "") -> list[str]:
    """The options a sidebar multiselect offers when clicked (and ``typed`` into)."""
    box = open_sidebar_box(page, label)
    if typed:
        box.fill(typed)
    page.get_by_role("option").first.wait_for()
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return options


def choose(page, label: str, option: str, typed: str = "") -> None:
    """Pick an option of a sidebar multiselect (after typing ``typed`` into it), as a user does,
    and again, as a user would, if the box does not show it chosen: a click that lands while a
    rerun redraws the sidebar (the map's first value, opening the filters) can be lost."""
    chosen = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(
        has=page.get_by_role("combobox", name=label, exact=True)).get_by_text(option, exact=True)
    attempts = 3
    for attempt in range(1, attempts + 1):
        box = open_sidebar_box(page, label)
        if typed:
            box.fill(typed)
        page.get_by_role("option", name=option, exact=True).click()
        page.keyboard.press("Escape")
        wait_until_idle(page)
        try:
            chosen.wait_for(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            if attempt == attempts:
                raise


# -- the filters' expander ------------------------------------------------------------------


def test_the_filters_open_on_a_click_and_a_filter_in_use_stays_when_they_close(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    assert sidebar.get_by_text(FILTERS_LABEL).is_visible()
    assert sidebar.get_by_role("combobox").count() == 0  # closed: not drawn at all
    choose(page, "Country", "Kazakhstan", typed="Kaz")
    wait_for_markers(page, ["Kazakhstan", "Almaty"])
    page.wait_for_function("() => new URLSearchParams(location.search).get('country') === 'KZ'")
    sidebar.get_by_text(FILTERS_LABEL).click()
    sidebar.get_by_text("In use: countries").wait_for()
    wait_until_idle(page)
    assert "Houston" not in place_names(page) and "Almaty" in place_names(page)


# -- kinds that read right (rivers, seas, no country) ----------------------------------------


def test_rivers_and_seas_read_as_water_in_the_kind_filter_and_their_tooltips(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    assert "River or sea" in offered(page, "Kind")
    choose(page, "Kind", "River or sea")
    page.wait_for_function("() => new URLSearchParams(location.search).get('kind') === 'water'")
    wait_for_markers(page, WATER, only=True)
    for name in WATER:
        tooltip = hover_marker(page, name)
        assert tooltip.locator(".kind").inner_text() == "River or sea", name


def test_the_country_filters_group_of_no_country_shows_only_its_places_and_a_reload_keeps_it(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    group = "No country: seas, world regions"
    assert offered(page, "Country", "sea") == [group]
    choose(page, "Country", group, typed="sea")
    wait_for_markers(page, IN_NO_COUNTRY, only=True)
    page.wait_for_function("() => new URLSearchParams(location.search).get('country') === ''")
    page.reload()
    wait_for_markers(page, IN_NO_COUNTRY, only=True)


def test_the_places_filter_says_what_it_holds_and_finds_a_river_and_a_country(seed_server, page):
    open_dashboard(page, seed_server.url)
    wait_until_idle(page)
    label = "Places: countries, regions, cities, landmarks, seas"
    open_filters(page)
    assert sidebar_box(page, label).count() == 1
    search = page.get_by_test_id("stSidebar").get_by_label("Find a place (English or as written)")
    for typed, option in (("Seine", "Seine · France"), ("كازاخستان", "Kazakhstan")):
        search.fill(typed)
        page.keyboard.press("Enter")
        wait_until_idle(page)
        assert any(text.replace("\u2068", "").replace("\u2069", "") == option for text in offered(page, label)), option
    choose(page, label, next(text for text in offered(page, label) if "Kazakhstan" in text))
    wait_for_markers(page, ["Kazakhstan"], only=True)


# -- names as written, without a clitic fragment -----------------------------------------


def test_the_white_house_tooltip_and_panel_show_its_name_as_written(seed_server, page):
    """The seed writes للبيت الأبيض ("to the White House"): the name is البيت الأبيض."""
    open_dashboard(page, seed_server.url)
    tooltip = hover_marker(page, "White House").inner_text()
    assert "البيت الأبيض" in tooltip
    assert not re.search("(?<!ا)لبيت الأبيض", tooltip), tooltip  # the clitic's leftover, alif gone
    click_marker(page, "White House")
    facts = page.locator("p.place-facts")
    facts.wait_for()
    assert "As written: البيت الأبيض" in facts.inner_text()
    label = page.get_by_role("combobox", name="Place", exact=True).input_value()
    assert "البيت الأبيض" in label and not re.search("(?<!ا)لبيت الأبيض", label), label


# -- the opening layout ------------------------------------------------------------------


def test_at_1400_by_900_the_map_opens_wide_fitted_to_the_places_with_its_layers_folded(seed_server, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        frame = open_dashboard(page, seed_server.url)
        wait_until_idle(page)
        assert page.locator(MAP_FRAME).first.bounding_box()["width"] > 540
        layers = frame.locator(".leaflet-control-layers")
        assert "leaflet-control-layers-expanded" not in layers.get_attribute("class")
        assert not frame.get_by_label("Heat map").is_visible()
        view = frame.locator("body").evaluate("""() => {
            const map = window.placeMap.clusters._map, padding = window.PlaceMap.FIT_PADDING;
            const places = L.latLngBounds(Object.values(window.placeMap.markersById()).map(m => m.getLatLng()));
            const margins = L.point(padding.paddingTopLeft).add(L.point(padding.paddingBottomRight));
            const height = map.getSize().y, sixtySouth = map.latLngToContainerPoint([-60, 0]).y;
            return {south: map.getBounds().getSouth(), holds: map.getBounds().contains(places),
                    zoom: map.getZoom(), fits: map.getBoundsZoom(places, false, margins),
                    antarctic: Math.max(0, height - sixtySouth) / height};
        }""")
        assert view["holds"] and view["zoom"] == view["fits"], view  # no closer view would hold them all
        # Antarctica does not fill the view: south of 60° S is at most a strip along its bottom
        # (the room kept clear of the legend, see place-map.js FIT_PADDING).
        assert view["antarctic"] < 0.1, view
        assert not places_under_controls(page)
    finally:
        context.close()


def test_on_a_phone_the_whole_map_with_its_legend_is_in_its_frame(seed_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        frame = open_dashboard(page, seed_server.url)
        wait_until_idle(page)
        shown = page.locator(MAP_FRAME).first.bounding_box()
        assert shown["height"] < 844 * 0.7  # the page's phone layout: room below the map
        legend = frame.locator(".map-legend").bounding_box()
        assert legend["y"] + legend["height"] <= shown["y"] + shown["height"]
        drawn = frame.locator(".leaflet-container").bounding_box()
        assert drawn["y"] + drawn["height"] <= shown["y"] + shown["height"] + 1
    finally:
        context.close()


def test_on_a_phone_every_place_opens_in_view(many_places_server, browser):
    """At the least zoom a desktop allows, the world is wider than a phone: with Lima in the
    west, Tokyo and Sydney opened off the screen's right edge."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_dashboard(page, many_places_server.url)
        wait_until_idle(page)
        outside = map_frame(page).locator("body").evaluate("""() => {
            const map = window.placeMap.clusters._map, bounds = map.getBounds();
            return Object.values(window.placeMap.markersById())
                .filter(marker => !bounds.contains(marker.getLatLng())).map(marker => marker.options.alt);
        }""")
        assert outside == []
    finally:
        context.close()


def test_a_place_named_once_among_thousands_does_not_stretch_the_opening_view(seed_server, page):
    """Antarctica, named once in a million documents, opened the world view at its least zoom."""
    open_dashboard(page, seed_server.url)
    framed = map_frame(page).locator("body").evaluate("""() => window.PlaceMap.framing([
        [24.7, 46.7, 6000, "city", "Riyadh"], [30.0, 31.2, 3000, "city", "Cairo"], [-75, 0, 1, "continent", "Antarctica"],
    ]).map(row => row[4])""")
    assert framed == ["Riyadh", "Cairo"]
    few = map_frame(page).locator("body").evaluate(
        """() => window.PlaceMap.framing([[30.0, 31.2, 3, "city", "Cairo"], [-75, 0, 1, "continent", "Antarctica"]])
                 .map(row => row[4])""")
    assert few == ["Cairo", "Antarctica"]  # in a small corpus every place frames the view


def places_under_controls(page) -> list[str]:
    """The places whose marker (or cluster) lies under one of the map's controls, half or more."""
    return map_frame(page).locator("body").evaluate("""() => {
        const controls = [...document.querySelectorAll('.leaflet-control')].map(c => c.getBoundingClientRect());
        return Object.values(window.placeMap.markersById()).filter(marker => {
            const shown = window.placeMap.clusters.getVisibleParent(marker);
            if (!shown || !shown._icon) return false;
            const icon = shown._icon.getBoundingClientRect();
            const x = icon.x + icon.width / 2, y = icon.y + icon.height / 2;
            return controls.some(c => c.left <= x && x <= c.right && c.top <= y && y <= c.bottom);
        }).map(marker => marker.options.alt);
    }""")


def test_at_1400_by_900_no_event_place_opens_under_the_maps_controls(events_server, browser):
    """Lima, the places' south-west corner, opened under the legend."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        open_dashboard(page, events_server.url)
        wait_until_idle(page)
        assert {"Cairo", "Lima", "Oslo"} <= set(place_names(page))
        assert places_under_controls(page) == []
    finally:
        context.close()


# -- events ------------------------------------------------------------------------------


def test_an_event_type_narrows_the_map_goes_into_the_url_and_a_reload_keeps_it(events_server, page):
    open_dashboard(page, events_server.url)
    wait_until_idle(page)
    assert {"Cairo", "Lima", "Oslo", "Alexandria"} <= set(place_names(page))
    choose(page, "Events in the sentence", "Protest")
    wait_for_markers(page, ["Cairo"], only=True)  # Alexandria's protests were denied
    page.wait_for_function("() => new URLSearchParams(location.search).get('event') === 'protest'")
    page.reload()
    wait_for_markers(page, ["Cairo"], only=True)
    events = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Events in the sentence")
    events.get_by_text("Protest", exact=True).wait_for()


def test_colouring_by_main_event_gives_a_legend_of_event_types(events_server, page):
    frame = open_dashboard(page, events_server.url)
    wait_until_idle(page)
    open_filters(page)
    choose_in_sidebar(page, "main event", address_key="colour", value="event")
    legend = frame.locator(".map-legend")
    legend.locator("ul.kinds li", has_text="Protest").wait_for(state="attached")
    if not legend.locator("details").evaluate("details => details.open"):
        legend.locator("summary").click()
    entries = legend.locator("ul.kinds li").all_inner_texts()
    icons = frame.locator("body").evaluate(
        "() => Object.values(window.placeMap.markersById()).map(m => m.options.icon.options.iconUrl.split('/').pop())")
    assert "event-protest.svg" in icons and "city.svg" not in icons
    assert {"Protest", "Disaster", "Diplomacy", "No event named"} <= set(entries), entries
    assert "City" not in entries


def test_what_is_new_ranks_risen_places_with_counts_and_a_click_selects_one(events_server, page):
    frame = open_dashboard(page, events_server.url + "?from=2024-03-12&to=2024-03-20")
    wait_until_idle(page)
    buttons = page.get_by_role("button").filter(has_text=re.compile(r"· \d+ \(was \d+\)"))
    buttons.first.wait_for()
    assert buttons.all_inner_texts() == ["Cairo · 2 (was 1)", "Alexandria · 1 (was 0)", "Oslo · 1 (was 0)"]
    buttons.filter(has_text="Oslo").click()
    page.locator("h3.place-name", has_text="Oslo").wait_for()
    page.wait_for_function("() => new URLSearchParams(location.search).get('sel') === 'gn:3143244'")
    frame.locator(".leaflet-marker-icon.selected[alt='Oslo']").wait_for()


def test_the_panel_lists_sentences_newest_first_with_dates_badges_and_the_trigger_marked(events_server, page):
    open_dashboard(page, events_server.url)
    wait_until_idle(page)
    type_in_place_box(page, "Cairo")
    panel = page.locator(".st-key-sentences_panel")
    panel.locator("p.doc-title").nth(2).wait_for()
    dates = panel.locator("p.doc-title .doc-date").all_inner_texts()
    assert dates == ["2024-03-19", "2024-03-12", "2024-03-04"]
    assert panel.locator(".event-badge.arrest.asserted", has_text="Arrest").count() >= 1
    assert panel.locator(".event-badge.protest.asserted", has_text="Protest").count() >= 1
    trigger = panel.locator("mark.trigger", has_text="protesters").first
    assert "underline" in trigger.evaluate("mark => getComputedStyle(mark).textDecorationLine")
