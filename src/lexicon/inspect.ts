import type { Lexicon } from './compile.js';
import { findMentions } from '../extract/mentions.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { AliasSpec, EntityEntry, EntityType } from './types.js';

/** One line per entity, sorted by id: what `extract lexicon list` prints. */
export function listEntities(lex: Lexicon, type: EntityType | null): EntityEntry[] {
  return [...lex.entities]
    .filter((e) => !type || e.type === type)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An entry as plain data, in the order the YAML files write it. */
export function entryData(e: EntityEntry): Record<string, unknown> {
  const forms = (xs: AliasSpec[]) => xs.map((x) => (x.case ? { text: x.text, case: x.case } : x.text));
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    ...(e.aliases.length ? { aliases: forms(e.aliases) } : {}),
    ...(e.metonyms.length ? { metonyms: forms(e.metonyms) } : {}),
    ...(e.epithets.length ? { epithets: forms(e.epithets) } : {}),
    ...(e.roles.length ? { roles: e.roles } : {}),
    ...(e.tags.length ? { tags: e.tags } : {}),
  };
}

/** What `extract trace` finds in a text: each match, or why nothing matched. */
export interface TraceLine {
  text: string;
  entity: string | null;
  form: string | null;
  detail: string;
}

export function trace(lex: Lexicon, text: string): TraceLine[] {
  const tokens = tokenize(text, 0, text.length, 0, []);
  const sentences = splitSentences(tokens, lex.lang.abbreviations);
  const mentions = findMentions(tokens, sentences, lex);
  const found: (TraceLine & { at: number })[] = mentions.map((m) => {
    const e = lex.entities[m.entity]!;
    return {
      at: m.start,
      text: text.slice(m.start, m.stop),
      entity: e.id,
      form: m.form,
      detail: `${e.name} (${e.type}), from ${e.origin.file}:${e.origin.line}`,
    };
  });
  for (let i = 0; i < tokens.length; i++) {
    const title = lex.titles.longest(tokens, i, tokens.length, () => true);
    if (title) {
      found.push({
        at: tokens[i]!.start,
        text: text.slice(tokens[i]!.start, tokens[title.end - 1]!.end),
        entity: null,
        form: 'title',
        detail: `the title ${title.payload.title}`,
      });
      i = title.end - 1;
    }
  }
  const out: TraceLine[] = found.sort((a, b) => a.at - b.at).map(({ at: _, ...line }) => line);
  if (mentions.length > 0) return out;
  // Nothing matched: is it the case rule, a place use, or no such name?
  for (let i = 0; i < tokens.length; i++) {
    const any = lex.names.longest(tokens, i, tokens.length, () => true);
    if (!any) continue;
    const e = lex.entities[any.payload.entity]!;
    const seen = text.slice(tokens[i]!.start, tokens[any.end - 1]!.end);
    const why =
      any.payload.form === 'metonym' && i > 0 && lex.lang.locatives.has(tokens[i - 1]!.lower)
        ? `a metonym of ${e.id} after "${tokens[i - 1]!.text}" is a place, not its government`
        : `${e.id} has the ${any.payload.form} "${any.payload.surface.join(' ')}", which matches only ${any.payload.rule === 'exact' ? 'as written' : 'as written or in capitals'}`;
    out.push({ text: seen, entity: null, form: null, detail: `no match: ${why}` });
    return out;
  }
  const first = tokens[0]?.lower;
  const longer = first
    ? lex.entities
        .filter((e) => [e.name, ...e.aliases.map((a) => a.text)].some((n) => n.toLowerCase().startsWith(`${first} `)))
        .map((e) => e.id)
    : [];
  out.push({
    text,
    entity: null,
    form: null,
    detail: longer.length
      ? `no match: only longer names start with "${tokens[0]!.text}" (${longer.slice(0, 5).join(', ')})`
      : 'no match: no entry has this name',
  });
  return out;
}
