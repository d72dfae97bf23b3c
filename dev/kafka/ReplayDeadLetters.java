import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the events of a dead-letter topic back to the topic they came from, after the fix that makes
 * them consumable has been deployed. Progress is kept as the offsets of the consumer group
 * coalition-dlq-replay, committed only after the broker acknowledged the re-sent events, so a replay
 * run twice sends each dead letter once; consumers are idempotent, so a crash in between at worst
 * delivers an event they will recognise. The original key is kept, so the events of one aggregate stay
 * in order with each other.
 *
 * Usage: java -cp 'kafka libs/*' ReplayDeadLetters.java BOOTSTRAP DLQ_TOPIC [--dry-run]
 */
public class ReplayDeadLetters {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ReplayDeadLetters BOOTSTRAP DLQ_TOPIC [--dry-run]");
            System.exit(2);
        }
        String bootstrap = args[0];
        String dlq = args[1];
        boolean dryRun = args.length > 2 && args[2].equals("--dry-run");
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "coalition-dlq-replay");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());

        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            consumer.subscribe(List.of(dlq));
            int idlePolls = 0;
            while (idlePolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(2));
                if (records.isEmpty()) {
                    idlePolls++;
                    continue;
                }
                idlePolls = 0;
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    String target = header(record, "dead-letter-topic");
                    if (target == null) {
                        target = dlq.endsWith(".dlq") ? dlq.substring(0, dlq.length() - 4) : null;
                    }
                    if (target == null) {
                        throw new IllegalStateException("record " + record.offset() + " names no original topic");
                    }
                    System.out.printf("%s %s offset %d -> %s (reason: %s)%n", dryRun ? "would replay" : "replaying",
                            dlq, record.offset(), target, header(record, "dead-letter-reason"));
                    if (!dryRun) {
                        sent.add(producer.send(new ProducerRecord<>(target, record.key(), record.value())));
                    }
                    replayed++;
                }
                if (!dryRun) {
                    for (var future : sent) {
                        future.get();
                    }
                    Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>();
                    for (TopicPartition partition : records.partitions()) {
                        var partitionRecords = records.records(partition);
                        offsets.put(partition, new OffsetAndMetadata(partitionRecords.get(partitionRecords.size() - 1).offset() + 1));
                    }
                    consumer.commitSync(offsets);
                }
            }
        }
        System.out.printf("%s %d dead letter(s) from %s%n", dryRun ? "Would replay" : "Replayed", replayed, dlq);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
