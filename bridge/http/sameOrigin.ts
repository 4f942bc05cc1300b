/**
 * True when a request sent no Origin (a program, not a browser page) or the Origin of this very
 * host. Browsers send Origin with WebSocket handshakes and with POSTs, so a page of another
 * origin — another site, or another port on the bridge's own host, which counts as the same
 * site for the SameSite cookie — cannot act with the kiosk's pairing cookie.
 */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
