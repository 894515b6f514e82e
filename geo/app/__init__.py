"""The dashboard's own code: what it shows and how (``dashboard.py`` wires it to Streamlit).

``geo/`` proper is the geoparser and the store, which the command line and other programs
use; this package is the app on top of them.
"""
