import type { StandaloneKind } from './kindGroups';

/**
 * Which documents draw their sequence from one counter. Every series restarts at 1 on
 * 1 January (the year is the calendar year of issue, in the script's time zone — the adapter
 * that allocates decides the year, this module only carries it).
 *
 * - `contract`: contracts and framework contracts share one series, so "договор № 2026-00042"
 *   names exactly one contract whichever of the two kinds it is: people quote contract numbers
 *   without saying "framework".
 * - `invoice`, `act`, `inventory_list`: one series each, as accounting keeps invoices and acts
 *   numbered on their own.
 *
 * Annexes have no series: they are numbered within their parent (see nextChildIndex).
 */
export type SequenceSeries = 'contract' | 'invoice' | 'act' | 'inventory_list';

const SERIES_BY_KIND: { readonly [K in StandaloneKind]: SequenceSeries } = {
  framework_contract: 'contract',
  contract: 'contract',
  invoice: 'invoice',
  act: 'act',
  inventory_list: 'inventory_list',
};

export function sequenceSeriesOf(kind: StandaloneKind): SequenceSeries {
  return SERIES_BY_KIND[kind];
}
