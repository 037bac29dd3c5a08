#!/usr/bin/env bash
# Panel as a cluster on this machine, on loopback ports only: a 3-node MariaDB Galera cluster, two Panel instances
# (each through its own Galera node, failing over to the others), HAProxy in front (deploy/haproxy.cfg). Drives
# the live-scoring load through HAProxy (bench/LiveScoringBench.java) and, during it, kills Panel instance 1 with
# SIGKILL and later the Galera node that Panel instance 2 is connected to. Prints requests, requests resent after a
# failure in flight, lost requests, p50/p99 before, between and after the kills (leaving out the seconds around
# each), and how many texts and submissions the database holds exactly once.
# Usage: bench/cluster.sh [--quick] [interviewers] [seconds]   (default 100 for 60 s; --quick: 30 for 48 s)
#   build first: mvn -DskipTests package. Needs mariadbd with galera-4, rsync and haproxy; runs as root or as a user
#   who can run mariadbd. Everything it starts is stopped on exit, also on Ctrl-C or failure.
# Ports (checked free first): MariaDB 23306-23308, Galera 24567-24569, IST 24577-24579, state transfer 24444-24446,
# Panel 18101-18102, HAProxy 18100.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=false
if [ "${1:-}" = --quick ]; then QUICK=true; shift; fi
if $QUICK; then N=${1:-30}; SECONDS_=${2:-48}; WARM_UP=300; else N=${1:-100}; SECONDS_=${2:-60}; WARM_UP=2000; fi
JAR=${PANEL_BENCH_JAR:-panel-web/target/panel.jar}
[ -f "$JAR" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
for tool in mariadbd mariadb-install-db mariadb rsync haproxy curl; do
  command -v "$tool" >/dev/null || { echo "bench/cluster.sh needs $tool on the PATH" >&2; exit 1; }
done
GALERA=${PANEL_BENCH_GALERA:-/usr/lib/galera/libgalera_smm.so}
[ -f "$GALERA" ] || { echo "No Galera provider at $GALERA (Debian: apt-get install galera-4)" >&2; exit 1; }

DB_PORTS=(23306 23307 23308); GCOMM_PORTS=(24567 24568 24569); IST_PORTS=(24577 24578 24579); SST_PORTS=(24444 24445 24446)
PANEL_PORTS=(18101 18102); LB_PORT=18100
for port in "${DB_PORTS[@]}" "${GCOMM_PORTS[@]}" "${IST_PORTS[@]}" "${SST_PORTS[@]}" "${PANEL_PORTS[@]}" $LB_PORT; do
  if ss -Hltn "sport = :$port" | grep -q .; then echo "Port $port is taken; bench/cluster.sh needs it free" >&2; exit 1; fi
done

DB=panel_cluster
DB_USER=panel_bench
DB_PASSWORD=panel-bench-password
ADMIN=bench.admin
ADMIN_PASSWORD=bench-admin-password
WORK=$(mktemp -d /tmp/panel-cluster.XXXXXX)
# The nodes run as mysql when this runs as root: rsync's state-transfer daemon, started by root, would drop to
# nobody and be refused the data directory. The mysql user must be able to reach its directories under $WORK.
NODE_USER=$(id -un)
if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then NODE_USER=mysql; chmod 755 "$WORK"; fi
NODE_PIDS=(); PANEL_PIDS=(); SERVER_PIDS=(); LB_PID=

finish() {
  status=$?
  trap - EXIT INT TERM
  # a server JVM whose launcher is still starting it is not in SERVER_PIDS yet: its launcher names it
  for pid in "${PANEL_PIDS[@]}"; do SERVER_PIDS+=($(ps --ppid "$pid" -o pid= 2>/dev/null || true)); done
  for pid in "${SERVER_PIDS[@]}" "${PANEL_PIDS[@]}" $LB_PID "${NODE_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${SERVER_PIDS[@]}" "${PANEL_PIDS[@]}" $LB_PID "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  # an rsync daemon that a state transfer cut short by the kill left behind, by the pid file it wrote
  for pidfile in "$WORK"/n*/data/rsync_sst.pid; do [ -f "$pidfile" ] && kill -9 "$(cat "$pidfile")" 2>/dev/null || true; done
  if [ "$status" -ne 0 ]; then
    for log in "$WORK"/n*/error.log "$WORK"/panel*/panel.log; do
      [ -f "$log" ] && { echo "--- the end of $log"; grep -v '^$' "$log" | tail -15 | cut -c1-300; }
    done
  fi
  for log in "$WORK"/panel*/panel.log; do [ -f "$log" ] && grep -A3 -m5 ' ERROR ' "$log" | cut -c1-400 || true; done
  if [ -n "${PANEL_BENCH_LOG:-}" ]; then cp -r "$WORK" "$PANEL_BENCH_LOG"; fi
  rm -rf "$WORK"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

GCOMM="gcomm://127.0.0.1:${GCOMM_PORTS[0]},127.0.0.1:${GCOMM_PORTS[1]},127.0.0.1:${GCOMM_PORTS[2]}"
node_config() { # index
  local i=$1 dir=$WORK/n$(( $1 + 1 ))
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
datadir=$dir/data
socket=$dir/mysql.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
port=${DB_PORTS[$i]}
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
# Galera: row events, interleaved auto-increment locks, durability by replication rather than by each node's fsync
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=panel_bench
wsrep_cluster_address=$GCOMM
wsrep_node_name=n$(( i + 1 ))
wsrep_node_address=127.0.0.1:${GCOMM_PORTS[$i]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$i]}
# A person's requests may reach two Panel instances on two nodes: a read waits until the node has applied the
# writes committed before it anywhere in the cluster, so the second request sees what the first one saved.
wsrep_sync_wait=1
EOF
}

node_state() { # index
  mariadb --no-defaults -S "$WORK/n$(( $1 + 1 ))/mysql.sock" -uroot -N -B \
    -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2
}

start_node() { # index [--wsrep-new-cluster]
  local i=$1 dir=$WORK/n$(( $1 + 1 )) started deadline
  mkdir -p "$dir"
  node_config "$i"
  chown "$NODE_USER" "$dir"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user="$NODE_USER" --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/install.log" 2>&1
  mariadbd --defaults-file="$dir/my.cnf" --user="$NODE_USER" "${@:2}" >"$dir/stdout.log" 2>&1 &
  NODE_PIDS[$i]=$!
  started=$(date +%s); deadline=$(( started + 120 ))
  until [ "$(node_state "$i")" = Synced ]; do
    kill -0 "${NODE_PIDS[$i]}" 2>/dev/null || { echo "Galera node $(( i + 1 )) stopped while starting" >&2; exit 1; }
    [ "$(date +%s)" -lt $deadline ] || { echo "Galera node $(( i + 1 )) not synced after 120 s" >&2; exit 1; }
    sleep 0.5
  done
  echo "Galera node $(( i + 1 )): pid ${NODE_PIDS[$i]}, port ${DB_PORTS[$i]}, synced in $(( $(date +%s) - started )) s"
}

t0=$(date +%s)
start_node 0 --wsrep-new-cluster
start_node 1
start_node 2
mariadb --no-defaults -S "$WORK/n1/mysql.sock" -uroot -e "
  CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL ON \`$DB\`.* TO '$DB_USER'@'127.0.0.1';"
size=$(mariadb --no-defaults -S "$WORK/n3/mysql.sock" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
echo "Galera cluster of $size nodes in $(( $(date +%s) - t0 )) s; database $DB on it"

# Each instance connects through its own node and fails over to the others in order (Connector/J's multi-host
# failover): no extra hop and no further balancer between Panel and the data that could fail or need its own
# health checks. When a node dies the pool drops its broken connections and makes new ones, which skip the dead
# node; they stay writable (failOverReadOnly=false: every Galera node takes writes) and do not keep trying to fall
# back to the first node (both retry settings 0), since the pool renews its connections in time anyway.
db_url() { # first node index
  local hosts="" k
  for k in 0 1 2; do hosts+="${hosts:+,}127.0.0.1:${DB_PORTS[$(( ($1 + k) % 3 ))]}"; done
  echo "jdbc:mysql://$hosts/$DB?failOverReadOnly=false&secondsBeforeRetrySource=0&queriesBeforeRetrySource=0&connectTimeout=2000"
}

start_panel() { # index 0|1
  local i=$1 dir=$WORK/panel$(( $1 + 1 ))
  mkdir -p "$dir"
  # shellcheck disable=SC2086  # PANEL_BENCH_JAVA_OPTS holds several options
  PANEL_DATA_DIR=$dir PANEL_PORT=${PANEL_PORTS[$i]} PANEL_DEMO=false PANEL_DB_URL=$(db_url "$i") PANEL_DB_USER=$DB_USER \
    PANEL_DB_PASSWORD=$DB_PASSWORD PANEL_ADMIN_USER=$ADMIN PANEL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    PANEL_CLIENT_ADDRESS_HEADER=X-Forwarded-For \
    java ${PANEL_BENCH_JAVA_OPTS:-} -jar "$JAR" >"$dir/panel.log" 2>&1 &
  PANEL_PIDS[$i]=$!
}

wait_ready() { # index path
  local i=$1 deadline=$(( $(date +%s) + 180 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PANEL_PORTS[$i]}$2")" = 200 ]; do
    kill -0 "${PANEL_PIDS[$i]}" 2>/dev/null || { echo "Panel instance $(( i + 1 )) stopped while starting" >&2; exit 1; }
    [ "$(date +%s)" -lt $deadline ] || { echo "Panel instance $(( i + 1 )) not ready after 180 s" >&2; exit 1; }
    sleep 0.3
  done
  # java -jar starts Panel in a second JVM (PanelLauncher); that one is the server to kill.
  SERVER_PIDS[$i]=$(ps --ppid "${PANEL_PIDS[$i]}" -o pid= | tr -d ' ' | head -1)
  SERVER_PIDS[$i]=${SERVER_PIDS[$i]:-${PANEL_PIDS[$i]}}
  echo "Panel instance $(( i + 1 )): server pid ${SERVER_PIDS[$i]}, port ${PANEL_PORTS[$i]}, database $(db_url "$i")"
}

# The first instance migrates the schema alone; the second starts on the migrated schema. Flyway's lock on MySQL
# and MariaDB is GET_LOCK, which Galera keeps on the node that took it: two instances migrating at once through two
# nodes would not wait for each other, so on Galera upgrades start one instance first.
t0=$(date +%s)
start_panel 0
wait_ready 0 /health
start_panel 1
wait_ready 1 /health
HEALTH=/health/readiness
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PANEL_PORTS[0]}$HEALTH")" != 200 ]; then
  echo "note: $HEALTH does not answer 200 on this build; HAProxy checks /health instead (a copy of deploy/haproxy.cfg)"
  HEALTH=/health
fi
sed "s#uri /health/readiness#uri $HEALTH#" deploy/haproxy.cfg >"$WORK/haproxy.cfg"
echo "two Panel instances ready in $(( $(date +%s) - t0 )) s"

PANEL_HAPROXY_BIND=127.0.0.1:$LB_PORT PANEL_INSTANCE_1=127.0.0.1:${PANEL_PORTS[0]} PANEL_INSTANCE_2=127.0.0.1:${PANEL_PORTS[1]} \
  haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
LB_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/health")" = 200 ]; do
  kill -0 $LB_PID 2>/dev/null || { cat "$WORK/haproxy.log"; exit 1; }
  sleep 0.2
done
echo "HAProxy pid $LB_PID on 127.0.0.1:$LB_PORT in front of both, checking $HEALTH"

# The faults, at a quarter and five eighths of the load: the driver runs each command at its second and measures around it.
cat >"$WORK/faults" <<EOF
$(( SECONDS_ / 4 ))|Panel instance 1 killed (SIGKILL)|kill -9 ${SERVER_PIDS[0]}
$(( SECONDS_ * 5 / 8 ))|Galera node 2, Panel instance 2's, killed (SIGKILL)|kill -9 ${NODE_PIDS[1]}
EOF

READ_URL="jdbc:mysql://127.0.0.1:${DB_PORTS[0]},127.0.0.1:${DB_PORTS[2]},127.0.0.1:${DB_PORTS[1]}/$DB?connectTimeout=2000"
java -Dbench.faults="$WORK/faults" -Dbench.resend=true -Dbench.target-p99=50 -Dbench.name="Cluster (HAProxy, 2 Panel, 3-node Galera)" \
  -cp "$JAR" bench/LiveScoringBench.java "http://127.0.0.1:$LB_PORT" "$READ_URL" "$DB_USER" "$DB_PASSWORD" \
  "$ADMIN" "$ADMIN_PASSWORD" "$N" "$SECONDS_" -1 "${PANEL_BENCH_WARM_UP:-$WARM_UP}"

size=$(mariadb --no-defaults -S "$WORK/n1/mysql.sock" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
up=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PANEL_PORTS[1]}/health")
echo "BENCH|Cluster faults injected|Panel instance 1 SIGKILLed, Galera node 2 SIGKILLed; after them: Galera cluster of $size nodes, Panel instance 2 health $up|survive both|$([ "$size" = 2 ] && [ "$up" = 200 ] && echo MET || echo MISSED)"
