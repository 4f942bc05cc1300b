import { CRM_ADDRESS_TYPE, CRM_ENTITY_TYPE } from '../../shared/bitrix';
import { postalAddressFromBitrix, postalAddressLines, type BitrixRequisiteAddress } from '../../shared/format';
import { type BatchCommand, type Bitrix24Rest, MAX_BATCH_COMMANDS } from '../bitrix24/bitrixRest';
import type { LogPort } from '../platform/logPort';
import type { BucketCachePort } from '../registerIndex/bucketCachePort';

/** A client's address changes rarely; six hours (the cache's maximum) keeps Bitrix24 quiet. */
const ADDRESS_SECONDS = 21_600;

function cacheKey(companyId: string): string {
  return `docflow.address.${companyId}`;
}

/**
 * Clients' postal addresses as the label prints them (Russian Post order, postcode last, without
 * the addressee, which travels as the client name): from the script cache, and for the companies
 * not cached, from Bitrix24 — company → its first requisite → that requisite's postal address
 * (TYPE_ID 8, or the legal one, 6, when there is none — crmIds.ts), two commands per company chained by `$result[...]`, 25 companies per request.
 * bitrix24/b24restdocs api-reference/crm/requisites/addresses/crm-address-list.md,
 * api-reference/how-to-call-rest-api/batch.md. A company without a postal address gets no lines;
 * a Bitrix24 failure leaves its companies out (logged), so the caller decides what to do.
 */
export function postalAddresses(companyIds: readonly string[], cache: BucketCachePort, bitrix: Bitrix24Rest | null, log: LogPort): Map<string, string[]> {
  const unique = [...new Set(companyIds.filter((id) => id !== ''))];
  const found = new Map<string, string[]>();
  if (unique.length === 0) return found;
  const cached = cache.getAll(unique.map(cacheKey));
  for (const id of unique) {
    const lines = decodeLines(cached[cacheKey(id)]);
    if (lines !== undefined) found.set(id, lines);
  }
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length === 0 || bitrix === null) return found;
  const fetched: Record<string, string> = {};
  const perRequest = Math.floor(MAX_BATCH_COMMANDS / 2);
  for (let start = 0; start < missing.length; start += perRequest) {
    const chunk = missing.slice(start, start + perRequest);
    const commands: Record<string, BatchCommand> = {};
    chunk.forEach((id, i) => {
      commands[`r${i}`] = {
        method: 'crm.requisite.list',
        params: { order: { SORT: 'ASC', ID: 'ASC' }, filter: { ENTITY_TYPE_ID: CRM_ENTITY_TYPE.company, ENTITY_ID: id }, select: ['ID'] },
      };
      commands[`a${i}`] = {
        method: 'crm.address.list',
        params: { filter: { ENTITY_TYPE_ID: CRM_ENTITY_TYPE.requisite, ENTITY_ID: `$result[r${i}][0][ID]` } },
      };
    });
    try {
      const answer = bitrix.batch(commands);
      chunk.forEach((id, i) => {
        const addresses = answer.result[`a${i}`];
        const requisites = answer.result[`r${i}`];
        if (!Array.isArray(requisites)) return;
        const chosen = labelAddress(Array.isArray(addresses) ? (addresses as AddressRecord[]) : []);
        const lines = chosen === undefined ? [] : postalAddressLines(postalAddressFromBitrix(chosen));
        found.set(id, lines);
        fetched[cacheKey(id)] = JSON.stringify(lines);
      });
    } catch (error) {
      log.warn('Postal addresses not read from Bitrix24', { companies: chunk, error: String(error) });
    }
  }
  try {
    cache.putAll(fetched, ADDRESS_SECONDS);
  } catch (error) {
    log.warn('Postal addresses not cached', { error: String(error) });
  }
  return found;
}

type AddressRecord = BitrixRequisiteAddress & { readonly TYPE_ID?: unknown };

function labelAddress(addresses: readonly AddressRecord[]): AddressRecord | undefined {
  const ofType = (type: number): AddressRecord | undefined => addresses.find((address) => Number(address.TYPE_ID) === type);
  return ofType(CRM_ADDRESS_TYPE.mailing) ?? ofType(CRM_ADDRESS_TYPE.legal);
}

function decodeLines(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((line) => typeof line === 'string') ? (value as string[]) : undefined;
  } catch {
    return undefined;
  }
}
