#!/usr/bin/env bash
# Create .venv and install the project's Python dependencies, Debian's unicode-cldr-core (CLDR's
# Arabic names of provinces and states, read when the gazetteer index is built) and, with
# --test, what the tests need: Debian's chromium for the browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
if [[ ! -x .venv/bin/python ]] && ! python3 -m venv .venv 2>/dev/null; then
    # Debian and Ubuntu ship venv apart from python3.
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    rm -rf .venv
    python3 -m venv .venv
fi
if [[ ! -f /usr/share/unicode/cldr/common/subdivisions/ar.xml ]]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq unicode-cldr-core >/dev/null
fi
if [[ "${1:-}" == "--test" ]]; then
    .venv/bin/python -m pip install --quiet -r requirements-test.txt
    if ! command -v chromium >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    fi
else
    .venv/bin/python -m pip install --quiet -r requirements.txt
fi
.venv/bin/python -m geo build-index
