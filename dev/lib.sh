# shellcheck shell=bash
# Shared functions of the dev/ scripts (bare machine, no Docker). Source it, do not run it.
# Everything the scripts create lives under .dev/ at the repository root.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEV_DIR="$ROOT/.dev"
LOG_DIR="$DEV_DIR/logs"
PID_DIR="$DEV_DIR/pids"

PG_PORT="${COALITION_PG_PORT:-5432}"
# The password of the postgres role, for a machine's server that asks for one (Debian's does over TCP).
PG_PASSWORD="${COALITION_PG_PASSWORD:-}"
# Where the private cluster goes when the machine's server on 5432 does not let us in.
PG_FALLBACK_PORT=5433
PG_DIR="$DEV_DIR/pg"
PG_DATA="$PG_DIR/data"
PG_START_TIMEOUT=30

KAFKA_DIR="$DEV_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_POM="$ROOT/dev/kafka/pom.xml"
KAFKA_LOG4J="$ROOT/dev/kafka/log4j2.properties"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
KAFKA_START_TIMEOUT=60
KAFKA_RESOLVE_TIMEOUT=600
KAFKA_JAVA_OPTS="${COALITION_KAFKA_JAVA_OPTS:--Xms256m -Xmx512m}"

APP_JAVA_OPTS="${COALITION_JAVA_OPTS:--Xmx384m}"
APP_START_TIMEOUT="${COALITION_START_TIMEOUT:-120}"

# The apps, one per line: module directory, env-var prefix, HTTP port, database.
APPS=(
  "partners-service PARTNERS 8081 coalition_partners"
  "meetings-service MEETINGS 8082 coalition_meetings"
  "projects-service PROJECTS 8083 coalition_projects"
  "gateway          GATEWAY  8080 coalition_gateway"
)

# Set to 1 by ensure_pg / ensure_kafka when this very run started the server.
PG_STARTED=0
KAFKA_STARTED=0

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# ---------------------------------------------------------------------------------------------
# general

info() { printf '==> %s\n' "$*"; }
die() {
  printf 'dev: error: %s\n' "$*" >&2
  exit 1
}

# Prints the last lines of a log file to stderr, as context before a die.
show_tail() {
  local file=$1 lines=${2:-30}
  if [[ -s $file ]]; then
    printf -- '--- last %s lines of %s ---\n' "$lines" "${file#"$ROOT"/}" >&2
    tail -n "$lines" "$file" >&2
    printf -- '---\n' >&2
  fi
}

mkdirs() { mkdir -p "$LOG_DIR" "$PID_DIR"; }

require_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found: install a JDK 17 or newer (or set JAVA_HOME)"
  local version major
  version="$("$JAVA" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ $major == 1 ]] && major="$(cut -d. -f2 <<<"$version")"
  [[ $major =~ ^[0-9]+$ ]] || die "cannot tell the version of $JAVA"
  ((major >= 17)) || die "Java 17 or newer is needed, found $version ($JAVA)"
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 not found: install it (apt-get install $1)"
}

# True when any app of this checkout is running.
any_app_running() {
  local row module
  for row in "${APPS[@]}"; do
    read -r module _ <<<"$row"
    pid_alive "$module" && return 0
  done
  return 1
}

# The Maven command: the project's wrapper once it exists, else mvn from PATH.
maven_cmd() {
  if [[ -x "$ROOT/mvnw" ]]; then
    printf '%s\n' "$ROOT/mvnw"
  elif command -v mvn >/dev/null 2>&1; then
    printf 'mvn\n'
  else
    die "neither ./mvnw nor mvn found: install Maven"
  fi
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# ---------------------------------------------------------------------------------------------
# pid files: .dev/pids/NAME.pid; a pid counts only while its command line mentions this checkout

pid_file() { printf '%s/%s.pid\n' "$PID_DIR" "$1"; }

# Prints the pid of NAME if that process is alive and ours.
live_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -s $file ]] || return 1
  pid="$(head -n 1 "$file")"
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  # Read whole, not piped into grep -q: under pipefail, grep quitting early can fail the pipe.
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ $cmdline == *"$ROOT/"* ]] || return 1
  printf '%s\n' "$pid"
}

