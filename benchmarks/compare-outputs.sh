#!/usr/bin/env bash
# Runs two builds of the runnable jar over the same inputs and compares what a user sees: stdout, stderr and the
# exit code, in every output format, each file alone and each folder as one batch. A change that should only make
# the tool faster must leave all of it byte-identical.
#
#   benchmarks/compare-outputs.sh OLD_JAR NEW_JAR [INPUT...]
#
# INPUTs are folders or files (default: examples/ and the test corpus, mistakes and templates). Folders are walked
# as the tool walks them (*.json, *.yaml, *.yml, *.tf; hidden folders skipped); every folder, and every folder below
# it, is also run as one batch. Runs from the repository root so both builds print the same paths.
# Needs bash, java and diff. JAVA_OPTS is passed to both JVMs (e.g. -XX:TieredStopAtLevel=1 for shorter runs).
# Exit code: 0 all runs identical, 1 some differ, 2 usage error or a build that lacks an output format.
#
# One field is normalised: SARIF's tool version ("version" : "..." of the driver), which states the build's own
# version; when the two builds' --version differ, the old build's is replaced by the new one's before comparing.
set -u
usage() { echo "usage: $0 OLD_JAR NEW_JAR [INPUT...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
absolute() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
old_jar=$(absolute "$1"); new_jar=$(absolute "$2"); shift 2
for jar in "$old_jar" "$new_jar"; do
    [ -f "$jar" ] || { echo "compare-outputs: no jar at $jar" >&2; exit 2; }
done
inputs=()
for input in "$@"; do
    [ -e "$input" ] || { echo "compare-outputs: no file or folder at $input" >&2; exit 2; }
    inputs+=("$(absolute "$input")")
done
command -v java >/dev/null && command -v diff >/dev/null || { echo "compare-outputs: needs java and diff" >&2; exit 2; }
cd "$(dirname "$0")/.." || exit 2
[ ${#inputs[@]} -gt 0 ] || inputs=(examples validator/src/test/resources/corpus
    validator/src/test/resources/mistakes validator/src/test/resources/templates)

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8

run_jar() { # jar, then the tool's arguments; prints nothing, writes the run's record to $work/record
    local jar=$1; shift
    # shellcheck disable=SC2086  # JAVA_OPTS holds several options
    java ${JAVA_OPTS:-} -jar "$jar" "$@" >"$work/out" 2>"$work/err" </dev/null
    local code=$?
    { echo "== exit code $code"; echo "== stdout"; cat "$work/out"; echo "== stderr"; cat "$work/err"; } >"$work/record"
}

version_of() { java ${JAVA_OPTS:-} -jar "$1" --version 2>/dev/null | head -n 1 | awk '{print $NF}'; }
old_version=$(version_of "$old_jar"); new_version=$(version_of "$new_jar")

# The formats both builds offer: each build's --help must name --format and the format on the option's lines.
formats=(); missing=()
for format in text json sarif; do
    offered=yes
    for jar in "$old_jar" "$new_jar"; do
        java ${JAVA_OPTS:-} -jar "$jar" --help 2>&1 | grep -i -A2 -e '--format' | grep -qiw -e "$format" || {
            offered=no; missing+=("$jar lacks --format $format"); }
    done
    [ $offered = yes ] && formats+=("$format")
done

# One case per line: the tool's arguments (a file, or a folder as one batch).
cases=$work/cases
for input in "${inputs[@]}"; do
    if [ -d "$input" ]; then
        find "$input" -mindepth 1 -name '.*' -prune -o -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \
            -o -name '*.tf' \) -print | LC_ALL=C sort
        { echo "$input"; find "$input" -mindepth 1 -name '.*' -prune -o -type d -print | LC_ALL=C sort; }
    else
        echo "$input"
    fi
done >"$cases"

runs=0; identical=0; different=0
diffs=$work/diffs; : >"$diffs"
while IFS= read -r target; do
    for format in "${formats[@]}"; do
        run_jar "$old_jar" --format "$format" "$target"; mv "$work/record" "$work/old"
        run_jar "$new_jar" --format "$format" "$target"; mv "$work/record" "$work/new"
        if [ "$format" = sarif ] && [ "$old_version" != "$new_version" ]; then
            from=$(printf '%s' "$old_version" | sed 's/[][\.*^$/]/\\&/g')
            to=$(printf '%s' "$new_version" | sed 's/[\/&]/\\&/g')
            sed -i "s/^\( *\"version\" *: *\"\)$from\"/\1$to\"/" "$work/old"
        fi
        runs=$((runs + 1))
        if cmp -s "$work/old" "$work/new"; then
            identical=$((identical + 1))
        else
            different=$((different + 1))
            diff -u --label "old --format $format $target" --label "new --format $format $target" \
                "$work/old" "$work/new" >>"$diffs"
        fi
    done
done <"$cases"

cat "$diffs"
echo "compare-outputs: old $old_jar ($old_version), new $new_jar ($new_version)"
[ "$old_version" = "$new_version" ] || echo "compare-outputs: SARIF tool version normalised ($old_version -> $new_version)"
for note in "${missing[@]+"${missing[@]}"}"; do echo "compare-outputs: $note, its runs skipped"; done
echo "inputs $(wc -l <"$cases"), formats ${formats[*]:-none}, runs $runs, identical $identical, different $different"
[ ${#missing[@]} -eq 0 ] || exit 2
[ "$different" -eq 0 ] || exit 1
exit 0
