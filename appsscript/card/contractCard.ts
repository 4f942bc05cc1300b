import { ok, type Result } from '../../shared/result';
import { buildContractCard } from './buildContractCard';
import type { CardPorts } from './cardPorts';
import type { CardError, ContractCard } from './cardTypes';
import { locateDocument } from './locateDocument';

/**
 * The card for the sidebar: the document `ref` names (a registry number or a scanned payload),
 * or the one the sidebar is open on. Reads the registers once and the deal once; Bitrix24 being
 * unreachable leaves the deal's title and the template reasons out, never the card.
 */
export function contractCard(ports: CardPorts, ref: unknown): Result<ContractCard, CardError> {
  const located = locateDocument(ports, ref);
  if (located.status === 'error') return located;
  const { row, registers } = located.response;
  const deal = ports.deals.read(row.dealId);
  if (deal.status === 'error') ports.log.warn('Contract card without the deal', { number: row.registryNumber, dealId: row.dealId, detail: deal.detail });
  return ok(
    buildContractCard({
      row,
      registers,
      viewer: ports.viewer,
      at: ports.clock.now().toISOString(),
      deal,
      catalogue: ports.catalogue,
      webhookUrl: ports.webhookUrl,
    }),
  );
}
