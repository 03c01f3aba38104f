#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine; a no-op when everything is there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
