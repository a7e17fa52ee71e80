#!/usr/bin/env bash
# npm for the Maven build of web/ (see web/pom.xml). Fails with what to install when Node.js or
# npm is missing or too old, instead of Maven's bare "Cannot run program". `ci` is skipped when
# node_modules was installed from this very package-lock.json (a stamp of its hash), so a rebuild
# does not reinstall everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

NEED_NODE="20.19.0"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "web: building the staff web app needs Node.js >= ${NEED_NODE} with npm, and 'node' or 'npm' is not on PATH." >&2
  echo "web: install them (nodejs.org, NodeSource or nvm; Debian 12's own nodejs package is too old) and build again." >&2
  exit 1
fi
if ! node -e '
  const [need, have] = [process.argv[1], process.versions.node].map(v => v.split(".").map(Number));
  const ok = have[0] > need[0] || (have[0] === need[0] && (have[1] > need[1] || (have[1] === need[1] && have[2] >= need[2])));
  process.exit(ok ? 0 : 1);' "$NEED_NODE"; then
  echo "web: building the staff web app needs Node.js >= ${NEED_NODE}; found $(node --version) at $(command -v node). Install a newer Node.js and build again." >&2
  exit 1
fi

if [[ "${1:-}" == "ci" ]]; then
  stamp="node_modules/.renos-lock-sha256"
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "web: node_modules matches package-lock.json; npm ci skipped"
    exit 0
  fi
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
  exit 0
fi
exec npm "$@"
