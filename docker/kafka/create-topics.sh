#!/usr/bin/env bash
# Declares Coalition's topics with the settings chosen for them. Safe to run again: it creates what is
# missing and re-applies the settings of what exists. The same script runs in docker-compose.yml and
# in the Kubernetes dev overlay; the prod overlay declares the same topics as Strimzi KafkaTopics.
#
# Event topics keep every event forever (retention.ms=-1, cleanup.policy=delete): consumers build
# their replicas by reading a topic from the beginning, so a deleted event is a lost fact. They are
# not compacted, because membership, member and milestone events are keyed by their parent aggregate
# (the group, community or project) and carry only the child: compaction would keep one such event per
# parent and silently drop the others. Partitions bound how many replicas of one consumer group read
# in parallel; keys keep each aggregate's events in order within one partition.
# Dead-letter topics keep events for 30 days: long enough to look at, fix and replay them.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:?}"
partitions="${COALITION_TOPIC_PARTITIONS:-3}"
replication="${COALITION_TOPIC_REPLICATION_FACTOR:-1}"
min_insync=$((replication > 1 ? 2 : 1))
bin="${KAFKA_HOME:-/opt/kafka}/bin"

events_config="cleanup.policy=delete,retention.ms=-1,retention.bytes=-1,min.insync.replicas=$min_insync"
dlq_config="cleanup.policy=delete,retention.ms=2592000000,retention.bytes=-1,min.insync.replicas=$min_insync"

declare_topic() {
  local topic=$1 topic_partitions=$2 config=$3
  local -a create_configs=()
  local entry
  IFS=',' read -r -a entries <<<"$config"
  for entry in "${entries[@]}"; do create_configs+=(--config "$entry"); done
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$topic_partitions" --replication-factor "$replication" "${create_configs[@]}"
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --alter --entity-type topics \
    --entity-name "$topic" --add-config "$config"
}

for family in partners meetings projects; do
  declare_topic "$family.events" "$partitions" "$events_config"
  declare_topic "$family.events.dlq" 1 "$dlq_config"
done
echo "topics ready"
