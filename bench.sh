#!/usr/bin/env bash
# The benchmark (DESIGN.md §8): builds the solution in Release, then runs tools/Interop.Bench, which starts
# the echo server and the hub as child processes and drives them with the load generator in process.
# ./bench.sh --quick (under two minutes) | ./bench.sh (about 20 minutes) | ./bench.sh --scale 1m; any option of interop-bench.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Interop.sln -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet tools/Interop.Bench/bin/Release/net10.0/Interop.Bench.dll "$@"
