#!/usr/bin/env bash
# Set up (idempotent) and start the dashboard on seeds/ (or pass -- --corpus PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# scripts/serve.py is `streamlit run dashboard.py` that loads the gazetteer while the server starts.
exec .venv/bin/python scripts/serve.py --server.headless true --server.address 127.0.0.1 "$@"
