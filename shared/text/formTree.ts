import { fail, ok, type Result } from '../result';
import { decodeFormComponent } from './decodeFormComponent';
import { splitBracketKey } from './splitBracketKey';

/**
 * A form body rebuilt into nested data, the way PHP's parse_str builds `$_POST`:
 * `a[b][c]=1` → { a: { b: { c: '1' } } }, and `a[]=x&a[]=y` → { a: { '0': 'x', '1': 'y' } }.
 * Lists stay objects with index keys (as PHP keeps them), so `document_id[]=…` and
 * `document_id[0]=…` give the same tree; `formList` reads either as an array.
 *
 * Objects have no prototype, so a hostile field name such as `__proto__[x]` is an ordinary key.
 */
export type FormValue = string | FormObject;
export interface FormObject {
  readonly [key: string]: FormValue;
}

export type FormError = 'malformed_form';

/** A body bigger than this is not something Bitrix24 sends; refuse rather than build it. */
export const MAX_FORM_FIELDS = 1000;
export const MAX_FORM_DEPTH = 8;

/** Parses a raw `application/x-www-form-urlencoded` body (e.g. Apps Script's e.postData.contents). */
export function parseFormBody(body: string): Result<FormObject, FormError> {
  const pairs: [string, string][] = [];
  if (body !== '') {
    for (const piece of body.split('&')) {
      // Empty pieces come from `a=1&&b=2` or a trailing '&'; browsers and PHP skip them too.
      if (piece === '') continue;
      const equals = piece.indexOf('=');
      const name = decodeFormComponent(equals === -1 ? piece : piece.slice(0, equals));
      if (name.status === 'error') return name;
      const value = decodeFormComponent(equals === -1 ? '' : piece.slice(equals + 1));
      if (value.status === 'error') return value;
      pairs.push([name.response, value.response]);
    }
  }
  return buildFormTree(pairs);
}

/**
 * Builds the same tree from Apps Script's already-decoded `e.parameters` (name → every value
 * sent under that name, query string and form body together; see
 * https://developers.google.com/apps-script/guides/web#request_parameters).
 */
export function formTreeFromParameters(parameters: { readonly [name: string]: readonly string[] }): Result<FormObject, FormError> {
  const pairs: [string, string][] = [];
  for (const name of Object.keys(parameters)) {
    const values = parameters[name];
    if (!Array.isArray(values)) return fail('malformed_form', `Параметр «${name}» должен быть списком строк.`);
    for (const value of values) {
      if (typeof value !== 'string') return fail('malformed_form', `Параметр «${name}» должен быть списком строк.`);
      pairs.push([name, value]);
    }
  }
  return buildFormTree(pairs);
}

/** Builds the tree from decoded (name, value) pairs in the order they were sent. */
export function buildFormTree(pairs: readonly (readonly [string, string])[]): Result<FormObject, FormError> {
  if (pairs.length > MAX_FORM_FIELDS) {
    return fail('malformed_form', `В форме больше ${MAX_FORM_FIELDS} полей.`);
  }
  const root: MutableFormObject = Object.create(null);
  for (const [name, value] of pairs) {
    const path = splitBracketKey(name);
    if (path.status === 'error') return path;
    if (path.response.length > MAX_FORM_DEPTH) {
      return fail('malformed_form', `Поле «${name}» вложено глубже ${MAX_FORM_DEPTH} уровней.`);
    }
    const placed = place(root, path.response, value, name);
    if (placed.status === 'error') return placed;
  }
  return ok(root);
}

/** The string at a path, or undefined if the path is missing or leads to an object. */
export function formString(tree: FormValue | undefined, ...path: readonly string[]): string | undefined {
  const node = formNode(tree, ...path);
  return typeof node === 'string' ? node : undefined;
}

/** The node (string or object) at a path, or undefined. */
export function formNode(tree: FormValue | undefined, ...path: readonly string[]): FormValue | undefined {
  let node: FormValue | undefined = tree;
  for (const key of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
  }
  return node;
}

/**
 * Reads a list sent as `x[]=…` or `x[0]=…&x[1]=…`: an object whose keys are exactly 0…n-1 and
 * whose values are strings. Anything else (gaps, named keys, nested objects) is not a list.
 */
export function formList(node: FormValue | undefined): readonly string[] | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const keys = Object.keys(node);
  const list: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const item = Object.prototype.hasOwnProperty.call(node, String(i)) ? node[String(i)] : undefined;
    if (typeof item !== 'string') return undefined;
    list.push(item);
  }
  return list;
}

interface MutableFormObject {
  [key: string]: MutableFormObject | string;
}

function place(root: MutableFormObject, path: readonly string[], value: string, name: string): Result<true, FormError> {
  let node = root;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] ?? '';
    const key = segment === '' ? nextIndex(node) : segment;
    const isLast = depth === path.length - 1;
    const existing = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (isLast) {
      if (existing !== undefined) return conflict(name);
      node[key] = value;
      return ok(true);
    }
    if (existing === undefined) {
      const child: MutableFormObject = Object.create(null);
      node[key] = child;
      node = child;
    } else if (typeof existing === 'string') {
      return conflict(name);
    } else {
      node = existing;
    }
  }
  return ok(true);
}

/** PHP's rule for `x[]`: one past the largest integer key so far, 0 for none. */
function nextIndex(node: MutableFormObject): string {
  let next = 0;
  for (const key of Object.keys(node)) {
    if (/^(0|[1-9]\d{0,8})$/.test(key)) next = Math.max(next, Number(key) + 1);
  }
  return String(next);
}

function conflict(name: string): Result<never, FormError> {
  return fail('malformed_form', `Поле «${name}» передано дважды или противоречит другому полю формы.`);
}
