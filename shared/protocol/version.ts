/**
 * Version of the bridge⇄script message formats. Every message carries it; a side that receives a
 * version it does not know answers `unsupported_version` instead of guessing, so a bridge and a
 * script deployed at different times fail loudly and the kiosk can say "update the bridge".
 */
export const PROTOCOL_VERSION = 1;
export type ProtocolVersion = typeof PROTOCOL_VERSION;
