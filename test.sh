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

# 3. Every test project, in two stages: the fast stage (what a developer runs in a loop), then the
# slow stage (soak, load and timing tests, marked [Trait("Stage", "Slow")], see testing/TestStage.cs).
results=.artifacts/test-results
rm -rf "$results"
projects=$(grep -c '\.Tests\.csproj' Interop.sln)
# The projects that have slow tests; a project without any reports no tests in the slow stage.
slow_projects=$(grep -o '[^"]*\.Tests\.csproj' Interop.sln | tr '\\' '/' | while read -r project; do
  grep -rlq --include='*.cs' 'Trait(TestStage.Name, TestStage.Slow)' "$(dirname "$project")" && echo "$project"
done | wc -l)

# Runs one stage; counts what its .trx reports say and checks that every project expected reported.
run_stage() {
  local name=$1 filter=$2 expected=$3
  local dir="$results/$name" started=$SECONDS
  dotnet test Interop.sln --no-build --nologo --filter "$filter" --logger trx --results-directory "$dir"
  local code=$? stage_passed=0 stage_failed=0 reports=0
  local seconds=$((SECONDS - started))
  for trx in "$dir"/*.trx; do
    [ -e "$trx" ] || continue
    local counters p f e nx t
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
    nx=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
    [ "${t:-0}" -gt 0 ] && reports=$((reports + 1))
    stage_passed=$((stage_passed + ${p:-0}))
    # A test that did not run (skipped, aborted) is not a pass.
    stage_failed=$((stage_failed + ${f:-0} + ${e:-0} + ${nx:-0}))
  done
  echo "stage $name: $stage_passed passed, $stage_failed failed in ${seconds} s wall time"
  passed=$((passed + stage_passed))
  failed=$((failed + stage_failed))
  # Every project expected must have reported its tests (a missing report would hide them).
  if [ "$reports" -ne "$expected" ]; then
    fail "stage $name: $expected test projects should report tests but $reports did"
  fi
  if [ "$code" -ne 0 ] && [ "$stage_failed" -eq 0 ]; then
    fail "stage $name: dotnet test exited with $code without reporting a failed test (a test host crashed?)"
  fi
  stage_times="$stage_times$name ${seconds} s; "
}

stage_times=""
run_stage fast 'Stage!=Slow' "$projects"
run_stage slow 'Stage=Slow' "$slow_projects"
echo "wall time by stage: ${stage_times% }"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
