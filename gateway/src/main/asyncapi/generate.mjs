// Writes the AsyncAPI 3 document from catalog.yaml and the producers' OpenAPI documents.
// Usage: node generate.mjs <output.yaml> <service>=<openapi.json file or URL>...
//   e.g. node generate.mjs ../resources/META-INF/resources/asyncapi.yaml \
//          partners-service=http://127.0.0.1:8081/q/openapi?format=json ...
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

const [output, ...sources] = process.argv.slice(2);
if (!output || sources.length === 0) {
  console.error('usage: node generate.mjs <output.yaml> <service>=<openapi.json file or URL>...');
  process.exit(2);
}

const catalog = yaml.load(readFileSync(new URL('./catalog.yaml', import.meta.url), 'utf8'));
const openapi = {};
for (const source of sources) {
  const [service, location] = source.split(/=(.*)/s);
  openapi[service] = JSON.parse(location.startsWith('http')
    ? await (await fetch(location)).text()
    : readFileSync(location, 'utf8'));
}

const schemas = {
  CloudEvent: {
    type: 'object',
    description: 'CloudEvents 1.0, structured mode. Consumers ignore fields they do not know and event types they do not use.',
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Unique per event; consumers record it to apply each event once' },
      source: { type: 'string', description: 'The producing service, e.g. /partners-service' },
      type: { type: 'string', examples: ['org.coalition.partner.updated'] },
      subject: { type: 'string', format: 'uuid', description: 'The id of the aggregate the event is about' },
      time: { type: 'string', format: 'date-time' },
      datacontenttype: { type: 'string', const: 'application/json' },
      data: { type: 'object', description: "The aggregate's public representation after the change, with its version" },
    },
  },
};

// Copies a schema and everything it references from a service's OpenAPI components, renaming on a
// clash with a different schema of the same name from another service.
const copied = {};
function copy(service, name) {
  const key = `${service}:${name}`;
  if (copied[key]) return copied[key];
  const schema = openapi[service]?.components?.schemas?.[name];
  if (!schema) throw new Error(`${service}'s OpenAPI document has no schema ${name}`);
  let target = name;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (schemas[target] && !same(schemas[target], schema)) target = `${service.replace(/-service$/, '')}${name}`;
  copied[key] = target;
  const rewritten = JSON.parse(JSON.stringify(schema), (k, v) =>
    k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
      ? `#/components/schemas/${copy(service, v.substring('#/components/schemas/'.length))}`
      : v);
  schemas[target] = rewritten;
  return target;
}

const camel = (type) => type.replace(/^org\.coalition\./, '').split(/[.-]/)
  .map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1))).join('');

const channels = {};
const operations = {};
const messages = {};
for (const [topic, spec] of Object.entries(catalog.topics)) {
  const channel = camel(topic);
  channels[channel] = { address: topic, description: spec.description, messages: {} };
  for (const [type, event] of Object.entries(spec.events)) {
    const id = camel(type);
    messages[id] = {
      name: type,
      title: type,
      summary: event.summary,
      contentType: 'application/json',
      bindings: { kafka: { key: { type: 'string', format: 'uuid', description: spec.key }, bindingVersion: '0.5.0' } },
      payload: {
        allOf: [
          { $ref: '#/components/schemas/CloudEvent' },
          {
            type: 'object',
            properties: {
              type: { type: 'string', const: type },
              data: { $ref: `#/components/schemas/${copy(spec.producer, event.schema)}` },
            },
          },
        ],
      },
    };
    channels[channel].messages[id] = { $ref: `#/components/messages/${id}` };
  }
  operations[`publish${channel[0].toUpperCase()}${channel.slice(1)}`] = {
    action: 'send',
    title: `${spec.producer} publishes to ${topic}`,
    description: `Through its transactional outbox, keyed by aggregate id. ${spec.key}`,
    channel: { $ref: `#/channels/${channel}` },
    messages: Object.keys(channels[channel].messages).map((m) => ({ $ref: `#/channels/${channel}/messages/${m}` })),
  };
}

const document = {
  asyncapi: '3.1.0',
  info: {
    title: 'Coalition events',
    version: '1.0.0',
    description: 'Every topic the Coalition services publish to, with its key and the CloudEvents types on it. '
      + 'Generated from gateway/src/main/asyncapi/catalog.yaml and the services\' OpenAPI documents; do not edit by hand.',
  },
  defaultContentType: 'application/json',
  servers: {
    local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The single-node broker dev/up starts' },
  },
  channels,
  operations,
  components: { messages, schemas },
};
writeFileSync(output, `# Generated by gateway/src/main/asyncapi/generate.mjs; do not edit by hand.\n${yaml.dump(document, { noRefs: true, lineWidth: 120 })}`);
console.log(`wrote ${output}: ${Object.keys(messages).length} event types on ${Object.keys(channels).length} topics`);
