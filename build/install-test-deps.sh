#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine; a no-op (about a second) when everything is there.
# Run as root (CI and the dev machines are). Each step has its own guard, so a half-installed machine is completed.
#   Debian: chromium (browser tests, via Playwright with ExecutablePath=/usr/bin/chromium), jing (Atom RELAX NG),
#           libxml2-utils (xmllint), python3-feedparser (for /usr/bin/python3), python3-aiosmtpd (the notify tests' SMTP
#           server, tests/tools/smtp-sink.py), a Java runtime only when `java` is missing,
#           Node.js and npm only when `npm` is missing.
#   npm:    tests/tools/package.json + package-lock.json (vnu-jar, html-validate, axe-core, statuspage.io), with `npm ci`:
#           the jar is tests/tools/node_modules/vnu-jar/build/dist/vnu.jar, the CLIs are in tests/tools/node_modules/.bin.
#   .NET:   the local tools in .config/dotnet-tools.json (Cake).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DEBIAN_FRONTEND=noninteractive

log() { echo "install-test-deps: $*" >&2; }

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- Debian packages: collect what is missing, then one `apt-get update` and one install.
missing=()
for package in chromium fonts-liberation jing libxml2-utils python3-feedparser python3-aiosmtpd; do
  is_installed "$package" || missing+=("$package")
done
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: ${missing[*]}; run this script as root (or install them with apt-get)"
    exit 1
  fi
  log "installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Debian python, not a pyenv shim: that is where python3-feedparser lives and what the feed tests call.
/usr/bin/python3 -c 'import feedparser' || { log "python3-feedparser is installed but /usr/bin/python3 cannot import it"; exit 1; }
/usr/bin/python3 -c 'import aiosmtpd' || { log "python3-aiosmtpd is installed but /usr/bin/python3 cannot import it"; exit 1; }

# --- npm validators: `npm ci` in every test folder with a lock file (tests/tools; tests/ itself if a helper put one there),
# only when its lock file changed since the last successful install.
# --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime; we use the system java instead.
for lock in "$root"/tests/tools/package-lock.json "$root"/tests/package-lock.json; do
  [ -f "$lock" ] || continue
  folder="$(dirname "$lock")"
  stamp="$folder/node_modules/.statusgen-lock.sha256"
  lock_hash="$(sha256sum "$lock" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    log "npm ci in ${folder#"$root"/}"
    (cd "$folder" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$lock_hash" >"$stamp"
  fi
done

# --- .NET local tools (fast when already restored).
dotnet tool restore >/dev/null
