#!/usr/bin/env bash
# A throwaway single-node Slurm cluster on this machine, for testing the batch
# scripts against a real scheduler (test/cli/deploySlurm.test.ts starts one
# when sbatch is installed but no controller answers). Needs root and Debian's
# packages: apt-get install -y --no-install-recommends slurm-wlm munge
#
# Usage: deploy/slurm/local-cluster.sh start|stop|status
#
# start: writes everything under $SOLSTICE_SLURM_DIR (default /tmp/solstice-slurm):
#   a munge key (kept if present), its own munged on its own socket, and a
#   minimal slurm.conf: one node named after `hostname -s` with the CPU count
#   and memory `slurmd -C` reports, no cgroups (proctrack/linuxproc,
#   task/none), no accounting, SlurmUser=root; then starts slurmctld and
#   slurmd and waits (up to $SOLSTICE_SLURM_WAIT_S, default 30 s) until sinfo
#   shows the node idle. Prints `SLURM_CONF=...` on stdout: export it so
#   sbatch, sinfo and squeue find this cluster. Nothing under /etc is changed.
# stop: stops the daemons start started (by the pids in their pid files) and
#   removes the folder.
# status: sinfo for this cluster; exit status 0 when the node is available.
#
# Ports: $SOLSTICE_SLURM_PORT (slurmctld, default 6817) and the next one (slurmd).
set -euo pipefail

DIR=${SOLSTICE_SLURM_DIR:-/tmp/solstice-slurm}
PORT=${SOLSTICE_SLURM_PORT:-6817}
WAIT_S=${SOLSTICE_SLURM_WAIT_S:-30}
export SLURM_CONF=$DIR/slurm.conf

die() { echo "local-cluster: $*" >&2; exit 1; }

# Stops the daemons whose pid files are given, if running (SIGTERM to all at
# once, as each takes about 2 s to exit; SIGKILL after 5 s), and waits for them.
stop_pidfiles() {
  local file pid pids=()
  for file in "$@"; do
    [ -f "$file" ] || continue
    pid=$(cat "$file")
    rm -f "$file"
    if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then pids+=("$pid"); fi
  done
  for _ in $(seq 50); do
    local alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    [ "${#alive[@]}" -gt 0 ] || return 0
    pids=("${alive[@]}")
    sleep 0.1
  done
  kill -9 "${pids[@]}" 2>/dev/null || true
}

node_available() { sinfo -h -o '%T' 2>/dev/null | grep -Eq '^(idle|mixed|allocated)'; }

start() {
  [ "$(id -u)" = 0 ] || die "must run as root (slurmd and munged run as root here)"
  for binary in munged slurmctld slurmd sinfo sbatch; do
    command -v "$binary" > /dev/null || die "$binary is not installed (Debian: apt-get install -y --no-install-recommends slurm-wlm munge)"
  done
  if [ -f "$DIR/slurmctld.pid" ] && node_available; then
    echo "SLURM_CONF=$SLURM_CONF"
    return 0
  fi
  stop_daemons
  mkdir -p "$DIR/munge" "$DIR/state" "$DIR/spool"
  chmod 700 "$DIR" "$DIR/munge"

  # munged insists on a private key file of at least 32 bytes, owned by its user.
  if [ ! -s "$DIR/munge/munge.key" ]; then
    head -c 1024 /dev/urandom > "$DIR/munge/munge.key"
    chmod 400 "$DIR/munge/munge.key"
  fi
  munged --force --socket="$DIR/munge/munge.socket" --key-file="$DIR/munge/munge.key" \
    --pid-file="$DIR/munge/munged.pid" --log-file="$DIR/munge/munged.log" \
    --seed-file="$DIR/munge/munged.seed" \
    || die "munged did not start: $(tail -n 3 "$DIR/munge/munged.log" 2>/dev/null)"

  local host node
  host=$(hostname -s)
  # `slurmd -C` prints this machine's line, e.g. "NodeName=vm CPUs=2 ... RealMemory=24105".
  node=$(slurmd -C | grep '^NodeName=') || die "slurmd -C printed no node line"
  cat > "$SLURM_CONF" <<EOF
# Written by deploy/slurm/local-cluster.sh: a one-node test cluster.
ClusterName=solstice-local
SlurmctldHost=$host
SlurmctldPort=$PORT
SlurmdPort=$((PORT + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$DIR/munge/munge.socket
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MailProg=/bin/true
# Keep finished jobs only briefly, so sbatch --wait polls every 2 s instead of backing off to 32 s.
MinJobAge=5
$node State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  # -i: ignore any saved state of an earlier cluster in this folder.
  slurmctld -i -f "$SLURM_CONF" || die "slurmctld did not start: $(tail -n 3 "$DIR/slurmctld.log" 2>/dev/null)"
  slurmd -f "$SLURM_CONF" || die "slurmd did not start: $(tail -n 3 "$DIR/slurmd.log" 2>/dev/null)"
  local deadline=$((SECONDS + WAIT_S))
  until node_available; do
    [ "$SECONDS" -lt "$deadline" ] || die "node $host not idle after ${WAIT_S} s (sinfo: $(sinfo -h -o '%T %E' 2>&1 | head -n 1)); logs in $DIR"
    sleep 0.2
  done
  echo "SLURM_CONF=$SLURM_CONF"
}

stop_daemons() { stop_pidfiles "$DIR/slurmd.pid" "$DIR/slurmctld.pid" "$DIR/munge/munged.pid"; }

case "${1:-}" in
  start) start ;;
  stop) stop_daemons; rm -rf "$DIR" ;;
  status)
    [ -f "$SLURM_CONF" ] || { echo "no local cluster in $DIR ($0 start starts one)" >&2; exit 1; }
    sinfo
    node_available ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
