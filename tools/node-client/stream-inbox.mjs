// A member system's inbox: the land office (member vbdlis) streams its agency's inbox, receives the
// hand-over the desk (member igate) offers it, accepts it, skips its own event by its origin,
// acknowledges what it processed, disconnects, and on reconnecting gets nothing again (STANDARD.md
// INBOX-2, INBOX-4, INBOX-8).
//
//   node stream-inbox.mjs [host:port]      (default $INTEROP_HUB or 127.0.0.1:50051)
import { randomBytes } from 'node:crypto';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import { connect, protosDir, target } from './hub.mjs';
import { accept, desk, landOffice, offer, receive } from './land-dossier.mjs';

const address = process.argv[2] ?? process.env.INTEROP_HUB ?? '127.0.0.1:50051';
// Development tokens from the hub's appsettings.json; loopback only, never in production.
const deskToken = process.env.INTEROP_DESK_TOKEN ?? 'dev-igate-gialai';
const landToken = process.env.INTEROP_LAND_TOKEN ?? 'dev-vbdlis-gialai';
const landMember = 'member-vbdlis-gialai';
// The hub sends a heartbeat at least every 30 s on an idle stream (STANDARD.md INBOX-6).
const patienceMs = Number(process.env.INTEROP_INBOX_PATIENCE_MS ?? 35_000);

const runId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

const definition = protoLoader.loadSync(['interop/inbox/v1/inbox_service.proto'], {
  includeDirs: [protosDir],
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});
const { InboxService } = grpc.loadPackageDefinition(definition).interop.inbox.v1;

function metadataFor(token) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

/** One StreamInbox call, read message by message; next() fails when none comes in time. */
function openStream(inbox, token, request) {
  const call = inbox.StreamInbox(request, metadataFor(token));
  const queue = [];
  const waiters = [];
  let failure = null;
  call.on('data', (message) => {
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  });
  call.on('error', (error) => {
    failure = error;
    for (const waiter of waiters.splice(0)) waiter.reject(error);
  });
  return {
    next() {
      if (queue.length > 0) return Promise.resolve(queue.shift());
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve: (message) => { clearTimeout(timer); resolve(message); },
          reject: (error) => { clearTimeout(timer); reject(error); },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no inbox message within ${patienceMs} ms`));
        }, patienceMs);
        waiters.push(waiter);
      });
    },
    async nextHeartbeat() {
      const message = await this.next();
      if (message.kind !== 'heartbeat') throw new Error(`expected a heartbeat, got an item: ${JSON.stringify(message.item.sequence)}`);
      return message.heartbeat;
    },
    cancel() { call.cancel(); },
  };
}

function acknowledge(inbox, token, agencyId, sequence) {
  return new Promise((resolve, reject) => {
    inbox.AcknowledgeInbox({ agency_id: agencyId, sequence: String(sequence) }, metadataFor(token), { deadline: Date.now() + 10_000 }, (error, response) => {
      if (error) reject(new Error(`AcknowledgeInbox: ${grpc.status[error.code] ?? error.code} ${error.details}`));
      else resolve(Number(response.acknowledged_sequence));
    });
  });
}

async function main() {
  const inbox = new InboxService(target(address), grpc.credentials.createInsecure());
  const igate = connect(address, deskToken);
  const vbdlis = connect(address, landToken);
  let stream = null;
  try {
    // Only what is routed from now on: this example's dossier, whatever the inbox held before.
    stream = openStream(inbox, landToken, { agency_id: landOffice, start: 'START_POSITION_HEAD' });
    const head = Number((await stream.nextHeartbeat()).head_sequence);
    console.log(`streaming ${landOffice} as ${landMember} from sequence ${head}`);

    const received = (await igate.dossiers('ReceiveDossier', receive(runId))).outcome.dossier;
    await igate.dossiers('OfferHandover', offer(runId, received.id));
    console.log(`desk ${desk} received ${received.national_code} and offered it to ${landOffice}`);

    // Process items until our own acceptance comes back: the offer is what we act on.
    let processed = head;
    for (;;) {
      const message = await stream.next();
      if (message.kind !== 'item') continue;
      const item = message.item;
      const sequence = Number(item.sequence);
      if (sequence !== processed + 1) throw new Error(`gap or repeat: item ${sequence} after ${processed}`);
      const line = `item ${sequence - head} ${item.event.body.type} ${item.roles.join(',')} ${item.dossier.national_code}`;
      processed = sequence;
      if (item.origin.own) {
        console.log(`${line} own, skipped`);
        if (item.event.body.type === 'EVENT_TYPE_HANDOVER_ACCEPTED') break;
        continue;
      }
      console.log(`${line} from ${item.origin.member_id}`);
      if (item.event.body.type === 'EVENT_TYPE_HANDOVER_OFFERED' && item.dossier.id === received.id) {
        const accepted = (await vbdlis.dossiers('AcceptHandover', accept(runId, received.id))).outcome.dossier;
        console.log(`accepted ${accepted.national_code} status ${accepted.status}`);
      }
    }

    const acknowledged = await acknowledge(inbox, landToken, landOffice, processed);
    console.log(`acknowledged ${acknowledged - head} items`);
    stream.cancel();
    console.log('disconnected');

    // Resume where the subscription's acknowledgement says: nothing processed comes again.
    stream = openStream(inbox, landToken, { agency_id: landOffice, start: 'START_POSITION_UNSPECIFIED' });
    const resumed = await stream.nextHeartbeat();
    console.log(`reconnected: ${Number(resumed.head_sequence) - head} routed, ${Number(resumed.acknowledged_sequence) - head} acknowledged`);
    // Items routed since (by other members, on a shared hub) are new; one at or before the
    // acknowledgement would be a redelivery.
    for (let next = await stream.next(); next.kind === 'item'; next = await stream.next()) {
      if (Number(next.item.sequence) <= acknowledged) {
        throw new Error(`redelivered item ${next.item.sequence} (acknowledged up to ${acknowledged})`);
      }
    }
    console.log('next heartbeat: nothing redelivered');
  } finally {
    stream?.cancel();
    inbox.close();
    igate.close();
    vbdlis.close();
  }
}

main().catch((error) => {
  console.error(`failed: ${error.message}`);
  process.exitCode = 1;
});
