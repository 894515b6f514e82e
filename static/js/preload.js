/* Loaded first of the map's scripts: streamlit-folium loads them one after another, each only
 * once the one before has run, so the browser is told here to fetch all the rest at once. */
(function () {
  "use strict";
  var base = document.currentScript.src.replace(/js\/preload\.js.*$/, "");
  var assets = [
    ["vendor/leaflet/leaflet.js", "script"], ["vendor/markercluster/leaflet.markercluster.js", "script"],
    ["vendor/leaflet-heat/leaflet-heat.js", "script"], ["js/place-map.js", "script"],
    ["vendor/leaflet/leaflet.css", "style"], ["css/map.css", "style"],
    ["vendor/markercluster/MarkerCluster.css", "style"], ["vendor/markercluster/MarkerCluster.Default.css", "style"],
    ["basemap/ne_50m_countries.geojson", "fetch"], ["basemap/labels.json", "fetch"]
  ];
  assets.forEach(function (asset) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.href = base + asset[0];
    link.as = asset[1];
    if (asset[1] === "fetch") link.crossOrigin = "anonymous";
    document.head.appendChild(link);
  });
})();
