import { parseRegistryNumber, toBarcodePayload } from '../../../../../shared/numbers';
import type { IndexEntry } from '../../../../../shared/protocol';

/** The barcode payload of a registry number, as a scanner reads it. */
export function payloadOf(documentNumber: string): string {
  const identity = parseRegistryNumber(documentNumber);
  if (identity.status === 'error') throw new Error(`not a registry number: ${documentNumber}`);
  return toBarcodePayload(identity.response);
}

/** A payload with its check character changed: what a misread looks like. */
export function misread(documentNumber: string): string {
  const payload = payloadOf(documentNumber);
  const last = payload.charAt(payload.length - 1);
  return payload.slice(0, -1) + (last === '0' ? '1' : '0');
}

export const ROMASHKA = {
  clientName: 'ООО «Ромашка»',
  postalAddressLines: ['ООО «Ромашка»', 'ул. Ленина, д.\u00a01, оф.\u00a05', 'г. Москва', '101000'],
  dealId: '1042',
};

export const VASILEK = {
  clientName: 'АО «Василёк»',
  postalAddressLines: ['пр-т Мира, д.\u00a010', 'г. Минск', '220030'],
  dealId: '2077',
};

export function entry(documentNumber: string, addressee: typeof ROMASHKA, overrides: Partial<IndexEntry> = {}): IndexEntry {
  const identity = parseRegistryNumber(documentNumber);
  if (identity.status === 'error') throw new Error(`not a registry number: ${documentNumber}`);
  return {
    documentNumber,
    kind: identity.response.kind,
    clientName: addressee.clientName,
    postalAddressLines: addressee.postalAddressLines,
    dealId: addressee.dealId,
    status: 'approved',
    ...overrides,
  };
}
