/** Lifecycle statuses in the order a document normally passes them (see DESIGN.md). */
export const LIFECYCLE_STATUSES = [
  'draft',
  'client_review',
  'internal_approval',
  'approved',
  'printed',
  'sent',
  'returned',
  'annulled',
] as const;

export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Russian names as the sidebar and the registers show them. */
export const LIFECYCLE_STATUS_TITLES: { readonly [S in LifecycleStatus]: string } = {
  draft: 'Черновик',
  client_review: 'На согласовании у клиента',
  internal_approval: 'На внутреннем согласовании',
  approved: 'Утверждён',
  printed: 'Напечатан',
  sent: 'Отправлен',
  returned: 'Возвращён подписанным',
  annulled: 'Аннулирован',
};

export function isLifecycleStatus(value: unknown): value is LifecycleStatus {
  return typeof value === 'string' && (LIFECYCLE_STATUSES as readonly string[]).includes(value);
}
