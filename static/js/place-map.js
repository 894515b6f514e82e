/* The event map's behaviour, inside streamlit-folium's iframe (this file is served by the app).
 *
 * The map itself (base layers, controls, this controller) is the same on every rerun, so the
 * viewer's zoom, base layer and heat map choice survive filter changes; each rerun only hands
 * the controller new rows with PlaceMap.show(). A marker selects its place by the id carried in
 * its tooltip; a cluster only opens (spiderfies) or zooms, never selects.
 *
 * Rows: [lat, lon, mentions, kind, name, names as written, approximate (0/1), place id, colour],
 * the colour a kind or an event type ("event-protest") with its icon in markers/.
 */
(function () {
  "use strict";

  var MIN_SIZE = 14, MAX_SIZE = 46;
  var SPIDERFY_AT_MOST = 60;  // a cluster of more places zooms in instead of opening in a spiral
  var ID_MARK = "\u2063";  // invisible separator before the place id in a tooltip's text
  var VIEW_KEYS = ["z", "c"];
  // A place frames the opening view when it holds this share of the mentions at least: one named
  // once among millions (Antarctica) would stretch the view to the whole world.
  var FRAMING_SHARE = 1 / 5000;
  // The opening view keeps the places clear of the controls: the zoom buttons (top left), the
  // layers button (top right), the legend and scale (bottom left). 30 px all round put a place
  // at the bounds' south-west corner under the legend.
  var FIT_PADDING = {paddingTopLeft: [50, 60], paddingBottomRight: [30, 100]};

  function escaped(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function count(n) {
    return n >= 10000 ? Math.round(n / 1000) + "k" : n >= 1000 ? (n / 1000).toFixed(1) + "k" : String(n);
  }

  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }

  /* The rows the opening view is fitted to: every place that holds FRAMING_SHARE of the mentions. */
  function framing(rows) {
    var total = rows.reduce(function (sum, row) { return sum + row[2]; }, 0);
    var kept = rows.filter(function (row) { return row[2] >= total * FRAMING_SHARE; });
    return kept.length ? kept : rows;
  }

  /* Marker size on a square-root scale up to the busiest place shown: area grows with mentions. */
  function sizeFor(mentions, most) {
    return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(mentions / Math.max(1, most)));
  }

  function tooltip(row, labels, clicks) {
    return '<div class="place-tooltip"><strong><bdi>' + escaped(row[4]) + '</bdi></strong><br><bdi>'
      + escaped(row[5]) + '</bdi><br>' + plural(row[2], "mention", "mentions")
      + (row[6] ? '<br><em>approximate location</em>' : '') + '<br><span class="kind">'
      + escaped(labels[row[3]] || row[3]) + (row[8] !== row[3] ? ' · ' + escaped(labels[row[8]] || row[8]) : '')
      + '</span><span hidden>' + ID_MARK + escaped(row[7]) + ID_MARK + (clicks || 0) + '</span></div>';
  }

  /* The view in the page's address (z=zoom, c=lat,lon), kept when Streamlit rewrites the address. */
  function pageUrl() {
    try { return window.parent.location; } catch (error) { return null; }
  }

  function viewFromUrl() {
    var location = pageUrl();
    if (!location) return null;
    var params = new URLSearchParams(location.search);
    var zoom = parseFloat(params.get("z")), centre = (params.get("c") || "").split(",").map(Number);
    if (isNaN(zoom) || centre.length !== 2 || centre.some(isNaN)) return null;
    return {zoom: zoom, centre: centre};
  }

  function keepViewInUrl(map) {
    var parentWindow;
    try { parentWindow = window.parent; parentWindow.history.replaceState; } catch (error) { return; }
    var history = parentWindow.history;
    function withView(url) {
      var target = new URL(url || parentWindow.location.href, parentWindow.location.href);
      var centre = map.getCenter();
      target.searchParams.set("z", map.getZoom());
      target.searchParams.set("c", centre.lat.toFixed(3) + "," + centre.lng.toFixed(3));
      return target.toString();
    }
    if (!history.__keepsMapView) {
      // Streamlit writes the address from what the server knows, which is not the view.
      ["pushState", "replaceState"].forEach(function (name) {
        var original = history[name].bind(history);
        history[name] = function (state, title, url) {
          var current = new URLSearchParams(parentWindow.location.search);
          if (url !== undefined && url !== null && current.has("z")) {
            var target = new URL(url, parentWindow.location.href);
            VIEW_KEYS.forEach(function (key) {
              if (!target.searchParams.has(key) && current.has(key)) target.searchParams.set(key, current.get(key));
            });
            url = target.toString();
          }
          return original(state, title, url);
        };
      });
      history.__keepsMapView = true;
    }
    map.on("moveend", function () { history.replaceState(history.state, "", withView()); });
  }

  function legendControl(options) {
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "map-legend");
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    control.update = function (kinds, most) {
      var div = this.getContainer();
      if (!div) return;
      var swatches = kinds.map(function (kind) {
        return '<li><span class="swatch" style="background:' + options.colours[kind] + '"></span>'
          + escaped(options.kindLabels[kind] || kind) + '</li>';
      }).join("");
      var sizes = [1, Math.max(1, Math.round(most / 4)), most].filter(function (v, i, a) { return a.indexOf(v) === i; });
      var circles = sizes.map(function (mentions) {
        var size = sizeFor(mentions, most);
        return '<span class="size"><span class="circle" style="width:' + size + 'px;height:' + size + 'px"></span>'
          + count(mentions) + '</span>';
      }).join("");
      // Open on a map wide enough to spare the room, then as the viewer last left it.
      var details = div.querySelector("details");
      var open = (details ? details.open : div.ownerDocument.defaultView.innerWidth >= 720) ? " open" : "";
      div.innerHTML = '<details' + open + '><summary>Legend</summary><ul class="kinds">' + swatches + '</ul>'
        + '<div class="sizes" title="Marker area grows with the number of mentions">' + circles + '</div>'
        + '<p class="note">Size: mentions. Numbered circles: groups of places, with their mentions;'
        + ' click one to open it.</p></details>';
    };
    return control;
  }

  /* Notes over the map, one per subject ("tiles", "places"): a rerun saying the places' note
   * (none, mostly) must not clear the note that the tiles failed, nor a tile that loads the places'. */
  function noteControl() {
    var control = L.control({position: "topright"});
    var notes = {};
    control.onAdd = function () { return L.DomUtil.create("div", "map-note"); };
    control.say = function (subject, html) {
      notes[subject] = html;
      var div = this.getContainer();
      if (!div) return;
      var shown = Object.keys(notes).map(function (key) { return notes[key]; }).filter(Boolean).join("<br>");
      div.innerHTML = shown;
      div.style.display = shown ? "" : "none";
    };
    return control;
  }

  /* OpenStreetMap tiles that cannot be fetched (no network) fall back to the offline outlines. */
  function fallBackFromFailingTiles(map, tiles, outlines, note) {
    var failures = 0, loads = 0;
    tiles.on("tileerror", function () {
      failures += 1;
      if (failures >= 3 && loads === 0 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        map.addLayer(outlines);
        note.say("tiles", "OpenStreetMap tiles could not be loaded (no network?): showing the offline country outlines.");
      }
    });
    tiles.on("tileload", function () { loads += 1; note.say("tiles", ""); });
  }

  /* Country names (and capitals when zoomed in) on the offline outlines, in the page's language. */
  function labelLayer(map, options) {
    var arabic = /^ar\b/.test(navigator.language || "");
    var pane = map.createPane("placeLabels");
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";
    var layer = L.layerGroup();
    var labels = [];
    fetch(options.assetBase + "basemap/labels.json").then(function (response) { return response.json(); })
      .then(function (data) {
        labels = data.map(function (label) {
          var marker = L.marker([label.lat, label.lon], {
            pane: "placeLabels", interactive: false, keyboard: false,
            icon: L.divIcon({className: "map-label " + label.kind, iconSize: null,
                             html: '<span dir="auto">' + escaped(arabic ? label.ar : label.en) + '</span>'})
          });
          marker.label = label;
          return marker;
        });
        update();
      });
    // Big countries first; smaller ones and capitals as the map zooms in.
    function shows(label, zoom) {
      return label.kind === "capital" ? zoom >= 5 : label.area * Math.pow(2, 2 * zoom) >= 2000;
    }
    function update() {
      var zoom = map.getZoom();
      labels.forEach(function (marker) {
        if (shows(marker.label, zoom)) layer.addLayer(marker); else layer.removeLayer(marker);
      });
    }
    map.on("zoomend", update);
    return layer;
  }

  /* On a phone one finger scrolls the page; the map moves with two (pinch) or its buttons. */
  function shareTouchWithThePage(map) {
    var narrow;
    try { narrow = window.parent.innerWidth < 640; } catch (error) { narrow = window.innerWidth < 640; }
    if (narrow && L.Browser.touch) {
      map.dragging.disable();
      if (map.tap) map.tap.disable();
      map.getContainer().style.touchAction = "pan-y pinch-zoom";
    }
  }

  function create(map, options) {
    var labels = options.kindLabels;
    var markersById = {};
    var selected = null;
    var focusToken = null;
    var fitted = false;
    var rows = [];
    // On a phone the world at the map's least zoom (512 px) is wider than the screen: places
    // east of about 120°E would open off its edge.
    if (map.getSize().x < 512) map.setMinZoom(0);

    var clusters = L.markerClusterGroup({
      maxClusterRadius: options.clusterRadius,
      zoomToBoundsOnClick: false,
      spiderfyOnMaxZoom: true,
      showCoverageOnHover: false,
      spiderfyDistanceMultiplier: 1.6,
      chunkedLoading: true,
      iconCreateFunction: function (cluster) {
        var children = cluster.getAllChildMarkers();
        var mentions = children.reduce(function (sum, marker) { return sum + marker.options.mentions; }, 0);
        var size = Math.max(30, sizeFor(mentions, clusters.mostMentions || 1) + 8);
        return L.divIcon({
          html: '<div><span>' + count(mentions) + '</span></div>',
          className: "marker-cluster mentions-cluster",
          iconSize: L.point(size, size)
        });
      }
    });
    clusters.on("clusterclick", function (event) {
      var cluster = event.layer;
      if (cluster.getChildCount() <= SPIDERFY_AT_MOST || map.getZoom() >= map.getMaxZoom()) {
        cluster.spiderfy();
      } else {
        cluster.zoomToBounds({padding: [30, 30]});
      }
    });
    clusters.on("clustermouseover", function (event) {
      var children = event.layer.getAllChildMarkers().slice().sort(function (a, b) {
        return b.options.mentions - a.options.mentions;
      });
      var mentions = children.reduce(function (sum, marker) { return sum + marker.options.mentions; }, 0);
      var names = children.slice(0, 5).map(function (marker) { return escaped(marker.options.alt); }).join(", ");
      event.layer.bindTooltip('<div class="place-tooltip"><strong>' + plural(children.length, "place", "places")
        + '</strong>, ' + plural(mentions, "mention", "mentions") + '<br>' + names
        + (children.length > 5 ? ", …" : "") + '<br><em>click to open</em></div>',
        {direction: "top", sticky: true}).openTooltip();
    });

    var heat = L.heatLayer([], {radius: 25, minOpacity: 0.3});
    var legend = legendControl(options).addTo(map);
    var note = noteControl().addTo(map);
    note.say("places", "");
    map.addLayer(clusters);
    options.layerControl.addOverlay(clusters, options.placesName);
    options.layerControl.addOverlay(heat, options.heatName);
    var tiles = options.tiles, outlines = options.outlines;
    fallBackFromFailingTiles(map, tiles, outlines, note);
    // The names belong to the outlines: OpenStreetMap's tiles carry their own.
    var names = labelLayer(map, options);
    map.addLayer(names);
    map.on("baselayerchange", function (event) {
      if (event.layer === outlines) map.addLayer(names); else map.removeLayer(names);
    });
    shareTouchWithThePage(map);
    if (pageUrl() && new URLSearchParams(pageUrl().search).get("tiles") === "osm") {
      map.removeLayer(outlines);
      map.removeLayer(names);
      map.addLayer(tiles);
    }
    map.on("baselayerchange", function (event) {
      try {
        var target = new URL(window.parent.location.href);
        if (event.layer === tiles) target.searchParams.set("tiles", "osm"); else target.searchParams.delete("tiles");
        window.parent.history.replaceState(window.parent.history.state, "", target.toString());
      } catch (error) { /* not in a page we may address */ }
    });
    var view = viewFromUrl();
    if (view) { map.setView(view.centre, view.zoom); fitted = true; }
    keepViewInUrl(map);
    try { window.frameElement.title = options.title; } catch (error) { /* not framed */ }

    function marker(row, most) {
      var size = sizeFor(row[2], most);
      var icon = L.icon({
        iconUrl: options.assetBase + "markers/" + row[8] + ".svg",
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2],
        tooltipAnchor: [0, -size / 2],
        className: "place-marker"
      });
      // Smaller icons above bigger ones, so a busy country never hides a city.
      var placeMarker = L.marker([row[0], row[1]], {
        icon: icon, alt: row[4], title: "", keyboard: true, riseOnHover: true, mentions: row[2],
        placeId: row[7], zIndexOffset: (MAX_SIZE - size) * 100
      });
      placeMarker.bindTooltip(tooltip(row, labels, 0), {direction: "top"});
      // Each click tells the app anew (a second click on the same marker is a new choice), and
      // Enter or the space bar on a focused marker is a click, passed on to the clusters' group
      // as a mouse click is: streamlit-folium listens on the layers the map held when this
      // rerun's places were handed over, and a marker then in a cluster was none of them.
      var clicks = 0;
      placeMarker.on("click", function () {
        clicks += 1;
        placeMarker.setTooltipContent(tooltip(row, labels, clicks));
      });
      placeMarker.on("add", function () {
        L.DomEvent.on(placeMarker._icon, "keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            L.DomEvent.preventDefault(event);
            placeMarker.fire("click", {latlng: placeMarker.getLatLng(), originalEvent: event}, true);
          }
        });
      });
      return placeMarker;
    }

    function highlight(placeId) {
      if (selected && selected._icon) L.DomUtil.removeClass(selected._icon, "selected");
      selected = placeId ? markersById[placeId] || null : null;
      if (selected && selected._icon) L.DomUtil.addClass(selected._icon, "selected");
    }
    clusters.on("animationend spiderfied", function () { highlight(selected && selected.options.placeId); });
    map.on("zoomend", function () { highlight(selected && selected.options.placeId); });

    var shownVersion = null;

    function show(data) {
      // A rerun that changes only the selection keeps the markers (and an opened cluster) as they are.
      if (data.version === shownVersion) {
        note.say("places", rows.length ? "" : escaped(data.empty));
        highlight(data.selected);
        focus(data);
        return;
      }
      shownVersion = data.version;
      rows = data.rows;
      var most = rows.reduce(function (top, row) { return Math.max(top, row[2]); }, 1);
      clusters.mostMentions = most;
      clusters.clearLayers();
      markersById = {};
      var markers = rows.map(function (row) {
        var placeMarker = marker(row, most);
        markersById[row[7]] = placeMarker;
        return placeMarker;
      });
      // The opening view is set before the markers are added: a zoom after them would animate
      // their clusters splitting, and a tap during that lands on whatever passes under it.
      if (!fitted && rows.length) {
        map.fitBounds(L.latLngBounds(framing(rows).map(function (row) { return [row[0], row[1]]; })),
                      L.extend({maxZoom: options.maxFitZoom, animate: false}, FIT_PADDING));
        fitted = true;
      }
      clusters.addLayers(markers);
      heat.setLatLngs(rows.map(function (row) { return [row[0], row[1], row[2] / most]; }));
      var order = data.colourBy === "event" ? options.eventOrder : options.kindOrder;
      var shown = order.filter(function (key) { return rows.some(function (row) { return row[8] === key; }); });
      legend.update(shown, most);
      note.say("places", rows.length ? "" : escaped(data.empty));
      highlight(data.selected);
      focus(data);
    }

    function focus(data) {
      if (data.focus && data.focusToken !== focusToken && markersById[data.focus]) {
        focusToken = data.focusToken;
        var target = markersById[data.focus];
        // Zoom to the kind's zoom first, then as much further as its cluster needs to open.
        map.setView(target.getLatLng(), Math.max(map.getZoom(), data.focusZoom), {animate: false});
        clusters.zoomToShowLayer(target, function () { highlight(data.focus); });
      }
    }

    return {show: show, clusters: clusters, heat: heat, markersById: function () { return markersById; }};
  }

  window.PlaceMap = {create: create, ID_MARK: ID_MARK, FIT_PADDING: FIT_PADDING, framing: framing};
})();
