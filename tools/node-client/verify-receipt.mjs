// Verifies a receipt's signature from the documented rule alone (STANDARD.md EV-10, EV-11): Ed25519
// over the ASCII tag "interop/receipt/v1" followed by receipt_bytes exactly as served, with the hub
// key the registry publishes under the receipt's key_id (DER SubjectPublicKeyInfo).
import { createPublicKey, verify } from 'node:crypto';

const tag = Buffer.from('interop/receipt/v1', 'ascii');

/**
 * Throws unless the signed receipt verifies with one of the hub's published keys.
 * @param receipt a SignedReceipt (receipt_bytes and signature as bytes, algorithm as its enum name).
 * @param hubKeys GetRegistryInfoResponse.hub_keys.
 */
export function verifyReceipt(receipt, hubKeys) {
  const published = hubKeys.find((key) => key.key_id === receipt.key_id);
  if (!published) {
    throw new Error(`receipt signed by ${receipt.key_id}, which the registry does not publish`);
  }
  if (published.algorithm !== 'ed25519' || receipt.algorithm !== 'SIGNATURE_ALGORITHM_ED25519') {
    throw new Error(`receipt algorithm ${receipt.algorithm}, key algorithm ${published.algorithm}`);
  }
  const key = createPublicKey({ key: Buffer.from(published.public_key), format: 'der', type: 'spki' });
  const signed = Buffer.concat([tag, Buffer.from(receipt.receipt_bytes)]);
  if (!verify(null, signed, key, Buffer.from(receipt.signature))) {
    throw new Error('the receipt signature does not verify with the published hub key');
  }
}
