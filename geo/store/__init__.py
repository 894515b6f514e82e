"""The store: documents parsed once, kept as Parquet, queried with DuckDB.

``ingest`` fills a store in parallel (a Dask cluster, local by default); ``StoreQuery``
answers the dashboard's questions over it. See ``geo/store/layout.py`` for what is on disk.
"""

from geo.store.layout import Manifest, Store, StoreBusyError, StoreError, StoreVersionError

__all__ = ["Manifest", "Store", "StoreBusyError", "StoreError", "StoreVersionError"]
