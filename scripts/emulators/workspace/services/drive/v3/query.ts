import type { DriveFile } from '../../../drive/types';

/**
 * A small subset of the Drive search language, joined with "and":
 * name = '…', name contains '…', mimeType = '…' / != '…', '<id>' in parents, trashed = true|false.
 * https://developers.google.com/drive/api/guides/ref-search-terms
 */
export function parseQuery(q: string): ((file: DriveFile) => boolean) | undefined {
  const tests: ((file: DriveFile) => boolean)[] = [];
  const terms = q.trim() === '' ? [] : q.split(/\s+and\s+/i);
  for (const raw of terms) {
    const term = raw.trim();
    const str = (s: string): string => s.slice(1, -1).replace(/\\'/g, "'");
    let m: RegExpExecArray | null;
    if ((m = /^name\s*(=|!=|contains)\s*('(?:[^'\\]|\\.)*')$/i.exec(term)) !== null) {
      const [, op, value] = m;
      const v = str(value as string);
      tests.push(op === '=' ? (f) => f.name === v : op === '!=' ? (f) => f.name !== v : (f) => f.name.includes(v));
    } else if ((m = /^mimeType\s*(=|!=)\s*('(?:[^'\\]|\\.)*')$/i.exec(term)) !== null) {
      const [, op, value] = m;
      const v = str(value as string);
      tests.push(op === '=' ? (f) => f.mimeType === v : (f) => f.mimeType !== v);
    } else if ((m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/i.exec(term)) !== null) {
      const id = str(m[1] as string);
      tests.push((f) => f.parents.includes(id));
    } else if ((m = /^trashed\s*=\s*(true|false)$/i.exec(term)) !== null) {
      const want = (m[1] as string).toLowerCase() === 'true';
      tests.push((f) => f.trashed === want);
    } else {
      return undefined;
    }
  }
  return (file) => tests.every((t) => t(file));
}
