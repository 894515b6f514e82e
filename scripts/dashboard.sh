#!/usr/bin/env bash
# Set up (idempotent) and start the dashboard on seeds/ (or pass -- --corpus PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/streamlit run dashboard.py --server.headless true --server.address 127.0.0.1 "$@"
