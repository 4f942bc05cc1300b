import type { Catalogue } from '../catalogue';
import { DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from '../kinds/documentKinds';
import { fail, ok, type Result } from '../result';
import { isPlaceholderKey, isRowPlaceholderKey } from './placeholders';

/**
 * templates/templates.json: which starter template files exist, their kind and version.
 * Setup imports each file as a Google Doc and records key@version; publishing a new version
 * of a template means editing its file and bumping `version` here.
 */
export interface TemplateManifest {
  readonly version: 1;
  readonly templates: readonly TemplateEntry[];
}

export interface TemplateEntry {
  /** The catalogue's template key (templates/catalogue.json). */
  readonly key: string;
  /** Path under templates/: always `docs/<key>.html`. */
  readonly file: string;
  readonly kind: DocumentKind;
  /** Russian title of the template, as the Templates sheet shows it. */
  readonly title: string;
  /** 1, 2, 3 …: bumped on every published change. */
  readonly version: number;
  /** Does the template hold a product table with a row template? */
  readonly productRows: boolean;
  /** Placeholders Setup puts into the document header (registry title, barcode). */
  readonly header: readonly string[];
}

export type ManifestInvalid = 'manifest_invalid';

const ENTRY_FIELDS = ['key', 'file', 'kind', 'title', 'version', 'productRows', 'header'];
const TOP_FIELDS = ['version', 'description', 'templates'];

type Json = { readonly [field: string]: unknown };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates the manifest, listing every problem with its path (`templates[3].version: …`).
 * Unknown fields are errors: in a hand-edited file they are usually typos.
 */
export function loadTemplateManifest(json: unknown): Result<TemplateManifest, ManifestInvalid> {
  const problems: string[] = [];
  if (!isObject(json)) return fail('manifest_invalid', 'templates.json: ожидается объект.');
  for (const field of Object.keys(json)) if (!TOP_FIELDS.includes(field)) problems.push(`${field}: неизвестное поле`);
  if (json['version'] !== 1) problems.push('version: поддерживается только версия 1');
  const list = json['templates'];
  if (!Array.isArray(list) || list.length === 0) problems.push('templates: ожидается непустой список шаблонов');
  const templates: TemplateEntry[] = [];
  const seen = new Set<string>();
  (Array.isArray(list) ? list : []).forEach((value: unknown, index) => {
    const entry = readEntry(value, `templates[${index}]`, problems);
    if (entry === undefined) return;
    if (seen.has(entry.key)) problems.push(`templates[${index}].key: шаблон «${entry.key}» указан дважды`);
    seen.add(entry.key);
    templates.push(entry);
  });
  if (problems.length > 0) return fail('manifest_invalid', `templates.json содержит ошибки: ${problems.join('; ')}.`);
  return ok({ version: 1, templates });
}

function readEntry(value: unknown, path: string, problems: string[]): TemplateEntry | undefined {
  if (!isObject(value)) {
    problems.push(`${path}: ожидается объект`);
    return undefined;
  }
  const before = problems.length;
  for (const field of Object.keys(value)) if (!ENTRY_FIELDS.includes(field)) problems.push(`${path}.${field}: неизвестное поле`);
  const { key, file, kind, title, version, productRows, header } = value;
  if (typeof key !== 'string' || !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(key)) {
    problems.push(`${path}.key: ожидается ключ шаблона из латинских букв, цифр, точек и дефисов`);
  } else if (file !== `docs/${key}.html`) {
    problems.push(`${path}.file: ожидается «docs/${key}.html»`);
  }
  if (!isDocumentKind(kind)) problems.push(`${path}.kind: неизвестный вид документа ${JSON.stringify(kind)}`);
  if (typeof title !== 'string' || title.trim() === '') problems.push(`${path}.title: нужно название шаблона`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push(`${path}.version: ожидается целое число от 1`);
  }
  if (typeof productRows !== 'boolean') problems.push(`${path}.productRows: ожидается true или false`);
  const headerNames = Array.isArray(header) ? header : undefined;
  if (headerNames === undefined || headerNames.some((name) => typeof name !== 'string')) {
    problems.push(`${path}.header: ожидается список полей колонтитула`);
  } else {
    const wrong = headerNames.filter((name: string) => !isPlaceholderKey(name) || isRowPlaceholderKey(name));
    if (wrong.length > 0) problems.push(`${path}.header: неизвестные поля ${wrong.join(', ')}`);
  }
  if (problems.length > before) return undefined;
  return {
    key: key as string,
    file: file as string,
    kind: kind as DocumentKind,
    title: (title as string).trim(),
    version: version as number,
    productRows: productRows as boolean,
    header: headerNames as string[],
  };
}

/**
 * Differences between the manifest and the catalogue: every catalogue template needs a file,
 * every file a catalogue entry, and both must agree on the kind. Russian, all at once.
 */
export function manifestCatalogueProblems(manifest: TemplateManifest, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const byKey = new Map(manifest.templates.map((entry) => [entry.key, entry]));
  for (const template of catalogue.templates) {
    const entry = byKey.get(template.key);
    if (entry === undefined) {
      problems.push(`шаблон «${template.key}» есть в каталоге, но не в templates.json`);
    } else if (entry.kind !== template.kind) {
      problems.push(
        `шаблон «${template.key}»: в каталоге вид «${DOCUMENT_KIND_INFO[template.kind].title}», в templates.json — «${DOCUMENT_KIND_INFO[entry.kind].title}»`,
      );
    }
  }
  const catalogueKeys = new Set(catalogue.templates.map((template) => template.key));
  for (const entry of manifest.templates) {
    if (!catalogueKeys.has(entry.key)) problems.push(`шаблон «${entry.key}» есть в templates.json, но не в каталоге`);
  }
  return problems;
}
