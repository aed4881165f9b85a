#!/usr/bin/env bash
# `npm test`: unit tests, database tests on PGlite and on a real PostgreSQL server, end-to-end tests
# in Debian's Chromium against the production build. Prints "N passed, N failed" at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports=.data/test-reports
rm -rf "$reports" && mkdir -p "$reports"
status=0

vitest() { # name, project, [command prefix...]
  local name=$1 project=$2
  shift 2
  echo "=== $name"
  "$@" npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="$reports/$name.json" || status=1
}

bash scripts/ensure-chromium.sh || status=1
bash scripts/ensure-tex.sh || status=1
bash scripts/ensure-pandas.sh || status=1
echo "=== typecheck and lint"
npx tsc --noEmit || status=1
npx eslint . || status=1
vitest unit unit
vitest db-pglite db env TEST_DATABASE_URL=
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  vitest db-postgres db
elif ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ "$(id -u)" = 0 ]; then
  vitest db-postgres db bash scripts/with-postgres.sh
else
  echo "=== db-postgres: skipped (no PostgreSQL server here; set TEST_DATABASE_URL to a throwaway database)"
fi
vitest e2e e2e

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of fs.readdirSync(process.argv[1])) {
  const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + (!r.success && r.numFailedTests === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
' "$reports" || status=1
exit $status
