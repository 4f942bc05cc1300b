/**
 * Partial responses: the `fields` parameter ("id,name,contentRestrictions(readOnly,reason)",
 * "permissions/role", "*"). https://developers.google.com/drive/api/guides/fields-parameter
 */
export type FieldTree = Map<string, FieldTree | null>;

export function parseFields(text: string): FieldTree {
  let pos = 0;
  const parseList = (): FieldTree => {
    const tree: FieldTree = new Map();
    while (pos < text.length) {
      const start = pos;
      while (pos < text.length && !',()'.includes(text[pos] as string)) pos += 1;
      const path = text.slice(start, pos).trim();
      let sub: FieldTree | null = null;
      if (text[pos] === '(') {
        pos += 1;
        sub = parseList();
        pos += 1; // ')'
      }
      if (path !== '') insertPath(tree, path.split('/'), sub);
      if (text[pos] === ',') pos += 1;
      else if (text[pos] === ')' || pos >= text.length) break;
    }
    return tree;
  };
  return parseList();
}

function insertPath(tree: FieldTree, parts: string[], sub: FieldTree | null): void {
  const [head, ...rest] = parts;
  if (head === undefined) return;
  if (rest.length === 0) {
    tree.set(head, sub);
    return;
  }
  let child = tree.get(head);
  if (child === undefined || child === null) {
    child = new Map();
    tree.set(head, child);
  }
  insertPath(child, rest, sub);
}

export function applyFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || tree.has('*') || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyFields(v, tree));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = applyFields(v, sub);
  }
  return out;
}

/** Applies `fields` when given, else the method's default field list. */
export function select(value: object, fields: unknown, defaults: string): unknown {
  return applyFields(value, parseFields(typeof fields === 'string' && fields.trim() !== '' ? fields : defaults));
}
