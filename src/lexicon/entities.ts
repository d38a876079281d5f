import type { Node, YAMLMap } from 'yaml';
import { yaml } from './yaml-lib.js';
import { check, either, list, record, string } from './schema.js';
import { LexiconError } from './errors.js';
import { ENTITY_TYPES, type AliasSpec, type EntityEntry, type Role } from './types.js';
import { parseYaml } from './yaml.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Letters, digits and the punctuation names carry; nothing that reads like a pattern.
const ALIAS = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'’&/-]*$/u;

const aliasText = string({ pattern: ALIAS, what: "a name of letters, digits, spaces and . ' - & /" });
const alias = either(
  'a name, or { text, case: exact | caps | any }',
  aliasText,
  record({ text: aliasText, case: string({ oneOf: ['exact', 'caps', 'any'] }) }, ['text']),
);
const date = string({ pattern: DATE, what: 'a date YYYY-MM-DD' });
const entity = record(
  {
    id: string({ pattern: ID, what: 'a kebab-case id (a-z, 0-9, -)' }),
    type: string({ oneOf: ENTITY_TYPES }),
    name: aliasText,
    aliases: list(alias),
    metonyms: list(alias),
    epithets: list(alias),
    roles: list(
      record({ title: string(), org: string({ pattern: ID, what: 'an entity id' }), from: date, to: date }, ['title']),
    ),
    tags: list(string()),
  },
  ['id', 'type', 'name'],
);

type RawEntity = {
  id: string;
  type: EntityEntry['type'];
  name: string;
  aliases?: (string | AliasSpec)[];
  metonyms?: (string | AliasSpec)[];
  epithets?: (string | AliasSpec)[];
  roles?: Role[];
  tags?: string[];
};

/** Reads and validates one entity file: a YAML list of entries (DESIGN.md §5). */
export function readEntities(source: string, file: string): EntityEntry[] {
  const { root, loc } = parseYaml(source, file);
  if (root === null || root === undefined) return [];
  if (!yaml().isSeq(root)) throw loc.at(root as Node, 'an entity file must be a list of entries (- id: …)');
  return root.items.map((item, i) => {
    const raw = check(item, entity, loc, `entry ${i + 1}`) as RawEntity;
    const { line, col } = loc.position(item as Node);
    const field = (key: string) => (item as YAMLMap).get(key, true) as Node | undefined;
    const forms = (xs: (string | AliasSpec)[] | undefined, key: string, what: string): AliasSpec[] =>
      (xs ?? []).map((x, k) => {
        const spec = { ...(typeof x === 'string' ? { text: x } : x), at: loc.position(nodeAt(field(key), k)) };
        if ([...spec.text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length < 2) {
          throw new LexiconError(
            file,
            line,
            col,
            `entry "${raw.id}": ${what} "${spec.text}" is too short to match safely`,
          );
        }
        return spec;
      });
    for (const r of raw.roles ?? []) {
      if (r.from && r.to && r.to < r.from) {
        throw new LexiconError(
          file,
          line,
          col,
          `entry "${raw.id}": role "${r.title}" ends (${r.to}) before it starts (${r.from})`,
        );
      }
    }
    return {
      id: raw.id,
      type: raw.type,
      name: raw.name,
      aliases: forms(raw.aliases, 'aliases', 'alias'),
      metonyms: forms(raw.metonyms, 'metonyms', 'metonym'),
      epithets: forms(raw.epithets, 'epithets', 'epithet'),
      roles: raw.roles ?? [],
      tags: raw.tags ?? [],
      origin: { file, line, col },
      nameAt: loc.position(field('name')),
    };
  });
}

/** The k-th item of a list node. */
function nodeAt(list: Node | undefined, k: number): Node | undefined {
  return yaml().isSeq(list) ? (list.items[k] as Node | undefined) : undefined;
}
