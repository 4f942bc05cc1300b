/** One attribute group of an IPP message as @sealsystems/ipp decodes it: name → value(s). */
export type AttributeGroup = Readonly<Record<string, unknown>>;

/** A decoded IPP response, checked to have a status code; attribute values stay unknown until read. */
export interface IppResponse {
  /** The status code keyword: 'successful-ok', 'server-error-busy', 'client-error-not-found'... */
  readonly statusCode: string;
  readonly operationAttributes: AttributeGroup;
  readonly printerAttributes: AttributeGroup;
  readonly jobAttributes: AttributeGroup;
}

/** Narrows the parser's output; undefined when it is not a response with a status code. */
export function readIppResponse(parsed: unknown): IppResponse | undefined {
  if (!isRecord(parsed) || typeof parsed.statusCode !== 'string' || parsed.statusCode === '') return undefined;
  return {
    statusCode: parsed.statusCode,
    operationAttributes: group(parsed['operation-attributes-tag']),
    printerAttributes: group(parsed['printer-attributes-tag']),
    jobAttributes: group(parsed['job-attributes-tag']),
  };
}

/** RFC 8011 §4.1.6: successful-ok, successful-ok-ignored-or-substituted-attributes, ... */
export function isSuccessStatus(statusCode: string): boolean {
  return statusCode.startsWith('successful-ok');
}

/** A keyword or a list of them (a one-value set arrives as a bare value). */
export function keywordsOf(attributes: AttributeGroup, name: string): string[] {
  const value = attributes[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

export function textOf(attributes: AttributeGroup, name: string): string | undefined {
  const value = attributes[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

export function integerOf(attributes: AttributeGroup, name: string): number | undefined {
  const value = attributes[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'number' && Number.isInteger(first) ? first : undefined;
}

export function booleanOf(attributes: AttributeGroup, name: string): boolean | undefined {
  const value = attributes[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'boolean' ? first : undefined;
}

/** A group may come as one object, or as a list when the message repeats the group. */
function group(value: unknown): AttributeGroup {
  const first = Array.isArray(value) ? value[0] : value;
  return isRecord(first) ? first : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
