#!/usr/bin/env bash
# Serves the app with rebuild on change, at the address and port of Trunk.toml's
# [serve] under its public_url (Trunk prints the URL). Arguments go to trunk serve.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
setup_build
cd "$ROOT"
exec trunk serve "$@"
