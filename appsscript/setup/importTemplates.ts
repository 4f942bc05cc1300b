import { templateTextProblems, type TemplateEntry } from '../../shared/merge';
import { TEMPLATES_REGISTER, TEMPLATE_STATUS_COLUMN, TEMPLATE_STATUS_TITLES, type TemplateRow } from '../registers/templatesRegister';
import type { RegisterEntry } from '../registers/readRegister';
import { documentText } from '../docs/documentText';
import { requisitesRangeRequests } from '../docs/requisitesRange';
import type { ClockPort } from '../platform/clockPort';
import type { DocsPort } from '../platform/docsPort';
import type { DocumentHeaderPort } from '../platform/documentHeaderPort';
import { documentUrl, type DrivePort } from '../platform/drivePort';
import type { RegisterBookPort } from '../platform/registerBookPort';
import type { DocflowFolders } from './ensureFolders';
import { headerLines } from './headerLines';

export interface TemplateOutcome {
  readonly key: string;
  readonly version: number;
  /** imported: first version; upgraded: a new version replaced an archived one; unchanged: nothing to do; refused: the file fails the checks. */
  readonly status: 'imported' | 'upgraded' | 'unchanged' | 'refused';
  readonly detail?: string;
}

export interface ImportPorts {
  readonly drive: DrivePort;
  readonly docs: DocsPort;
  readonly header: DocumentHeaderPort;
  readonly book: RegisterBookPort;
  readonly clock: ClockPort;
}

/**
 * Publishes the starter templates: a key without a current version, or whose version in
 * templates.json differs from the current one, is imported through Drive's HTML → Google Docs
 * conversion, checked (the Doc's own text, as generation will read it), given its requisites
 * named range and its header, and recorded as current; the previous version is marked archived
 * and moved to the Archive folder. A key whose version is unchanged is left alone. A version
 * lower than the published one is never installed over it.
 */
export function importTemplates(
  ports: ImportPorts,
  entries: readonly TemplateEntry[],
  files: { readonly [path: string]: string },
  published: readonly RegisterEntry<TemplateRow>[],
  folders: DocflowFolders,
): TemplateOutcome[] {
  const outcomes: TemplateOutcome[] = [];
  const newRows: TemplateRow[] = [];
  for (const entry of entries) {
    const current = published.filter((item) => item.row.key === entry.key && item.row.status === 'current');
    const newest = current.reduce<RegisterEntry<TemplateRow> | undefined>((best, item) => (best === undefined || item.row.version > best.row.version ? item : best), undefined);
    if (newest !== undefined && newest.row.version >= entry.version) {
      outcomes.push({ key: entry.key, version: newest.row.version, status: 'unchanged' });
      continue;
    }
    const prepared = prepareTemplate(ports, entry, files[entry.file] ?? '', folders.templates);
    if (prepared.status === 'refused') {
      outcomes.push({ key: entry.key, version: entry.version, status: 'refused', detail: prepared.detail });
      continue;
    }
    newRows.push({
      key: entry.key,
      kind: entry.kind,
      title: entry.title,
      version: entry.version,
      docId: prepared.docId,
      status: 'current',
      docUrl: documentUrl(prepared.docId),
      publishedAt: ports.clock.now().toISOString(),
    });
    for (const old of current) {
      ports.book.writeCells(TEMPLATES_REGISTER.sheetName, old.rowNumber, TEMPLATE_STATUS_COLUMN, [TEMPLATE_STATUS_TITLES.archived]);
      ports.drive.moveFile(old.row.docId, folders.archive, folders.templates);
    }
    outcomes.push({ key: entry.key, version: entry.version, status: newest === undefined ? 'imported' : 'upgraded' });
  }
  if (newRows.length > 0) ports.book.appendRows(TEMPLATES_REGISTER.sheetName, newRows.map((row) => TEMPLATES_REGISTER.serialise(row)));
  return outcomes;
}

type Prepared = { status: 'ready'; docId: string } | { status: 'refused'; detail: string };

function prepareTemplate(ports: ImportPorts, entry: TemplateEntry, html: string, folderId: string): Prepared {
  const name = `${entry.title} (${entry.key}, версия ${entry.version})`;
  const docId = ports.drive.importHtmlAsDocument(html, name, folderId);
  const document = ports.docs.get(docId);
  const problems = templateTextProblems(documentText(document), { kind: entry.kind, productRows: entry.productRows });
  const range = requisitesRangeRequests(document);
  if (range.status === 'error') problems.push(range.detail);
  if (problems.length > 0 || range.status === 'error') {
    ports.drive.trashFile(docId);
    return { status: 'refused', detail: `Шаблон «${entry.key}» версии ${entry.version} не установлен: ${problems.join('; ')}.` };
  }
  ports.docs.batchUpdate(docId, range.response);
  ports.header.addHeader(docId, headerLines(entry.header));
  return { status: 'ready', docId };
}
