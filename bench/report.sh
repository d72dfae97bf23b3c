# shellcheck shell=bash
# The report of bench/run: sourced by it, reads its R array. Not run on its own.

# verdict VALUE OP LIMIT: "yes", "no" or "n/a" for a target
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "" || v == "n/a" || v == "NaN") { print "n/a"; exit }
    ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0)
    print ok ? "yes" : "no"
  }'
}

# row NAME PREFIX: a scenario line with throughput and percentiles
row() {
  local name=$1 p=$2
  if [[ -z ${R[$p.p50_ms]:-} ]]; then
    printf '| %s | not available | | | | | | |\n' "$name"
    return
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${R[$p.rps]:-${R[$p.achieved_rate]:-}}" \
    "${R[$p.p50_ms]}" "${R[$p.p99_ms]}" "${R[$p.p999_ms]}" \
    "$((${R[$p.errors_status]:-0} + ${R[$p.errors_socket]:-0} + ${R[$p.errors]:-0}))" \
    "${R[$p.cpu_ms_per_request]:-}" "${R[$p.cores_used]:-}"
}

summary_table() {
  local start_max rss_max
  start_max="$(for row in "${APPS[@]}"; do read -r m _ <<<"$row"; echo "${R[start.$m]:-}"; done | sort -g | tail -n 1)"
  rss_max="$(for row in "${APPS[@]}"; do read -r m _ <<<"$row"; echo "${R[rss_peak.$m]:-}"; done | sort -g | tail -n 1)"
  cat <<EOF
| figure | measured | target | met |
|---|---|---|---|
| GET /v1/partners/{id} direct ÷ pgbench select-only ($CONNECTIONS connections) | $(get ratio.direct_pgbench) ($(get get_direct.rps) ÷ $(get pgbench.rps) req/s) | ≥ 0.4 | $(verdict "$(get ratio.direct_pgbench)" '>=' 0.4) |
| the same through the gateway ÷ direct (with an API key where the gateway has API clients, see the notes) | $(get ratio.gateway_direct) ($(get get_gateway.rps) req/s) | ≥ 0.8 | $(verdict "$(get ratio.gateway_direct)" '>=' 0.8) |
| p99 at half the maximum rate, open model, direct | $(get open_direct.p99_ms) ms at $(get open_direct.target) req/s | ≤ 10 ms | $(verdict "$(get open_direct.p99_ms)" '<=' 10) |
| p99 at half the maximum rate, open model, gateway | $(get open_gateway.p99_ms) ms at $(get open_gateway.target) req/s | ≤ 10 ms | $(verdict "$(get open_gateway.p99_ms)" '<=' 10) |
| list page $(get lists.deep_page) ÷ page 1 (p50, limit=50) | $(get ratio.deep_first) ($(get list_deep.p50_ms) ÷ $(get list_first.p50_ms) ms) | ≤ 1.2 | $(verdict "$(get ratio.deep_first)" '<=' 1.2) |
| event propagation to $(get propagation.replica), p50 / p99 / max, at $(get propagation.write_rate) of 200 writes/s | $(get propagation.p50_ms) / $(get propagation.p99_ms) / $(get propagation.max_ms) ms | p99 ≤ 25 ms | $(verdict "$(get propagation.p99_ms)" '<=' 25) |
| the same at 5 writes/s (no backlog) | $(get propagation_quiet.p50_ms) / $(get propagation_quiet.p99_ms) / $(get propagation_quiet.max_ms) ms | – | – |
| batch import, POST /v1/partners/batch | $(get batch.rows_per_second) rows/s | ≥ 3,000 | $(verdict "$(get batch.rows_per_second)" '>=' 3000) |
| CSV export of $(get csv.rows) organisations, $(get csv.via) | $(get csv.seconds) s, peak heap of $(get csv.app) $(get csv.peak_heap_mb) MB | – | – |
| slowest start to ready | ${start_max:-n/a} s | ≤ 2 s | $(verdict "${start_max:-}" '<=' 2) |
| largest RSS under load | ${rss_max:-n/a} MB | ≤ 250 MB | $(verdict "${rss_max:-}" '<=' 250) |

Machine: $(get machine.cores) cores ($(get machine.cpu)), $(get machine.memory), $(get machine.jdk), PostgreSQL $(get machine.pg);
load average $(get machine.load_start) at the start and $(get machine.load) at the end of a $mode run on $(date -u +%Y-%m-%d).
EOF
}