pid_alive() { live_pid "$1" >/dev/null; }

# stop_pid NAME [SECONDS]: SIGTERM, then SIGKILL if still alive after SECONDS; removes the pid file.
stop_pid() {
  local name=$1 grace=${2:-20} pid
  if pid="$(live_pid "$name")"; then
    info "Stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + grace))
    while pid_alive "$name" && ((SECONDS < deadline)); do sleep 0.5; done
    if pid_alive "$name"; then
      info "$name did not stop within ${grace}s, killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$(pid_file "$name")"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: the machine's server if it answers on PG_PORT, else a private cluster in .dev/pg

PG_BIN=""
PSQL=""
PG_ISREADY=""

find_pg_tools() {
  local candidates=(/usr/lib/postgresql/*/bin/initdb) initdb
  initdb="$(printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1)"
  # an existing private cluster keeps the version it was created with
  if [[ -s $PG_DATA/PG_VERSION && -x /usr/lib/postgresql/$(cat "$PG_DATA/PG_VERSION")/bin/initdb ]]; then
    initdb="/usr/lib/postgresql/$(cat "$PG_DATA/PG_VERSION")/bin/initdb"
  fi
  if [[ -x $initdb ]]; then
    PG_BIN="$(dirname "$initdb")"
  elif initdb="$(command -v initdb 2>/dev/null)"; then
    PG_BIN="$(dirname "$initdb")"
  fi
  local tool
  for tool in psql pg_isready; do
    local path=""
    if [[ -n $PG_BIN && -x $PG_BIN/$tool ]]; then
      path="$PG_BIN/$tool"
    else
      path="$(command -v "$tool" 2>/dev/null)" || die "PostgreSQL client tools ($tool) not found: install postgresql"
    fi
    if [[ $tool == psql ]]; then PSQL="$path"; else PG_ISREADY="$path"; fi
  done
}

pg_answers() { "$PG_ISREADY" -q -h 127.0.0.1 -p "$PG_PORT" -t 3; }

# Never prompts (-w): a server that wants a password we do not have fails at once.
psql_admin() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 \
    "$PSQL" -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
}

# The OS user that owns the private cluster (initdb refuses to run as root).
pg_os_user() {
  if [[ -d $PG_DATA ]]; then
    stat -c %U "$PG_DATA"
  elif ((EUID != 0)); then
    id -un
  elif id postgres >/dev/null 2>&1; then
    printf 'postgres\n'
  else
    id coalition >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin coalition >/dev/null 2>&1 ||
      die "cannot create the OS user 'coalition' to run PostgreSQL"
    printf 'coalition\n'
  fi
}

# as_user USER CMD...: runs CMD as USER (root) or as is (when we are that user already).
as_user() {
  local user=$1
  shift
  if [[ $(id -un) == "$user" ]]; then
    "$@"
  else
    runuser -u "$user" -- "$@"
  fi
}

# True when postmaster.pid names a live postgres of this cluster: after a reboot a stale file may
# name a pid that now belongs to another process, which must never be signalled.
private_pg_running() {
  [[ -s $PG_DATA/postmaster.pid ]] || return 1
  local pid cmdline
  pid="$(head -n 1 "$PG_DATA/postmaster.pid")"
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ $cmdline == *postgres* && $cmdline == *"$PG_DATA"* ]]
}

start_private_pg() {
  [[ -n $PG_BIN ]] ||
    die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT and its server (initdb) is not installed: install postgresql"
  ! port_open "$PG_PORT" || die "port $PG_PORT is in use, but not by a PostgreSQL that answers"
  local user log="$LOG_DIR/postgres.log"
  user="$(pg_os_user)" || exit 1
  mkdirs
  mkdir -p "$PG_DIR/run"
  chown "$user" "$PG_DIR" "$PG_DIR/run"
  as_user "$user" test -w "$PG_DIR/run" ||
    die "OS user '$user' cannot write to $PG_DIR (is a parent directory closed to other users?)"
  if [[ ! -s $PG_DATA/PG_VERSION ]]; then
    info "Creating a private PostgreSQL cluster in ${PG_DIR#"$ROOT"/} (OS user $user)"
    rm -rf "$PG_DATA"
    if ! as_user "$user" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale \
      >"$LOG_DIR/initdb.log" 2>&1; then
      show_tail "$LOG_DIR/initdb.log"
      die "initdb failed (see .dev/logs/initdb.log)"
    fi
  fi
  # a unix socket path is limited to ~107 bytes; TCP on 127.0.0.1 is all the scripts use
  local sockets="$PG_DIR/run"
  ((${#sockets} < 90)) || sockets=""
  info "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  : >"$log"
  chown "$user" "$log"
  # shellcheck disable=SC2034 # read by dev/test
  PG_STARTED=1
  if ! as_user "$user" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$log" -w -t "$PG_START_TIMEOUT" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$sockets'" \
    start >/dev/null 2>&1; then
    show_tail "$log"
    die "PostgreSQL failed to start on 127.0.0.1:$PG_PORT within ${PG_START_TIMEOUT}s (see .dev/logs/postgres.log)"
  fi
  head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
}

ensure_pg() {
  find_pg_tools
  if pg_answers && ! psql_admin -c 'select 1' >/dev/null 2>&1 && [[ -z ${COALITION_PG_PORT:-} ]]; then
    info "PostgreSQL on 127.0.0.1:$PG_PORT does not let postgres in without a password" \
      "(set COALITION_PG_PASSWORD to use it); using a private cluster on $PG_FALLBACK_PORT"
    PG_PORT=$PG_FALLBACK_PORT
    PG_PASSWORD=""
  fi
  if pg_answers; then
    if private_pg_running; then
      info "PostgreSQL: private cluster already running on 127.0.0.1:$PG_PORT"
    else
      info "PostgreSQL: using the server on 127.0.0.1:$PG_PORT"
    fi
    return 0
  fi
  start_private_pg
}

stop_private_pg() {
  if private_pg_running; then
    [[ -n $PG_BIN ]] || find_pg_tools
    local user
    user="$(stat -c %U "$PG_DATA")"
    info "Stopping the private PostgreSQL cluster"
    as_user "$user" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_user "$user" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 ||
      printf 'dev: warning: the private PostgreSQL cluster did not stop\n' >&2
  fi
  rm -f "$(pid_file postgres)"
}

# ensure_database NAME: creates the database if it is missing.
ensure_database() {
  local db=$1 found err="$LOG_DIR/psql.err"
  mkdirs
  found="$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>"$err")" ||
    die "cannot connect to PostgreSQL on 127.0.0.1:$PG_PORT as postgres: $(head -n 1 "$err")"
  if [[ -z $found ]]; then
    info "Creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\"" 2>"$err" || die "cannot create database $db: $(head -n 1 "$err")"
  fi
}

# fresh_database NAME: drops the database if it exists (closing its connections) and creates it
# empty, so that a test run starts from the migrations alone, whatever an earlier run left.
fresh_database() {
  local db=$1 err="$LOG_DIR/psql.err"
  mkdirs
  psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" 2>"$err" >/dev/null ||
    die "cannot drop database $db: $(head -n 1 "$err")"
  psql_admin -c "CREATE DATABASE \"$db\"" 2>"$err" >/dev/null || die "cannot create database $db: $(head -n 1 "$err")"
}

# ensure_databases [SUFFIX]: creates each app's database (name + SUFFIX) if missing.
ensure_databases() {
  local row db
  for row in "${APPS[@]}"; do
    read -r _ _ _ db <<<"$row"
    ensure_database "$db${1:-}"
  done
}

# ---------------------------------------------------------------------------------------------
# Kafka: single-node KRaft broker from Maven-resolved jars

kafka_libs_current() {
  [[ -s $KAFKA_DIR/libs.sha256 ]] || return 1
  compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null || return 1
  [[ $(cat "$KAFKA_DIR/libs.sha256") == "$(sha256sum <"$KAFKA_POM")" ]]
}

resolve_kafka() {
  kafka_libs_current && return 0
  local mvn log="$LOG_DIR/kafka-resolve.log"
  mvn="$(maven_cmd)" || exit 1
  mkdirs
  mkdir -p "$KAFKA_DIR"
  info "Resolving the Kafka jars with Maven (dev/kafka/pom.xml)"
  rm -rf "$KAFKA_LIBS.tmp"
  local rc=0
  (cd "$ROOT" && timeout "$KAFKA_RESOLVE_TIMEOUT" "$mvn" -B -q -Dstyle.color=never -f "$KAFKA_POM" package \
    -Dkafka.libs.dir="$KAFKA_LIBS.tmp") >"$log" 2>&1 || rc=$?
  if ((rc == 124)); then
    die "resolving the Kafka jars with Maven took over ${KAFKA_RESOLVE_TIMEOUT}s (see .dev/logs/kafka-resolve.log)"
  elif ((rc != 0)); then
    grep '^\[ERROR\] .*[a-z]' "$log" | grep -v -e 'Help 1' -e ' switch' -e 'For more information' |
      head -n 5 >&2 || true
    die "could not resolve the Kafka jars with Maven (see .dev/logs/kafka-resolve.log)"
  fi
  rm -rf "$KAFKA_LIBS"
  mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
  sha256sum <"$KAFKA_POM" >"$KAFKA_DIR/libs.sha256"
}

# kafka_tool MAINCLASS ARGS...: runs a Kafka command-line class, logging at WARN.
kafka_tool() {
  "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$KAFKA_LOG4J" -Dcoalition.kafka.loglevel=WARN \
    -cp "$KAFKA_LIBS/*" "$@"
}

write_kafka_config() {
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by dev/lib.sh on every start; edit write_kafka_config there instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
# Topics keep every event, so a consumer can rebuild its replica from the beginning (as in
# docker/kafka/create-topics.sh and the k8s topics).
log.retention.ms=-1
EOF
}

# True when the broker on KAFKA_BOOTSTRAP answers an admin request (lists topics).
kafka_answers() {
  timeout 20 "$JAVA" -Xmx128m -Dlog4j2.configurationFile="$KAFKA_LOG4J" -Dcoalition.kafka.loglevel=ERROR \
    -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list \
    >/dev/null 2>&1
}

start_kafka() {
  resolve_kafka
  mkdirs
  mkdir -p "$KAFKA_DIR/data"
  write_kafka_config
  if [[ ! -s $KAFKA_DIR/cluster-id ]]; then
    kafka_tool kafka.tools.StorageTool random-uuid | tail -n 1 >"$KAFKA_DIR/cluster-id" ||
      die "cannot generate a Kafka cluster id"
  fi
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    if ! kafka_tool kafka.tools.StorageTool format -t "$(cat "$KAFKA_DIR/cluster-id")" \
      -c "$KAFKA_DIR/server.properties" >"$LOG_DIR/kafka-format.log" 2>&1; then
      show_tail "$LOG_DIR/kafka-format.log"
      die "cannot format the Kafka storage in .dev/kafka/data (see .dev/logs/kafka-format.log)"
    fi
  fi
  ! port_open "$KAFKA_CONTROLLER_PORT" || die "port $KAFKA_CONTROLLER_PORT (Kafka controller) is already in use"

  info "Starting Kafka on $KAFKA_BOOTSTRAP"
  local -a opts
  read -r -a opts <<<"$KAFKA_JAVA_OPTS"
  nohup "$JAVA" "${opts[@]}" -Dlog4j2.configurationFile="$KAFKA_LOG4J" -Dcoalition.kafka.loglevel=INFO \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" \
    >"$LOG_DIR/kafka.log" 2>&1 </dev/null &
  echo $! >"$(pid_file kafka)"
  # shellcheck disable=SC2034 # read by dev/test
  KAFKA_STARTED=1
  wait_kafka_ready
}

# Waits until our broker process answers, or fails with its log tail.
wait_kafka_ready() {
  local started=$SECONDS deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! pid_alive kafka; then
      show_tail "$LOG_DIR/kafka.log"
      die "Kafka exited during startup (see .dev/logs/kafka.log)"
    fi
    if port_open "$KAFKA_PORT" && kafka_answers; then
      info "Kafka ready after $((SECONDS - started))s"
      return 0
    fi
    sleep 1
  done
  show_tail "$LOG_DIR/kafka.log"
  die "Kafka not ready on $KAFKA_BOOTSTRAP within ${KAFKA_START_TIMEOUT}s (see .dev/logs/kafka.log)"
}

# Uses whatever Kafka answers on KAFKA_BOOTSTRAP, else starts ours.
ensure_kafka() {
  resolve_kafka
  if pid_alive kafka; then
    info "Kafka: ours, already running on $KAFKA_BOOTSTRAP"
    wait_kafka_ready
  elif port_open "$KAFKA_PORT"; then
    kafka_answers || die "port $KAFKA_PORT is in use, but not by a Kafka broker that answers"
    info "Kafka: using the broker on $KAFKA_BOOTSTRAP"
  else
    start_kafka
  fi
}

stop_kafka() { stop_pid kafka 30; }

# ---------------------------------------------------------------------------------------------
# the apps

app_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$ROOT" "$1"; }

build_apps() {
  local mvn
  mvn="$(maven_cmd)" || exit 1
  info "Building the apps ($(basename "$mvn") -B -q -DskipTests package)"
  (cd "$ROOT" && "$mvn" -B -q -DskipTests package) || die "the Maven build failed (output above)"
}

require_app_jars() {
  local row module
  for row in "${APPS[@]}"; do
    read -r module _ <<<"$row"
    [[ -f $(app_jar "$module") ]] ||
      die "$module is not built ($module/target/quarkus-app/quarkus-run.jar missing): run dev/up without --no-build"
  done
}

# Fails if an app port is taken by something that is not our running app.
check_app_ports() {
  local row module port
  for row in "${APPS[@]}"; do
    read -r module _ port _ <<<"$row"
    pid_alive "$module" && continue
    ! port_open "$port" || die "port $port ($module) is already in use by another process"
  done
}

KEY_DIR="$DEV_DIR/keys"
TOKEN_PRIVATE_KEY="$KEY_DIR/token-private.pem"
TOKEN_PUBLIC_KEY="$KEY_DIR/token-public.pem"

# The RSA key pair with which the gateway signs the token it forwards and the services verify it.
# Generated once (openssl, or the JDK where openssl is missing); production reads keys from secrets.
ensure_token_keys() {
  [[ -s $TOKEN_PRIVATE_KEY && -s $TOKEN_PUBLIC_KEY ]] && return 0
  mkdir -p "$KEY_DIR"
  chmod 700 "$KEY_DIR"
  info "Generating the gateway's token key pair in .dev/keys"
  if command -v openssl >/dev/null 2>&1; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TOKEN_PRIVATE_KEY" 2>/dev/null) ||
      die "openssl could not generate the token key pair"
    openssl pkey -in "$TOKEN_PRIVATE_KEY" -pubout -out "$TOKEN_PUBLIC_KEY" 2>/dev/null ||
      die "openssl could not write the token public key"
  else
    local src="$KEY_DIR/GenerateKeys.java"
    cat >"$src" <<'JAVA'
import java.nio.file.*;
import java.security.*;
import java.util.Base64;
public class GenerateKeys {
    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes());
        Files.writeString(Path.of(args[0]), "-----BEGIN PRIVATE KEY-----\n"
                + pem.encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Files.writeString(Path.of(args[1]), "-----BEGIN PUBLIC KEY-----\n"
                + pem.encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }
}
JAVA
    (umask 077 && "$JAVA" "$src" "$TOKEN_PRIVATE_KEY" "$TOKEN_PUBLIC_KEY") || die "could not generate the token key pair with Java"
    rm -f "$src"
  fi
  chmod 600 "$TOKEN_PRIVATE_KEY"
}

admin_key() {
  if [[ -n ${COALITION_ADMIN_KEY:-} ]]; then
    printf '%s\n' "$COALITION_ADMIN_KEY"
    return 0
  fi
  local file="$DEV_DIR/admin-key"
  if [[ ! -s $file ]]; then
    mkdir -p "$DEV_DIR"
    (
      umask 077
      openssl rand -hex 24 2>/dev/null || od -An -N24 -tx1 /dev/urandom | tr -d ' \n'
    ) >"$file"
  fi
  chmod 600 "$file"
  tr -d '\n' <"$file"
  printf '\n'
}

# start_app ROW ADMIN_KEY: starts one app in the background unless it already runs.
start_app() {
  local module prefix port db key=$2
  read -r module prefix port db <<<"$1"
  if pid_alive "$module"; then
    info "$module: already running (dev/down first to run a new build)"
    return 0
  fi
  local -a vars=(
    "${prefix}_HTTP_PORT=$port"
    "${prefix}_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
    "${prefix}_DB_USER=postgres"
    "${prefix}_DB_PASSWORD=$PG_PASSWORD"
    "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP"
    "COALITION_TOKEN_PUBLIC_KEY_LOCATION=$TOKEN_PUBLIC_KEY"
  )
  if [[ $module == gateway ]]; then
    vars+=("COALITION_ADMIN_KEY=$key" "COALITION_TOKEN_PRIVATE_KEY_LOCATION=$TOKEN_PRIVATE_KEY"
      "REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}")
    local row other_module other_prefix other_port
    for row in "${APPS[@]}"; do
      read -r other_module other_prefix other_port _ <<<"$row"
      [[ $other_module == gateway ]] || vars+=("${other_prefix}_URL=http://127.0.0.1:$other_port")
    done
  fi
  local -a opts
  read -r -a opts <<<"$APP_JAVA_OPTS"
  info "Starting $module on port $port"
  (cd "$ROOT/$module" && exec env "${vars[@]}" nohup "$JAVA" "${opts[@]}" -jar "$(app_jar "$module")") \
    >"$LOG_DIR/$module.log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$module")"
}

start_apps() {
  local row
  mkdirs
  for row in "${APPS[@]}"; do start_app "$row" "$1"; done
}

http_ready() {
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1/q/health/ready") == 200 ]]
}

wait_apps_ready() {
  local row module port started=$SECONDS deadline=$((SECONDS + APP_START_TIMEOUT))
  for row in "${APPS[@]}"; do
    read -r module _ port _ <<<"$row"
    until http_ready "$port"; do
      if ! pid_alive "$module"; then
        show_tail "$LOG_DIR/$module.log"
        die "$module exited during startup (see .dev/logs/$module.log)"
      fi
      if ((SECONDS >= deadline)); then
        show_tail "$LOG_DIR/$module.log"
        die "$module not ready on http://127.0.0.1:$port/q/health/ready within ${APP_START_TIMEOUT}s (see .dev/logs/$module.log)"
      fi
      sleep 1
    done
  done
  info "All apps ready after $((SECONDS - started))s"
}

stop_apps() {
  local i row module
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do
    read -r module _ <<<"${APPS[i]}"
    stop_pid "$module" 20
  done
}
