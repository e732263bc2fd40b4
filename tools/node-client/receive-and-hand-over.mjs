// A member system's round trip through the hub: the desk (member igate) receives a land dossier and
// hands it over to the land office, the land office (member vbdlis) accepts it and reads it back with
// its event history, and the hash chain and the acceptance's signed receipt are verified from the
// documented rules.
//
//   node receive-and-hand-over.mjs [host:port]      (default $INTEROP_HUB or 127.0.0.1:50051)
import { randomBytes } from 'node:crypto';
import { connect, iso, loadEventBody } from './hub.mjs';
import { accept, desk, landOffice, offer, receive } from './land-dossier.mjs';
import { verifyChain } from './verify-chain.mjs';
import { verifyReceipt } from './verify-receipt.mjs';

const address = process.argv[2] ?? process.env.INTEROP_HUB ?? '127.0.0.1:50051';
// Development tokens from the hub's appsettings.json; loopback only, never in production.
const deskToken = process.env.INTEROP_DESK_TOKEN ?? 'dev-igate-gialai';
const landToken = process.env.INTEROP_LAND_TOKEN ?? 'dev-vbdlis-gialai';

// Request ids (and the vendor code) unique per run; a retry of one step would repeat its id.
const runId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

async function listEvents(client, dossierId) {
  const events = [];
  let page_token = '';
  do {
    const page = await client.audit('ListDossierEvents', { dossier_id: dossierId, page_token });
    events.push(...page.events);
    page_token = page.next_page_token;
  } while (page_token);
  return events;
}

async function main() {
  const igate = connect(address, deskToken);
  const vbdlis = connect(address, landToken);
  try {
    const received = (await igate.dossiers('ReceiveDossier', receive(runId))).outcome.dossier;
    console.log(`received ${received.national_code} appointment ${iso(received.clock.appointment)}`);

    await igate.dossiers('OfferHandover', offer(runId, received.id));
    console.log(`handed over to ${landOffice}`);

    const accepted = (await vbdlis.dossiers('AcceptHandover', accept(runId, received.id))).outcome;
    const holder = accepted.dossier.custody.holder_agency.agency_id;
    console.log(`accepted by ${holder} status ${accepted.dossier.status}`);

    const dossier = (await vbdlis.dossiers('GetDossier', { dossier_id: received.id })).dossier;
    const events = await listEvents(vbdlis, received.id);
    console.log(`read back ${dossier.national_code} version ${dossier.version} status ${dossier.status} holder ${dossier.custody.holder_agency.agency_id}`);
    if (dossier.national_code !== received.national_code || dossier.custody.receiving_agency.agency_id !== desk || holder !== landOffice) {
      throw new Error('the dossier read back is not the one received and accepted');
    }
    if (Number(dossier.version) !== events.length) {
      throw new Error(`version ${dossier.version} but ${events.length} events`);
    }

    const verified = verifyChain(events, loadEventBody());
    if (!Buffer.from(events.at(-1).hash).equals(Buffer.from(accepted.event.hash))) {
      throw new Error('the chain does not end at the accepted event');
    }
    const { hub_keys } = await vbdlis.registry('GetRegistryInfo', {});
    verifyReceipt(accepted.receipt, hub_keys);
    console.log(`chain verified: ${verified} events`);
  } finally {
    igate.close();
    vbdlis.close();
  }
}

main().catch((error) => {
  console.error(`failed: ${error.message}`);
  process.exitCode = 1;
});
