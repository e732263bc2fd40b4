// Loads the standard's .proto files and connects to a hub as one member (development bearer token).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const protosDir = path.resolve(here, '../../protos');

const files = [
  'interop/dossier/v1/dossier_service.proto',
  'interop/audit/v1/audit_service.proto',
  'interop/registry/v1/registry_service.proto',
];

const definition = protoLoader.loadSync(files, {
  includeDirs: [protosDir],
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});
const loaded = grpc.loadPackageDefinition(definition);
const DossierService = loaded.interop.dossier.v1.DossierService;
const AuditService = loaded.interop.audit.v1.AuditService;
const RegistryService = loaded.interop.registry.v1.RegistryService;

/** The EventBody type of the schema, to decode the stored body bytes a verifier hashes. */
export function loadEventBody() {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(protosDir, target);
  root.loadSync('interop/dossier/v1/event.proto', { keepCase: true });
  return root.lookupType('interop.dossier.v1.EventBody');
}

/** "host:port" from an argument such as "http://127.0.0.1:50051/" or "127.0.0.1:50051". */
export function target(address) {
  return address.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/** The hub's clients for one member: each call carries its bearer token and a 10 s deadline. */
export function connect(address, token) {
  const credentials = grpc.credentials.createInsecure();
  const dossiers = new DossierService(target(address), credentials);
  const audit = new AuditService(target(address), credentials);
  const registry = new RegistryService(target(address), credentials);
  const call = (client, method, request) => new Promise((resolve, reject) => {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${token}`);
    client[method](request, metadata, { deadline: Date.now() + 10_000 }, (error, response) => {
      if (error) {
        error.message = `${method}: ${grpc.status[error.code] ?? error.code} ${error.details}`;
        reject(error);
      } else {
        resolve(response);
      }
    });
  });
  return {
    dossiers: (method, request) => call(dossiers, method, request),
    audit: (method, request) => call(audit, method, request),
    registry: (method, request) => call(registry, method, request),
    close() {
      dossiers.close();
      audit.close();
      registry.close();
    },
  };
}

/** A google.protobuf.Timestamp (seconds as a string) as an ISO 8601 instant. */
export function iso(timestamp) {
  return new Date(Number(timestamp.seconds) * 1000 + Math.floor(timestamp.nanos / 1e6)).toISOString();
}
