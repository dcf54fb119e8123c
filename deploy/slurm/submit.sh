#!/usr/bin/env bash
# Submits a Solstice sweep as a Slurm job array of N shards plus the summary
# step that runs once every shard succeeded. Prints the two job ids.
#
# Usage: deploy/slurm/submit.sh N RUN_DIR SCENARIO SWEEP_OPTIONS...
set -euo pipefail
N=${1:?usage: submit.sh N RUN_DIR SCENARIO SWEEP_OPTIONS...}
RUN_DIR=${2:?run folder}
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
ARRAY=$(sbatch --parsable --array="1-$N" "$HERE/sweep-array.sbatch" "$RUN_DIR" "$@")
SUMMARY=$(sbatch --parsable --dependency="afterok:${ARRAY%%;*}" "$HERE/sweep-summary.sbatch" "$RUN_DIR")
echo "array job $ARRAY, summary job $SUMMARY"
