#!/usr/bin/env bash
# The test command (npm test): checks generated files, then runs the Node tests and the browser tests
# in Debian Chromium, then every Storybook story in Chromium, and ends with one line "N passed, N failed" covering both.
set -u
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh || exit 1
mkdir -p .tmp

# The collector's tests run against PGlite and a real PostgreSQL server: with-postgres.sh starts one
# (or uses LPC_TEST_DATABASE_URL / DATABASE_URL); without one the PostgreSQL tests fail, saying why.
bash scripts/with-postgres.sh node scripts/node-tests.mjs 2>&1 | tee .tmp/node.log
node_rc=${PIPESTATUS[0]}

npx web-test-runner --static-logging 2>&1 | tee .tmp/wtr.log
wtr_rc=${PIPESTATUS[0]}

# Every story, rendered in Chromium: no uncaught error, zero axe violations, reflow at 320 px.
STORYBOOK_DISABLE_TELEMETRY=1 npx storybook build -o storybook-static --quiet >.tmp/storybook-build.log 2>&1
sb_build_rc=$?
if [ "$sb_build_rc" -ne 0 ]; then
  cat .tmp/storybook-build.log
  echo "0 passed, 1 failed" >.tmp/stories.log
  stories_rc=1
else
  node scripts/check-stories.mjs 2>&1 | tee .tmp/stories.log
  stories_rc=${PIPESTATUS[0]}
fi

# A whole 360 through the demo pages in Chromium, on PGlite and on PostgreSQL (test/e2e/).
rm -f .tmp/e2e.tap
bash scripts/with-postgres.sh node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=.tmp/e2e.tap test/e2e/*.test.ts 2>&1 | tee .tmp/e2e.log
e2e_rc=${PIPESTATUS[0]}
tap() { grep -aoE "^# $1 [0-9]+" .tmp/e2e.tap 2>/dev/null | awk '{ s += $3 } END { print s + 0 }'; }
ep=$(tap pass); ef=$(( $(tap fail) + $(tap cancelled) ))
echo "End to end: $ep passed, $ef failed" | tee -a .tmp/e2e.log

counts() { grep -aoE '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1; }
read -r np _ nf _ <<<"$(counts .tmp/node.log | tr ',' ' ')"
read -r bp _ bf _ <<<"$(counts .tmp/wtr.log | tr ',' ' ')"
read -r sp _ sf _ <<<"$(counts .tmp/stories.log | tr ',' ' ')"
np=${np:-0}; nf=${nf:-0}; bp=${bp:-0}; bf=${bf:-0}; sp=${sp:-0}; sf=${sf:-0}
if [ "$e2e_rc" -ne 0 ] && [ "$ef" -eq 0 ]; then ef=1; fi
# A test file that fails to import is not counted by the runner: count it as a failure.
if [ "$node_rc" -ne 0 ] && [ "$nf" -eq 0 ]; then nf=1; fi
if [ "$wtr_rc" -ne 0 ] && [ "$bf" -eq 0 ]; then bf=1; fi
if [ "$stories_rc" -ne 0 ] && [ "$sf" -eq 0 ]; then sf=1; fi
echo "Node: $np passed, $nf failed. Chromium: $bp passed, $bf failed. Stories: $sp passed, $sf failed. End to end: $ep passed, $ef failed."
echo "$((np + bp + sp + ep)) passed, $((nf + bf + sf + ef)) failed"
[ "$node_rc" -eq 0 ] && [ "$wtr_rc" -eq 0 ] && [ "$stories_rc" -eq 0 ] && [ "$e2e_rc" -eq 0 ]
