#!/usr/bin/env bash
# startup.sh — process start-up and batch figures of appflow-validate and of the library, each as a ratio to the
# JVM floor measured in the same run (so a busy machine shifts both sides alike).
#
#   benchmarks/startup.sh                 # 10 runs per figure (medians), 2 warm-ups
#   RUNS=20 benchmarks/startup.sh         # more runs
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/startup.sh   # another runtime (its own archive/cache)
#   APPFLOW_VALIDATE_JAR=/tmp/old.jar benchmarks/startup.sh             # another build of the CLI (no rebuild test)
#   BENCHMARKS_JAR=/tmp/old-benchmarks.jar benchmarks/startup.sh        # another build of the library
#
# Needs validator/target/appflow-validate.jar and benchmarks/target/benchmarks.jar
# (mvn -B -ntp -pl benchmarks -am package -DskipTests). Uses hyperfine when installed (wall medians and mean
# CPU time, steadier on a shared machine), else a loop over `date +%s%N` (wall medians only).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="${APPFLOW_VALIDATE_JAR:-$root/validator/target/appflow-validate.jar}"
bench_jar="${BENCHMARKS_JAR:-$root/benchmarks/target/benchmarks.jar}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
runs="${RUNS:-10}"
for f in "$jar" "$bench_jar"; do
  [[ -f "$f" ]] || { echo "startup.sh: $f is missing; run: mvn -B -ntp -pl benchmarks -am package -DskipTests" >&2; exit 2; }
done
# Without APPFLOW_VALIDATE_JAR the launcher runs as in a checkout, its rebuild test included (the jar must be fresh:
# build it first); with it, that jar as given.
[[ -n "${APPFLOW_VALIDATE_JAR:-}" ]] && export APPFLOW_VALIDATE_JAR="$jar"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Batches of API bodies: the bundled example bodies (valid ones and ones with findings) copied round-robin.
mapfile -t bodies < <(find "$root/examples" -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' \) | sort)
make_batch() {
  local n="$1" dir="$work/batch-$1" i k name texts=() names=()
  mkdir -p "$dir"
  for ((k = 0; k < ${#bodies[@]}; k++)); do texts+=("$(<"${bodies[k]}")"); names+=("$(basename "${bodies[k]}")"); done
  # Written by the shell itself: a process per file would take minutes on a busy machine.
  for ((i = 0; i < n; i++)); do
    k=$((i % ${#bodies[@]}))
    printf -v name '%05d-%s' "$i" "${names[k]}"
    printf '%s\n' "${texts[k]}" >"$dir/$name"
  done
}
make_batch 1000
make_batch 10000
one_valid="$root/examples/salesforce-to-s3.json"
one_failing="$root/examples/salesforce-upsert-missing-id-fields.json"

# In ms: "wall cpu", the median wall time and the mean user+system CPU time ("-" without hyperfine).
measure() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N -i -w 2 -r "$runs" --export-json "$work/h.json" "$1" >/dev/null 2>&1
    jq -r '.results[0] | [.median, .user + .system] | map(. * 10000 | round / 10 | tostring) | join(" ")' \
      "$work/h.json"
  else
    local i t0 times=()
    for ((i = 0; i < runs + 2; i++)); do
      t0=$(date +%s%N)
      bash -c "$1" >/dev/null 2>&1 || true
      ((i >= 2)) && times+=($(( ($(date +%s%N) - t0) / 100000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f -\n", a[int((NR+1)/2)]/10}'
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "-") printf "%.2fx", a / b; else print "-" }'; }

row() {  # label, floor ("wall cpu"), command
  local m wall cpu
  m="$(measure "$3")"; wall="${m% *}"; cpu="${m#* }"
  printf '| %-52s | %8s | %8s | %7s | %7s |\n' "$1" "$wall" "$cpu" "$(ratio "$wall" "${2% *}")" \
    "$(ratio "$cpu" "${2#* }")"
}

launcher="$root/appflow-validate"
"$launcher" --version >/dev/null  # creates this runtime's archive (or cache) once, outside the measurement
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
echo "java: $("$java" -version 2>&1 | head -1); runs: $runs; load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo
printf '| %-52s | %8s | %8s | %7s | %7s |\n' "figure" "wall ms" "cpu ms" "wall/fl" "cpu/fl"
echo "|---|---:|---:|---:|---:|"
floor="$(measure "$java $flags -version")"
row "JVM floor (launcher flags, -version)" "$floor" "$java $flags -version"
row "launcher --version" "$floor" "$launcher --version"
row "launcher, 1 valid flow file" "$floor" "$launcher $one_valid"
row "launcher, 1 flow file with a finding" "$floor" "$launcher $one_failing"
row "launcher --format sarif, 1 flow file with a finding" "$floor" "$launcher --format sarif $one_failing"
row "launcher, 1,000 flow files" "$floor" "$launcher -q $work/batch-1000"
row "launcher, 10,000 flow files" "$floor" "$launcher -q $work/batch-10000"
plain="$(measure "$java -version")"
row "JVM floor (no flags, -version)" "$plain" "$java -version"
row "java -jar --version" "$plain" "$java -jar $jar --version"
row "java -jar, 1 valid flow file" "$plain" "$java -jar $jar $one_valid"
row "java -jar, 1,000 flow files" "$plain" "$java -jar $jar -q $work/batch-1000"
row "library cold: forOperation + 1 validation (process)" "$floor" \
  "$java $flags -cp $bench_jar org.appflowcontracts.benchmarks.LibraryColdStart $one_failing"

# The library figure inside the process: from the first forOperation call to the end of the first validation.
inner=()
for ((i = 0; i < runs; i++)); do
  inner+=("$("$java" $flags -cp "$bench_jar" org.appflowcontracts.benchmarks.LibraryColdStart "$one_failing" | cut -d' ' -f3)")
done
echo
echo "library cold, in process (forOperation + first validate, ms, median of $runs): $(printf '%s\n' "${inner[@]}" \
  | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
