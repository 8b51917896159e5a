#!/usr/bin/env bash
# MeritFlow benchmark beside the bare Camunda engine, on H2 and PostgreSQL, in one go (docs/benchmarks.md).
#   scripts/benchmark.sh --quick               the four targets of issue #17 on PostgreSQL in about five minutes;
#                                              prints each figure with its target, exits 1 when one is missed
#   scripts/benchmark.sh [--db h2|postgres|both] [--kp-75000 | --kp N] [--label NAME] [--set 'key=value;key=value']
#                        [--scenarios baseline,mutasi,kenaikanPangkat,rest,peringkat,startup] [--rest-seconds N] [--jfr]
#   scripts/benchmark.sh --registry 100000,1000000   registry growth only (national ranking, name search) on its own
#                                              database meritflow_bench_registri (docs/perf/registri.md)
# --jfr: record a JFR CPU profile of the run to target/benchmark/profile-[NAME-]<time>.jfr (summary: java scripts/JfrTop.java FILE).
# Writes target/benchmark/benchmark-[NAME-]<timestamp>.json and .md. Minutes, not seconds: not part of `mvn verify`.
# PostgreSQL: MERITFLOW_BENCHMARK_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/meritflow_bench, dropped and
# re-created each run), MERITFLOW_BENCHMARK_POSTGRES_USER (default postgres), MERITFLOW_BENCHMARK_POSTGRES_PASSWORD.
# Extra Maven options (e.g. -o for offline) from MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

size=full db="" kp="" registry="" label="" set="" scenarios="" rest_seconds="" jfr=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) size=quick; shift ;;
    --registry) registry="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --kp-75000) kp=75000; shift ;;  # one batch of 75,000 (the full run does 10,000 and 75,000 anyway)
    --kp) kp="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --set) set="$2"; shift 2 ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    --rest-seconds) rest_seconds="$2"; shift 2 ;;
    --jfr) jfr=yes; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$db" in ""|h2|postgres|both) ;; *) echo "--db h2|postgres|both" >&2; exit 2 ;; esac
if [ "$size" = quick ] && [ -n "$db" ] && [ "$db" != postgres ]; then echo "--quick runs on PostgreSQL only" >&2; exit 2; fi

pg_url="${MERITFLOW_BENCHMARK_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/meritflow_bench}"
pg_user="${MERITFLOW_BENCHMARK_POSTGRES_USER:-postgres}"
if [ "$db" != h2 ]; then  # both, postgres, or the size's default (which includes PostgreSQL)
  host=$(sed -E 's#jdbc:postgresql://([^:/]+).*#\1#' <<<"$pg_url")
  pg_isready -q -h "$host" || { echo "PostgreSQL at $host is not ready (pg_isready)" >&2; exit 1; }
fi

jfr_args=()
if [ -n "$jfr" ]; then
  mkdir -p target/benchmark
  jfr_file="$PWD/target/benchmark/profile-${label:+$label-}$(date +%Y%m%d-%H%M%S).jfr"
  # Engine stacks run deeper than JFR's default 64 frames; cut stacks lose the job or request at their root.
  jfr_args=("-DargLine=-XX:FlightRecorderOptions:stackdepth=384 -XX:StartFlightRecording=filename=$jfr_file,settings=profile,dumponexit=true")
fi

# Tasklist users work 20 s after their warm-up; 15 s in --quick (about 2,400 requests: enough for a p99) to stay within 5 min
[ -z "$rest_seconds" ] && { [ "$size" = quick ] && rest_seconds=15 || rest_seconds=20; }
opts=(-Dmeritflow.benchmark.size="$size")
[ -n "$db" ] && opts+=(-Dmeritflow.benchmark.db="$db")
[ -n "$kp" ] && opts+=(-Dmeritflow.benchmark.kp="$kp")
[ "$size" = quick ] && [ -z "$label" ] && label=quick
if [ -n "$registry" ]; then
  opts+=(-Dtest=RegistriBenchmark -Dmeritflow.benchmark.registry="$registry")
  [ -z "$label" ] && label=registri
fi

started=$(date +%s)
status=0
# shellcheck disable=SC2086
mvn -B -ntp ${MVN_ARGS:-} -Pbenchmark test "${opts[@]}" -Dmeritflow.benchmark.label="$label" \
  -Dmeritflow.benchmark.set="$set" -Dmeritflow.benchmark.scenarios="$scenarios" \
  -Dmeritflow.benchmark.rest-seconds="$rest_seconds" \
  -Dmeritflow.benchmark.postgres.url="$pg_url" -Dmeritflow.benchmark.postgres.user="$pg_user" "${jfr_args[@]}" || status=$?

latest=$(ls -t target/benchmark/benchmark-*.md 2>/dev/null | head -n 1)
if [ -z "$latest" ] || [ "$(stat -c %Y "$latest")" -lt "$started" ]; then
  echo "no report written (Maven failed before the benchmark ran: exit $status)" >&2
  exit 1
fi
echo
echo "==> $latest ($(( $(date +%s) - started )) s)"
cat "$latest"
if [ -n "$jfr" ]; then echo "JFR: $jfr_file (java scripts/JfrTop.java $jfr_file [thread-prefix])"; fi
if [ "$status" -ne 0 ]; then
  echo "benchmark FAILED: a target was missed or a scenario failed (Maven exit $status)" >&2
  exit 1
fi
