#!/bin/sh
# Builds the launcher target/fecunit (run by `mvn package` after fecunit-cli.jar is shaded):
#   build-launcher.sh JAVA TARGET_DIR SAMPLE_RUNS_DIR
# 1. copies src/launcher/fecunit to TARGET_DIR/fecunit;
# 2. training: runs `report` and `summary` on sample runs, recording the classes each loads;
# 3. dumps those classes into a class-data-sharing archive TARGET_DIR/fecunit.jsa (a static archive,
#    -Xshare:dump, which works on Java 17 and later and holds the JDK's classes as well as fecunit's),
#    and names the JDK that made it in TARGET_DIR/fecunit.jsa.jdk.
# A failed training leaves no archive (the launcher then starts without one) and says so on stderr.
set -eu
java=$1
target=$(CDPATH='' cd -- "$2" && pwd -P)
runs=$3
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
jar="$target/fecunit-cli.jar"
work="$target/launcher-training"

cp "$here/fecunit" "$target/fecunit"
chmod +x "$target/fecunit"
rm -rf "$work" "$target/fecunit.jsa" "$target/fecunit.jsa.jdk"
mkdir -p "$work"

train() { # NAME ARGS...: one CLI command, recording the classes it loads
    name=$1
    shift
    if ! "$java" -Djava.awt.headless=true "-XX:DumpLoadedClassList=$work/$name.classlist" -jar "$jar" "$@" \
            > "$work/$name.log" 2>&1; then
        echo "fecunit launcher: training command '$name' failed (see $work/$name.log); target/fecunit starts without a class-data-sharing archive" >&2
        exit 0
    fi
}
train report report --run "$runs/burst-ab/baseline" --run "$runs/burst-ab/fec" --out "$work/report" \
    --json "$work/report/summary-cli.json"
train summary summary --run "$runs/defects/fec" --run "$runs/uniform-ab/fec" --json "$work/summary.json"
# One class list from both: each class once. Newer JDKs (e.g. 25) number the classes ("id: N"), so the
# merged list is numbered afresh; classes of other class loaders (with "super:"/"source:") are left out.
awk '/^#/ { next }
     / super: | source: / { next }
     /^@/ { if (!seen[$0]++) print; next }
     { if (seen[$1]++) next; if (sub(/ id: [0-9]+/, " id: " (n + 0))) n++; print }' \
    "$work/report.classlist" "$work/summary.classlist" > "$work/fecunit.classlist"

# The archive's class path is the jar's absolute path: the launcher runs it as `-jar $here/fecunit-cli.jar`.
if ! "$java" -Xshare:dump "-XX:SharedClassListFile=$work/fecunit.classlist" "-XX:SharedArchiveFile=$target/fecunit.jsa" \
        -cp "$jar" > "$work/dump.log" 2>&1; then
    rm -f "$target/fecunit.jsa"
    echo "fecunit launcher: could not write the class-data-sharing archive (see $work/dump.log); target/fecunit starts without one" >&2
    exit 0
fi
resolved=$(readlink -f -- "$java" 2>/dev/null || echo "$java")
echo "$resolved" > "$target/fecunit.jsa.jdk"
