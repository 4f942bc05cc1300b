import { MAX_SCAN_PAYLOAD_LENGTH, SCAN_MODES, type ScanMode } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';

/** Where a scan posted to the API comes from: the kiosk's wedge detector, manual entry, or a program. */
export const API_SCAN_SOURCES = ['wedge', 'manual', 'api'] as const;
export type ApiScanSource = (typeof API_SCAN_SOURCES)[number];

export type RequestError = 'invalid_request';

/** POST /api/scan: `{ "code": "DFC2600042K", "source": "wedge" }` (`source` optional, default `api`). */
export function readScanRequest(body: unknown): Result<{ code: string; source: ApiScanSource }, RequestError> {
  const record = asRecord(body);
  if (record === undefined) return invalid('ожидался объект { "code": "…", "source": "wedge" | "manual" | "api" }');
  const code = own(record, 'code');
  if (typeof code !== 'string') return invalid('поле «code» должно быть строкой со штрихкодом');
  // A scanner's terminator (CR, LF) may come along; anything else invisible is not a barcode.
  const trimmed = code.replace(/[\r\n]+$/, '');
  if (trimmed.trim() === '') return invalid('поле «code» пустое');
  if (trimmed.length > MAX_SCAN_PAYLOAD_LENGTH) return invalid(`поле «code» длиннее ${MAX_SCAN_PAYLOAD_LENGTH} символов`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return invalid('поле «code» содержит управляющие символы');
  const source = own(record, 'source') ?? 'api';
  if (typeof source !== 'string' || !(API_SCAN_SOURCES as readonly string[]).includes(source)) {
    return invalid(`поле «source» должно быть одним из: ${API_SCAN_SOURCES.join(', ')}`);
  }
  return ok({ code: trimmed, source: source as ApiScanSource });
}

/** POST /api/mode: `{ "mode": "outgoing" | "incoming" }`. */
export function readModeRequest(body: unknown): Result<ScanMode, RequestError> {
  const mode = own(asRecord(body) ?? {}, 'mode');
  if (typeof mode !== 'string' || !(SCAN_MODES as readonly string[]).includes(mode)) {
    return invalid('ожидался объект { "mode": "outgoing" } (отправка) или { "mode": "incoming" } (возврат)');
  }
  return ok(mode as ScanMode);
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function invalid(what: string): Result<never, RequestError> {
  return fail('invalid_request', `Некорректный запрос: ${what}. Ничего не сделано.`);
}
