import type { ErrorObject } from 'ajv';

/**
 * Turns ajv's errors into one Russian line per mistake, each starting with the setting's path
 * in dot notation: "devices.labelPrinter.port: должно быть целым числом от 1 до 65535".
 *
 * The wording comes from the schema's `description` of the offending field (see
 * configSchema.ts), so type, range and pattern errors on one field read as one sentence
 * instead of ajv's three. Needs ajv's `verbose: true`, which puts the field's schema into
 * `parentSchema`.
 */
export function describeConfigErrors(errors: readonly ErrorObject[]): string[] {
  const lines = new Map<string, string>();
  for (const error of errors) {
    const described = describeOne(error);
    if (described === undefined) continue;
    // One line per path: the first error on a field already says what it must be.
    if (!lines.has(described.path)) lines.set(described.path, described.line);
  }
  return [...lines.values()];
}

function describeOne(error: ErrorObject): { path: string; line: string } | undefined {
  const path = dotPath(error.instancePath);
  const schema = asRecord(error.parentSchema);
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty?: unknown }).missingProperty ?? '');
      const fieldPath = join(path, missing);
      const fieldSchema = asRecord(asRecord(schema?.properties)?.[missing]);
      const what = describedAs(fieldSchema);
      return { path: fieldPath, line: `${fieldPath}: обязательный ключ не указан${what === undefined ? '' : ` — должно быть ${what}`}` };
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty ?? '');
      const known = Object.keys(asRecord(schema?.properties) ?? {});
      const fieldPath = join(path, extra);
      const hint = known.length === 0 ? 'у этого объекта нет других ключей' : `допустимые ключи: ${known.join(', ')}`;
      return { path: fieldPath, line: `${fieldPath}: неизвестный ключ (опечатка?) — ${hint}` };
    }
    case 'discriminator': {
      const tag = String((error.params as { tag?: unknown }).tag ?? 'type');
      const fieldPath = join(path, tag);
      const values = discriminatorValues(schema, tag);
      return { path: fieldPath, line: `${fieldPath}: должно быть одним из: ${values.join(', ')}` };
    }
    case 'oneOf':
    case 'if':
      // Explained by the errors of the branch the discriminator chose.
      return undefined;
    default: {
      const where = path === '' ? 'файл настроек' : path;
      const what = describedAs(schema) ?? fallback(error);
      return { path, line: `${where}: должно быть ${what}` };
    }
  }
}

function describedAs(schema: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const description = schema?.description;
  return typeof description === 'string' ? description : undefined;
}

function fallback(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `одним из: ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String).join(', ')}`;
    case 'const':
      return `равно ${JSON.stringify((error.params as { allowedValue?: unknown }).allowedValue)}`;
    case 'type':
      return `типа ${String((error.params as { type?: unknown }).type)}`;
    default:
      return `допустимым значением (${error.message ?? error.keyword})`;
  }
}

function discriminatorValues(schema: Readonly<Record<string, unknown>> | undefined, tag: string): string[] {
  const branches = Array.isArray(schema?.oneOf) ? schema.oneOf : [];
  const values: string[] = [];
  for (const branch of branches) {
    const property = asRecord(asRecord(asRecord(branch)?.properties)?.[tag]);
    if (property?.const !== undefined) values.push(String(property.const));
    if (Array.isArray(property?.enum)) values.push(...property.enum.map(String));
  }
  return values;
}

/** "/devices/labelPrinter/port" → "devices.labelPrinter.port"; "/sender/addressLines/2" → "sender.addressLines[2]". */
function dotPath(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : join(path, part)), '');
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
