// Verifies a dossier's hash chain from the documented rule alone (STANDARD.md EV-2, EV-3):
// hash = SHA-256("interop/event/v1" || previous hash || stored body bytes), the previous hash of
// the first event being 32 zero bytes. The stored bytes are hashed as served; nothing is re-serialised.
import { createHash } from 'node:crypto';

const tag = Buffer.from('interop/event/v1', 'ascii');

/**
 * Checks every event of a dossier, in sequence order: its hash, its body's previous_hash and its
 * sequence. Returns the number of events verified; throws on the first break.
 * @param events Event messages (body_bytes and hash as bytes).
 * @param EventBody the schema's EventBody type, to read previous_hash from the stored bytes.
 */
export function verifyChain(events, EventBody) {
  let previous = Buffer.alloc(32);
  events.forEach((event, index) => {
    const bytes = Buffer.from(event.body_bytes);
    const body = EventBody.decode(bytes);
    const at = `event ${index + 1}`;
    if (Number(body.sequence) !== index + 1) {
      throw new Error(`${at}: sequence ${body.sequence}, expected ${index + 1}`);
    }
    if (!previous.equals(Buffer.from(body.previous_hash))) {
      throw new Error(`${at}: previous_hash does not match the hash of the event before it`);
    }
    const hash = createHash('sha256').update(tag).update(previous).update(bytes).digest();
    if (!hash.equals(Buffer.from(event.hash))) {
      throw new Error(`${at}: hash does not match SHA-256 over its stored body bytes`);
    }
    previous = hash;
  });
  return events.length;
}
