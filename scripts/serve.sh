#!/usr/bin/env bash
# Serves the app with rebuild-on-change at http://127.0.0.1:8080/api-client/
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
setup_build
cd "$ROOT"
exec trunk serve "$@"
