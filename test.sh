#!/usr/bin/env bash
# Runs every test of the repository: installs what the tests need (idempotently), lints the schema,
# builds with warnings as errors, runs every test project, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# What the tests need beyond the .NET SDK and Node.js.
if [ ! -x node_modules/.bin/buf ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 2; }
fi
# The store's health tests mount a tmpfs and an ext4 image on a loop device (root, as CI runs).
missing=""
for tool in mount umount losetup mkfs.ext4 e2fsck; do
  command -v "$tool" >/dev/null || missing=1
done
if [ -n "$missing" ]; then
  (apt-get update -qq && apt-get install -y -qq e2fsprogs mount util-linux) || { echo "apt-get install e2fsprogs mount util-linux failed"; exit 2; }
fi
# The Node.js example's packages (its test runs it against a hub).
node_client=tools/node-client
if [ ! -d $node_client/node_modules/@grpc/grpc-js ] || [ $node_client/package-lock.json -nt $node_client/node_modules/.package-lock.json ]; then
  npm ci --prefix $node_client --no-audit --no-fund --loglevel=error || { echo "npm ci --prefix $node_client failed"; exit 2; }
fi

# 1. The schema: buf lint with the STANDARD and COMMENTS rules, no exceptions.
if node_modules/.bin/buf lint protos; then pass "buf lint (STANDARD, COMMENTS)"; else fail "buf lint (STANDARD, COMMENTS)"; fi
# The schema freeze: no breaking change (WIRE_JSON) against the baseline image of protos/baseline,
# which must be exactly the recorded commit's schema wherever the clone holds that commit.
mkdir -p .artifacts
baseline_commit=$(cat protos/baseline/COMMIT)
if git cat-file -e "$baseline_commit^{commit}" 2>/dev/null; then
  node_modules/.bin/buf build ".git#ref=$baseline_commit,subdir=protos" -o .artifacts/baseline-check.binpb \
    && cmp -s .artifacts/baseline-check.binpb protos/baseline/interop-v1.binpb \
    && pass "schema baseline image is commit ${baseline_commit:0:12}" \
    || fail "schema baseline image is not commit ${baseline_commit:0:12}'s schema"
else
  echo "note: commit $baseline_commit is not in this clone; the baseline image is used as recorded"
fi
if node_modules/.bin/buf breaking protos --against protos/baseline/interop-v1.binpb; then
  pass "buf breaking (WIRE_JSON) against the v1 baseline"
else
  fail "buf breaking (WIRE_JSON) against the v1 baseline"
fi

# 2. The build: no warnings (they are errors).
if dotnet build Interop.sln --nologo -v quiet -clp:ErrorsOnly; then
  pass "dotnet build Interop.sln (warnings as errors)"
else
  fail "dotnet build Interop.sln (warnings as errors)"
  echo "$passed passed, $failed failed"
  exit 1
fi

# 3. Every test project.
results=.artifacts/test-results
rm -rf "$results"
dotnet test Interop.sln --no-build --nologo --logger trx --results-directory "$results"
test_exit=$?
test_passed=0
test_failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  nx=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  test_passed=$((test_passed + ${p:-0}))
  # A test that did not run (skipped, aborted) is not a pass.
  test_failed=$((test_failed + ${f:-0} + ${e:-0} + ${nx:-0}))
done
# Every test project must have reported (a missing report would hide its tests).
projects=$(grep -c '\.Tests\.csproj' Interop.sln)
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$reports" -ne "$projects" ]; then
  fail "$projects test projects but $reports test reports"
fi
passed=$((passed + test_passed))
failed=$((failed + test_failed))
if [ "$test_exit" -ne 0 ] && [ "$test_failed" -eq 0 ]; then
  fail "dotnet test exited with $test_exit without reporting a failed test (a test host crashed?)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
