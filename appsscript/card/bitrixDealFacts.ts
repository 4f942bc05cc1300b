import { fail, ok } from '../../shared/result';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';
import { readDealBundle } from '../bitrix24/readDealBundle';
import { dealProductRows } from '../generation/dealProductRows';
import type { LogPort } from '../platform/logPort';
import type { DealFactsPort } from './cardPorts';

/**
 * The deal's title and product rows, read the way generation reads them (one batch, sections
 * resolved in it), so the template reasons are worked out from the same rows. `knownSectionTotal`
 * sizes the section pages as generation last saw them; the card only reads, it never records it.
 */
export function bitrixDealFacts(rest: Bitrix24Rest, knownSectionTotal: number | null, log: LogPort): DealFactsPort {
  return {
    read(dealId) {
      try {
        const { bundle } = readDealBundle(rest, dealId, knownSectionTotal);
        return ok({ title: String(bundle.deal.TITLE ?? ''), rows: dealProductRows(bundle).rows });
      } catch (error) {
        log.warn('Card: Bitrix24 deal read failed', { dealId, error: String(error) });
        return fail('bitrix_unavailable', `сделка ${dealId} не прочитана из Битрикс24`);
      }
    },
  };
}
