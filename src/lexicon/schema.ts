import type { Node } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { Locator } from './errors.js';

/** A small schema language for lexicon YAML, checked on the parsed nodes so that every
 * error can name its line and column. */
export type Shape =
  | { kind: 'string'; pattern?: RegExp; oneOf?: readonly string[]; what?: string; empty?: boolean; nullable?: boolean }
  | { kind: 'list'; of: Shape }
  | { kind: 'map'; of: Shape }
  | { kind: 'record'; fields: Readonly<Record<string, Shape>>; required?: readonly string[] }
  | { kind: 'either'; options: readonly Shape[]; what: string };

export const string = (extra: Omit<Extract<Shape, { kind: 'string' }>, 'kind'> = {}): Shape => ({
  kind: 'string',
  ...extra,
});
export const list = (of: Shape): Shape => ({ kind: 'list', of });
export const map = (of: Shape): Shape => ({ kind: 'map', of });
export const record = (fields: Record<string, Shape>, required: string[] = []): Shape => ({
  kind: 'record',
  fields,
  required,
});
export const either = (what: string, ...options: Shape[]): Shape => ({ kind: 'either', options, what });

/** Checks `node` against `shape` and returns its plain value; throws a LexiconError. */
export function check(node: unknown, shape: Shape, loc: Locator, path: string): unknown {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  const n = node as Node | null;
  if (isAlias(n)) throw loc.at(n, `${path}: YAML aliases (*name) are not allowed in lexicon files`);
  switch (shape.kind) {
    case 'string': {
      if (shape.nullable && isScalar(n) && n.value === null) return null;
      if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) {
        throw loc.at(n, `${path} must be ${shape.what ?? 'a string'}`);
      }
      const v = String(n.value).trim();
      if (v === '' && !shape.empty) throw loc.at(n, `${path} must not be empty`);
      if (shape.oneOf && !shape.oneOf.includes(v))
        throw loc.at(n, `${path} must be one of ${shape.oneOf.join(', ')} (found "${v}")`);
      if (shape.pattern && !shape.pattern.test(v))
        throw loc.at(n, `${path} must be ${shape.what ?? `like ${shape.pattern}`} (found "${v}")`);
      return v;
    }
    case 'list': {
      if (!isSeq(n)) throw loc.at(n, `${path} must be a list`);
      return n.items.map((item, i) => check(item, shape.of, loc, `${path}[${i}]`));
    }
    case 'map': {
      if (!isMap(n)) throw loc.at(n, `${path} must be a mapping`);
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const key = keyOf(pair.key, loc, path);
        out[key] = check(pair.value, shape.of, loc, `${path}.${key}`);
      }
      return out;
    }
    case 'record': {
      if (!isMap(n)) throw loc.at(n, `${path} must be a mapping`);
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const key = keyOf(pair.key, loc, path);
        const field = shape.fields[key];
        if (!field) {
          throw loc.at(
            pair.key as Node,
            `${path}: unknown field "${key}" (expected ${Object.keys(shape.fields).join(', ')})`,
          );
        }
        out[key] = check(pair.value, field, loc, `${path}.${key}`);
      }
      for (const r of shape.required ?? []) {
        if (!(r in out)) throw loc.at(n, `${path}: missing field "${r}"`);
      }
      return out;
    }
    case 'either': {
      // Try each form; if none fits, report the error of the form the node looks like.
      let fitting: unknown = null;
      for (const option of shape.options) {
        try {
          return check(node, option, loc, path);
        } catch (e) {
          const looksLike = option.kind === 'string' ? isScalar(n) : option.kind === 'list' ? isSeq(n) : isMap(n);
          if (looksLike && fitting === null) fitting = e;
        }
      }
      throw fitting ?? loc.at(n, `${path} must be ${shape.what}`);
    }
  }
}

function keyOf(key: unknown, loc: Locator, path: string): string {
  const { isScalar } = yaml();
  if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
    throw loc.at(key as Node, `${path}: keys must be plain strings`);
  }
  return String(key.value);
}
