import { roleKey } from '../lexicon/compile.js';
import type { Context } from './context.js';
import type { ResolvedSpeaker, Via, Who } from './events.js';
import type { Cluster, Identity } from './identity.js';
import type { Candidate } from './speaker.js';

/**
 * What the article has said so far about who is who, over the document's entity model: the
 * people in order of appearance (for pronouns), the person behind each title ("Menlu" after
 * "Menlu Retno Marsudi") and behind each short name ("Asep" after "Asep Sasa Purnama").
 */
export class Discourse {
  private lastPerson: Who | null = null;
  private lastAny: ResolvedSpeaker | null = null;
  /** The last person who said something, and the last person a sentence was about (with where). */
  private lastSpeaker: ResolvedSpeaker | null = null;
  private lastSubject: ResolvedSpeaker | null = null;
  /** The person who spoke before the last speaker, someone else. */
  private priorSpeaker: ResolvedSpeaker | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly identity: Identity,
  ) {}

  /** The speaker a candidate stands for, or null when it cannot be told. */
  resolve(c: Candidate): ResolvedSpeaker | null {
    switch (c.kind) {
      case 'entity': {
        const e = this.ctx.lex.entities[c.entity]!;
        const cluster = this.identity.ofEntity(c.entity) ?? this.identity.adopt(e.name, e.type, c.start, c.end);
        if (c.title) this.identity.attach(c.title, null, c.start, cluster, c.role);
        return this.at(this.who(cluster), 'name', c, c.role);
      }
      case 'unlisted': {
        const cluster =
          this.identity.resolve(c.name, c.type, c.start) ?? this.identity.adopt(c.name, c.type, c.start, c.end);
        if (cluster.entity === null) {
          cluster.role ??= c.title;
          cluster.affiliation ??= c.affiliation;
        }
        if (c.title) this.identity.attach(c.title, null, c.start, cluster, c.role);
        return this.at(this.who(cluster), 'name', c, c.role);
      }
      case 'title': {
        const holder = this.identity.titleHolder(c.title, c.org, c.start);
        const known = holder
          ? this.who(holder)
          : (this.byDate(c.title, c.org) ??
            this.byRole(c.title, c.org) ??
            (c.anaphoric ? this.lastPerson : null) ??
            this.speaksFor(c));
        const written = this.ctx.text.slice(c.start, c.end);
        if (known) return this.at(known, 'title', c, written);
        const type = c.group ? 'organization' : 'person';
        return this.at({ entity: null, name: written, type, named: false, cluster: null }, 'title', c, written);
      }
      case 'pronoun': {
        if (c.plural) return null;
        // -nya may stand for an organization that has just spoken ("PGRI mengingatkan …
        // Karena, menurutnya, …"); dia, ia and beliau stand for people.
        const recentOrg = this.lastAny && this.lastAny.type !== 'person' && c.start - this.lastAny.end < RECENT;
        const who = c.enclitic && recentOrg ? this.lastAny : this.person(c.start);
        return who ? this.at(who, 'pronoun', c) : null;
      }
    }
  }

  /** The person the article gave a title to, or null: no guess by date or by the last person. */
  holder(c: Extract<Candidate, { kind: 'title' }>): ResolvedSpeaker | null {
    const holder = this.identity.titleHolder(c.title, c.org, c.start);
    return holder ? this.at(this.who(holder), 'title', c, this.ctx.text.slice(c.start, c.end)) : null;
  }

  /** The last speaker, for a quote with no cue of its own. */
  last(): ResolvedSpeaker | null {
    return this.lastAny;
  }

  note(who: ResolvedSpeaker, subjectOnly = false): void {
    this.lastAny = who;
    if (who.type !== 'person') return;
    // "Direktur Jenderal Perhubungan Laut mengatakan …" then "…," katanya: an office nobody names
    // still speaks for the -nya after it.
    if (!who.named) {
      if (!subjectOnly) this.speaks(who);
      return;
    }
    this.lastPerson = who;
    if (subjectOnly) this.lastSubject = who;
    else this.speaks(who);
  }

  private speaks(who: ResolvedSpeaker): void {
    const last = this.lastSpeaker;
    if (last && !same(last, who)) this.priorSpeaker = last;
    this.lastSpeaker = who;
  }

  /**
   * "Dalam hal ini, Rizieq menilai … "… tapi Habib tidak sepakat," pungkasnya": a quote that
   * speaks of the person its -nya would take, in the third person, is not theirs; it is the
   * person who spoke before them, when there is one.
   */
  notAbout(who: ResolvedSpeaker, quote: { start: number; end: number }): ResolvedSpeaker {
    if (who.via !== 'pronoun' || who.cluster === null) return who;
    const prior = this.priorSpeaker;
    if (!prior || same(prior, who)) return who;
    if (!this.identity.namedWithin(who.cluster, quote.start, quote.end)) return who;
    return { ...prior, via: 'pronoun', start: who.start, end: who.end, title: this.titleOf(prior, null, who.start) };
  }

  /**
   * The person a pronoun stands for: the last one a sentence was about when that sentence is in
   * this paragraph or the one before ("Menteri itu akhirnya tiba. Dia pun meminta maaf"), else the
   * last who spoke: "…," ujarnya, paragraphs after a speaker, is that speaker, not a person the
   * narration named in between.
   */
  private person(at: number): Who | null {
    const subject = this.lastSubject;
    const speaker = this.lastSpeaker;
    if (subject && (!speaker || subject.start > speaker.start)) {
      const near = this.blockAt(at) - this.blockAt(subject.start) <= 1;
      if (near || !speaker) return subject;
      return speaker;
    }
    if (speaker || this.lastPerson) return speaker ?? this.lastPerson;
    // "… merilis wawancara dengan Lee Sung Soo. … Ia menyatakan …": no one has spoken or been a
    // subject yet; the person the paragraph or the one before named, however.
    const named = this.identity.lastPersonBefore(at);
    return named && this.blockAt(at) - this.blockAt(named.start) <= 1 ? this.who(named.cluster) : null;
  }

  /** The block (paragraph) a character is in. */
  private blockAt(offset: number): number {
    const blocks = this.ctx.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * "Joko Widodo meresmikan … kata Presiden", in an article without a date: the one person the
   * article names who held the role (by the lexicon), whenever that was.
   */
  private byRole(title: string, org: number | null): Who | null {
    const orgId = org === null ? this.identity.home : this.ctx.lex.entities[org]!.id;
    if (orgId === null) return null;
    const named = new Set<Cluster>();
    for (const h of this.ctx.lex.roles.get(roleKey(title, orgId)) ?? []) {
      const c = this.identity.ofEntity(h.entity);
      if (c) named.add(c);
    }
    return named.size === 1 ? this.who([...named][0]!) : null;
  }

  /** "Pejabat militer Iran": an official nobody names speaks for the organization or state. */
  private speaksFor(c: { title: string; org: number | null; start: number; end: number }): Who | null {
    const first = c.title.split(/\s+/)[0]!.toLowerCase();
    if (c.org === null || !this.ctx.lex.lang.anonymousTitles.has(first)) return null;
    const e = this.ctx.lex.entities[c.org]!;
    return this.who(this.identity.ofEntity(c.org) ?? this.identity.adopt(e.name, e.type, c.start, c.end));
  }

  private at(who: Who, via: Via, span: { start: number; end: number }, own: string | null = null): ResolvedSpeaker {
    const out: ResolvedSpeaker = {
      entity: who.entity,
      name: who.name,
      type: who.type,
      named: who.named,
      cluster: who.cluster,
      via,
      start: span.start,
      end: span.end,
      title: this.titleOf(who, own ?? null, span.start),
    };
    if (who.role !== undefined) out.role = who.role;
    if (who.affiliation !== undefined) out.affiliation = who.affiliation;
    return out;
  }

  /** The title a speaker has at `at`: the phrase's own, else the last given before, else the first given, else the affiliation. */
  private titleOf(who: Who, own: string | null, at: number): string | null {
    if (own) return own;
    const c = who.cluster === null ? undefined : this.identity.clusters[who.cluster];
    if (!c) return null;
    let before: { at: number; text: string } | null = null;
    let after: { at: number; text: string } | null = null;
    for (const t of c.titles) {
      if (t.at <= at) {
        if (!before || t.at >= before.at) before = t;
      } else if (!after || t.at < after.at) after = t;
    }
    return (before ?? after)?.text ?? c.affiliation;
  }

  private who(c: Cluster): Who {
    // A listed person the article never names in full goes by its fullest form there ("Luhut").
    const e = c.entity === null ? null : this.ctx.lex.entities[c.entity]!;
    const who: Who = {
      entity: c.entity,
      name: c.written ?? e?.name ?? c.name,
      type: c.type,
      named: true,
      cluster: c.n,
    };
    if (c.entity === null && c.type === 'person') {
      who.role = c.role;
      who.affiliation = c.affiliation;
    }
    return who;
  }

  /**
   * "Sekjen NATO" in an article of June 2024: the one holder of the role on that date. A title
   * without an organization names an office of the article's home state (its dateline's, else
   * its language's).
   */
  private byDate(title: string, org: number | null): Who | null {
    const date = this.ctx.date;
    const orgId = org === null ? this.identity.home : this.ctx.lex.entities[org]!.id;
    if (date === null || orgId === null) return null;
    const holders = (this.ctx.lex.roles.get(roleKey(title, orgId)) ?? []).filter(
      (h) => (h.from === undefined || h.from <= date) && (h.to === undefined || date < h.to),
    );
    if (holders.length !== 1) return null;
    const entity = holders[0]!.entity;
    const cluster = this.identity.ofEntity(entity);
    if (cluster) return this.who(cluster);
    const e = this.ctx.lex.entities[entity]!;
    return { entity, name: e.name, type: e.type, named: true, cluster: null };
  }
}

/** Are two speakers one: the same entity of the document, or the same unnamed title. */
function same(a: Who, b: Who): boolean {
  return a.cluster !== null ? a.cluster === b.cluster : b.cluster === null && a.name === b.name;
}

/** How close (in characters) an organization must have spoken for -nya to take it. */
const RECENT = 200;
