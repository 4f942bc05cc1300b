/**
 * The address of a deal in the Bitrix24 portal. The portal is the scheme and host of the incoming
 * webhook (https://<portal>/rest/<user>/<code>/); a deal's page is /crm/deal/details/<id>/.
 * Apps Script's V8 has no URL class, hence the pattern.
 */
export function dealUrl(webhookUrl: string | null, dealId: string): string | null {
  if (webhookUrl === null) return null;
  const portal = /^(https?:\/\/[^/?#\s]+)/i.exec(webhookUrl.trim())?.[1];
  if (portal === undefined || !/^\d+$/.test(dealId)) return null;
  return `${portal}/crm/deal/details/${dealId}/`;
}