write_report() {
  cat <<EOF
# Coalition benchmarks, $(date -u +%Y-%m-%d) ($mode run)

Written by \`bench/run$( ((quick)) && echo ' --quick')\`, started $STARTED_AT, took ${ELAPSED} s. Every figure
below comes from this one run on one machine, the scenarios back to back.

## Summary

$(summary_table)

## Machine

| | |
|---|---|
| CPU | $(get machine.cores) cores, $(get machine.cpu) |
| memory | $(get machine.memory) |
| OS | $(get machine.os) |
| JDK | $(get machine.jdk); apps run with \`$(get machine.java_opts)\` |
| Quarkus | $(get machine.quarkus) |
| PostgreSQL | $(get machine.pg) (pgbench $(get pgbench.version)) |
| load generator | wrk $(get machine.wrk) (Debian), the JDK's HttpClient for the open model and the probe |
| load average (1, 5, 15 min) | $(get machine.load_start) at the start, $(get machine.load) at the end |

The machine was shared with other work during the run: absolute figures are noisy, the ratios
(measured back to back, seconds apart) are the headline.

## Data set (loaded through the public API)

| resource | rows |
|---|---|
| organisations | $(get data.partners) |
| people | $(get data.people) |
| projects | $(get data.projects) |
| meetings | $(get data.meetings) |

## 1. Key lookup, three ways

| way | req/s | p50 ms | p99 ms | p99.9 ms | errors | server CPU ms a request | cores the server got |
|---|---|---|---|---|---|---|---|
$(row "pgbench select-only, -M prepared" pgbench)
$(row "GET /v1/partners/{id} direct (8081)" get_direct)
$(row "GET /v1/partners/{id} through the gateway (8080), X-API-Key" get_gateway)

service ÷ pgbench: **$(get ratio.direct_pgbench)**; gateway ÷ direct: **$(get ratio.gateway_direct)**.

"Server CPU" is the user and system time the serving process used during the measured run (from
/proc), divided by the requests; "cores the server got" is that time divided by the run's length, of
the machine's $(get machine.cores). For pgbench it is the time of its backends (reaped by the postmaster, so
connections other work closed meanwhile are included). Per-request CPU depends little on what else
runs on the machine; throughput depends on how many cores the server got.

Open model (constant arrival rate at half of the closed-model maximum, latency from each request's
due time):

| way | offered req/s | achieved req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |
|---|---|---|---|---|---|---|---|
| direct | $(get open_direct.target) | $(get open_direct.achieved_rate) | $(get open_direct.p50_ms) | $(get open_direct.p99_ms) | $(get open_direct.p999_ms) | $(get open_direct.max_ms) | $(get open_direct.errors) |
| gateway | $(get open_gateway.target) | $(get open_gateway.achieved_rate) | $(get open_gateway.p50_ms) | $(get open_gateway.p99_ms) | $(get open_gateway.p999_ms) | $(get open_gateway.max_ms) | $(get open_gateway.errors) |

## 2. Lists (direct, limit=50)

| list | req/s | p50 ms | p99 ms | p99.9 ms | errors | server CPU ms a request | cores the server got |
|---|---|---|---|---|---|---|---|
$(row "first page (\`status=active\`)" list_first)
$(row "page $(get lists.deep_page) (keyset cursor)" list_deep)
$(row "filtered: \`country=KH&theme=teacher-development\`" list_filtered)
$(row "search: \`q=mekong literacy\`" list_search)

Page $(get lists.deep_page) ÷ page 1 (p50): **$(get ratio.deep_first)**. $( (($(get lists.deep_page) < 10000)) && echo "With $(get data.partners) organisations and 50 a page there is no page 10,000; page $(get lists.deep_page) is the last full one. A keyset page costs the same at any depth (an index range scan from the cursor), so it stands for page 10,000.")

## 3. Writes ($(get writes.via))

| write | req/s | p50 ms | p99 ms | p99.9 ms | errors | server CPU ms a request | cores the server got |
|---|---|---|---|---|---|---|---|
$(row "POST /v1/partners with Idempotency-Key" write_post)
$(row "PUT /v1/partners/{id} with If-Match" write_put)

Errors count non-2xx answers; a PUT's If-Match is the ETag of the previous PUT of that organisation,
so a 412 would mean a lost version, not contention.

## 4. Event propagation

Replica: $(get propagation.replica). Writes: 200 POST/s offered to partners-service, $(get propagation.write_rate)/s
committed ($(get propagation.background_shed) not sent because 32 were already in flight, $(get propagation.background_errors) failed).
$(get propagation.probes) probes, $(get propagation.timeouts) not visible within 10 s.

| offered writes/s | committed writes/s (probes included) | probes | p50 ms | p99 ms | p99.9 ms | max ms | resolution (one refused probe's round trip, p50) |
|---|---|---|---|---|---|---|---|
| 5 | $(get propagation_quiet.write_rate) | $(get propagation_quiet.probes) | $(get propagation_quiet.p50_ms) | $(get propagation_quiet.p99_ms) | $(get propagation_quiet.p999_ms) | $(get propagation_quiet.max_ms) | $(get propagation_quiet.probe_rtt_p50_ms) ms |
| 200 | $(get propagation.write_rate) | $(get propagation.probes) | $(get propagation.p50_ms) | $(get propagation.p99_ms) | $(get propagation.p999_ms) | $(get propagation.max_ms) | $(get propagation.probe_rtt_p50_ms) ms |

The first row runs first, at 5 writes/s: the pipeline's own latency (outbox, relay, Kafka, consumer)
with no backlog in front of the probes. The second is the target's condition.

## 5. Batch import

$(get batch.created) organisations in $(get batch.seconds) s through \`POST /v1/partners/batch\` (1,000 items a
request, 4 requests in flight, each item with an \`upsertBy\` identifier): **$(get batch.rows_per_second) rows/s**,
$(get batch.failed) failed.

## 6. CSV export ($(get csv.via))

$(get csv.rows) organisations, $(get csv.bytes) bytes, HTTP $(get csv.status) in **$(get csv.seconds) s**; peak used heap
of $(get csv.app) while it ran: **$(get csv.peak_heap_mb) MB** (jstat every 100 ms; young and old generations, garbage
included).

## 7. Footprint

| app | start to ready (s, Quarkus' "started in") | RSS idle after start (MB) | RSS idle with the data set (MB) | peak RSS during the run (MB) |
|---|---|---|---|---|
$(for r in "${APPS[@]}"; do read -r m _ <<<"$r"; printf '| %s | %s | %s | %s | %s |\n' "$m" "$(get "start.$m")" "$(get "rss_idle.$m")" "$(get "rss_loaded_idle.$m")" "$(get "rss_peak.$m")"; done)

## Notes of this run

$(if ((${#NOTES[@]})); then printf -- '- %s\n' "${NOTES[@]}"; else echo "None: every scenario ran."; fi)

## Method

- One command: \`bench/run$( ((quick)) && echo ' --quick')\`. It runs \`dev/up\` (the apps' JVM options are dev/up's),
  loads the data set through the public API, then runs the scenarios in the order above.
- Closed model: wrk, $THREADS threads, $CONNECTIONS connections, ${WARMUP} s warm-up (discarded) then ${DURATION} s
  measured per scenario, \`bench/wrk.lua\` drawing ids at random from every active organisation, p99.9 from
  wrk's own histogram. pgbench: \`-M prepared -c $CONNECTIONS -j $THREADS\`, ${WARMUP} s warm-up then ${DURATION} s,
  \`select <every column> from bench_partner where n = :n\` with \`n\` random over a copy of the partner table
  (same rows and columns, bigint primary key) in its own database; percentiles from its per-transaction log.
- Open model: \`bench/Bench.java open\` sends at a constant arrival rate of half the wrk maximum for ${DURATION} s
  after a 1 s warm-up, opening connections as needed, and measures each request from the moment it
  was due, so a stall is not hidden by coordinated omission. It runs in one JVM on the same 2 cores:
  its own scheduling delays are included in the figures.
- Propagation: \`bench/Bench.java propagation\` POSTs organisations at 200/s for ${PROBE_SECONDS} s; every 100 ms one
  of them is a probe: from its 201 (the commit), it POSTs back to back, to the replica's service, a
  resource that references the new organisation (a meeting it hosts, or a project it takes part in),
  which is 422 until the replica holds it; the first 201 ends the measurement.
- Batch import: the organisations of the data set are the import itself.
- Between loading and the scenarios, bench/run waits until the apps together use under 0.1 core
  (consumers caught up, the JIT's compile queue drained): $(get data.quiet_after_s) s in this run.
- RSS from /proc/<pid>/status every second for the whole run; start time from each app's log.
EOF
}

update_readme() {
  local readme=$1 table
  table="$(summary_table)
Details, every percentile and the method: [\`${out#"$ROOT"/}\`](${out#"$ROOT"/})."
  grep -q '<!-- bench:summary:start -->' "$readme" || return 0
  awk -v table="$table" '
    /<!-- bench:summary:start -->/ { print; print table; skip = 1; next }
    /<!-- bench:summary:end -->/ { skip = 0 }
    !skip { print }' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
}
