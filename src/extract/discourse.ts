import { roleKey } from '../lexicon/compile.js';
import { tokenize } from '../text/tokenize.js';
import type { Via } from '../report/types.js';
import type { Context } from './context.js';
import type { ResolvedSpeaker, Who } from './events.js';
import type { Candidate } from './speaker.js';

export interface DiscourseOptions {
  /** A title's first word of office stands for it ("the minister" after "Foreign Minister X"). */
  titleHeads?: boolean;
}

/**
 * What the article has said so far about who is who: the people in order of appearance
 * (for pronouns), the person behind each title ("Menlu" after "Menlu Retno Marsudi"), and
 * the full names behind short ones ("Asep" after "Asep Sasa Purnama").
 */
export class Discourse {
  private lastPerson: Who | null = null;
  private lastAny: ResolvedSpeaker | null = null;
  private readonly byTitle = new Map<string, Who>();
  private readonly shortNames = new Map<string, Who>();

  constructor(
    private readonly ctx: Context,
    private readonly options: DiscourseOptions = {},
  ) {}

  /** The speaker a candidate stands for, or null when it cannot be told. */
  resolve(c: Candidate): ResolvedSpeaker | null {
    switch (c.kind) {
      case 'entity': {
        const e = this.ctx.lex.entities[c.entity]!;
        const who: Who = { entity: c.entity, name: e.name, type: e.type, named: true };
        if (c.title) this.rememberTitle(c.title, who);
        return at(who, 'name', c);
      }
      case 'unlisted': {
        const words = c.name.split(/\s+/);
        let who: Who = {
          entity: null,
          name: c.name,
          type: c.type,
          named: true,
          role: c.title,
          affiliation: c.affiliation,
        };
        if (words.length === 1) {
          who = this.shortNames.get(c.name) ?? who;
        } else if (c.type === 'person') {
          for (const w of [words[0]!, words[words.length - 1]!])
            if (!this.shortNames.has(w)) this.shortNames.set(w, who);
        }
        if (c.title) this.rememberTitle(c.title, who);
        return at(who, 'name', c);
      }
      case 'title': {
        const org = c.org === null ? undefined : this.ctx.lex.entities[c.org]!.id;
        // The title as written, then its bare form ("Wakil Menteri Dikdasmen" → "Wakil Menteri").
        const bare = this.bareTitle(c.title);
        const known =
          this.byTitle.get(roleKey(c.title, org)) ??
          this.byDate(c.title, org) ??
          (bare !== c.title ? (this.byTitle.get(roleKey(bare, org)) ?? this.byDate(bare, org)) : undefined) ??
          (c.anaphoric ? this.lastPerson : null);
        if (known) return at(known, 'title', c);
        return at(
          { entity: null, name: this.ctx.text.slice(c.start, c.end), type: 'person', named: false },
          'title',
          c,
        );
      }
      case 'pronoun': {
        if (c.plural) return null;
        // -nya may stand for an organization that has just spoken ("PGRI mengingatkan …
        // Karena, menurutnya, …"); dia, ia and beliau stand for people.
        const recentOrg = this.lastAny && this.lastAny.type !== 'person' && c.start - this.lastAny.end < RECENT;
        const who = c.enclitic && recentOrg ? this.lastAny : this.lastPerson;
        return who ? at(who, 'pronoun', c) : null;
      }
    }
  }

  /** The last speaker, for a quote with no cue of its own. */
  last(): ResolvedSpeaker | null {
    return this.lastAny;
  }

  note(who: ResolvedSpeaker): void {
    this.lastAny = who;
    if (who.type === 'person') this.lastPerson = who;
  }

  private rememberTitle(title: string, who: Who): void {
    this.byTitle.set(roleKey(title, undefined), who);
    // "Menteri Agama Nasaruddin Umar" also answers to the bare "Menteri" later on.
    const bare = this.bareTitle(title);
    this.byTitle.set(roleKey(bare, undefined), who);
    // "Foreign Minister Simon Coveney" also answers to "the minister" until another minister
    // is named (English news says "the minister"; Indonesian news repeats the title or its
    // short form).
    const head = this.options.titleHeads ? this.headTitle(bare) : null;
    if (head) this.byTitle.set(roleKey(head, undefined), who);
    const held = this.ctx.lex.entities[who.entity ?? -1]?.roles ?? [];
    for (const r of held)
      if (r.title.toLowerCase() === title.toLowerCase()) this.byTitle.set(roleKey(title, r.org), who);
  }

  /** A title without the portfolio words added to it: "Wakil Menteri Dikdasmen" → "Wakil Menteri". */
  private bareTitle(title: string): string {
    const words = tokenizeTitle(title);
    return this.ctx.lex.titles.longest(words, 0, words.length, () => true)?.payload.title ?? title;
  }

  /** The one-word title a bare title starts with ("Menteri" of "Menteri Luar Negeri"), if any. */
  private headTitle(bare: string): string | null {
    const words = tokenizeTitle(bare);
    if (words.length < 2) return null;
    const m = this.ctx.lex.titles.longest(words, 0, words.length - 1, () => true);
    return m && m.end === 1 ? m.payload.title : null;
  }

  /**
   * "Sekjen NATO" in an article of June 2024: the one holder of the role on that date. A title
   * without an organization is read as Indonesia's office ("Presiden", "Menlu"): the news this
   * tool reads is Indonesian.
   */
  private byDate(title: string, org: string | undefined): Who | null {
    const date = this.ctx.date;
    if (date === null) return null;
    const holders = (this.ctx.lex.roles.get(roleKey(title, org ?? HOME)) ?? []).filter(
      (h) => (h.from === undefined || h.from <= date) && (h.to === undefined || date < h.to),
    );
    if (holders.length !== 1) return null;
    const e = this.ctx.lex.entities[holders[0]!.entity]!;
    return { entity: holders[0]!.entity, name: e.name, type: e.type, named: true };
  }
}

/** The state whose offices a bare title names. */
const HOME = 'indonesia';

/** How close (in characters) an organization must have spoken for -nya to take it. */
const RECENT = 200;

function tokenizeTitle(title: string) {
  // A title put together from parts is a string of parts: the tokenizer, tuned on whole
  // texts, is handed one flat string (else every text it reads pays for the difference).
  const flat = Array.from(title).join('');
  return tokenize(flat, 0, flat.length, 0, []);
}

function at(who: Who, via: Via, span: { start: number; end: number }): ResolvedSpeaker {
  const out: ResolvedSpeaker = {
    entity: who.entity,
    name: who.name,
    type: who.type,
    named: who.named,
    via,
    start: span.start,
    end: span.end,
  };
  if (who.role !== undefined) out.role = who.role;
  if (who.affiliation !== undefined) out.affiliation = who.affiliation;
  return out;
}
