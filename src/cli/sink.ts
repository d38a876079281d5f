import type { ChalkInstance } from 'chalk';
import { CorpusView } from '../report/corpus.js';
import { csvHeader } from '../report/csv.js';
import { HtmlPage } from '../report/html.js';
import type { ErrorRecord } from '../report/json.js';
import { corpusMarkdown } from '../report/md.js';
import { corpusText } from '../report/text.js';
import { StatsCounter } from '../report/stats.js';
import { renderStats, type StatsFormat } from '../report/stats-format.js';
import { SCHEMA } from '../report/types.js';
import { toYaml } from '../report/yaml.js';
import type { RunConfig } from './config.js';
import { indent } from './indent.js';
import type { Counted, Sent } from './process.js';

/**
 * Writes the output as documents arrive, in order: each document's piece as soon as it is
 * its turn, the per-entity corpus view at the end. A corpus in JSON is printed exactly as
 * JSON.stringify(value, null, 2) would print it, without holding the documents in memory.
 */
export class Sink {
  readonly view = new CorpusView();
  readonly errors: ErrorRecord[] = [];
  /** The figures of extract stats and of the HTML page. */
  readonly stats = new StatsCounter();
  private readonly page: HtmlPage | null;
  documents = 0;
  quotes = 0;
  claims = 0;
  private count = 0;

  constructor(
    private readonly cfg: RunConfig,
    private readonly write: (piece: string | Uint8Array) => void,
    private readonly chalk: ChalkInstance,
    private readonly header: boolean,
  ) {
    this.page = cfg.format === 'html' && cfg.stats === null && !cfg.outDir ? new HtmlPage(cfg.excerpt) : null;
  }

  start(): void {
    if (this.cfg.outDir || this.cfg.stats !== null) return;
    if (this.page) this.write(this.page.head());
    const { format, corpus } = this.cfg;
    if (format === 'csv' && this.header) this.write(csvHeader(this.cfg.documents));
    if (corpus && format === 'json') this.write(`{\n  "schema": ${JSON.stringify(SCHEMA)},\n  "documents": [`);
    if (corpus && format === 'yaml') this.write(`schema: ${SCHEMA}\n`);
  }

  /**
   * One document, in its turn, with its piece of the output stream: a string made in this
   * thread, or a worker's bytes (a document of the corpus view, already indented there).
   */
  add(p: Counted, output: string | Uint8Array): void {
    if (p.error) {
      this.errors.push({ path: p.display, error: p.error });
      this.stats.addError();
      this.write(output);
      return;
    }
    this.documents++;
    this.quotes += p.quotes;
    this.claims += p.claims;
    if (p.parts) this.view.add(p.parts, p.quotes, p.claims);
    if (p.stats) this.stats.add(p.stats);
    if (p.page && this.page) this.write(this.page.add(p.page));
    if (output.length === 0) return;
    const first = this.count++ === 0;
    if (this.cfg.corpus && this.cfg.format === 'json') this.write(first ? '\n' : ',\n');
    if (this.cfg.corpus && this.cfg.format === 'yaml' && first) this.write('documents:\n');
    this.write(output);
  }

  /**
   * A worker's batch: its documents in order, their outputs one after the other in `bytes`.
   * Only the corpus view in JSON and YAML puts anything between two documents; every other
   * stream takes the batch's bytes as they came.
   */
  addBatch(done: readonly Sent[], bytes: Uint8Array): void {
    if (this.cfg.corpus && (this.cfg.format === 'json' || this.cfg.format === 'yaml')) {
      let at = 0;
      for (const p of done) this.add(p, bytes.subarray(at, (at += p.size)));
      return;
    }
    for (const p of done) this.add(p, NOTHING);
    this.write(bytes);
  }

  finish(): void {
    if (this.cfg.outDir) return;
    if (this.cfg.stats !== null) {
      this.write(renderStats(this.stats.result(this.cfg.stats), this.cfg.format as StatsFormat, this.chalk));
      return;
    }
    if (this.page) {
      this.write(this.page.finish(this.view, this.stats.result(TOP), this.errors));
      return;
    }
    if (!this.cfg.corpus) return;
    switch (this.cfg.format) {
      case 'json': {
        // Entity by entity, as JSON.stringify would indent them: never one giant string.
        this.write(`${this.count ? '\n  ]' : ']'},\n  "entities": [`);
        this.view.entities().forEach((e, i) => {
          this.write((i ? ',\n' : '\n') + indent(JSON.stringify(e, null, 2), '    ', '    '));
        });
        this.write(`${this.view.size ? '\n  ]' : ']'},\n  "unattributed": {\n`);
        this.jsonUnattributed();
        const errors = JSON.stringify(this.errors, null, 2);
        this.write(`\n  },\n  "errors": ${indent(errors, '', '  ')}\n}\n`);
        return;
      }
      case 'yaml': {
        this.write(this.count ? '' : 'documents: []\n');
        const entities = this.view.entities();
        this.write(entities.length ? 'entities:\n' : 'entities: []\n');
        for (const e of entities) this.write(`${indent(toYaml([e]), '  ', '  ')}\n`);
        this.yamlUnattributed();
        this.write(toYaml({ errors: this.errors }));
        return;
      }
      case 'text':
        this.write(corpusText(this.view, this.chalk, this.cfg.groupBy));
        return;
      case 'md':
        this.write(corpusMarkdown(this.view, this.cfg.groupBy));
        return;
      default:
        return;
    }
  }

  /** The items with no speaker (JSON), item by item as JSON.stringify would indent them. */
  private jsonUnattributed(): void {
    const u = this.view.unattributed;
    this.write(`    "documents": ${u.documents},\n`);
    (['quotes', 'claims'] as const).forEach((list, n) => {
      this.write(`    "${list}": [`);
      u[list].forEach((x, i) => {
        this.write((i ? ',\n' : '\n') + indent(JSON.stringify(x, null, 2), '      ', '      '));
      });
      this.write(`${u[list].length ? '\n    ]' : ']'}${n === 0 ? ',\n' : ''}`);
    });
  }

  private yamlUnattributed(): void {
    const u = this.view.unattributed;
    this.write(`unattributed:\n  documents: ${u.documents}\n`);
    for (const list of ['quotes', 'claims'] as const) {
      this.write(u[list].length ? `  ${list}:\n` : `  ${list}: []\n`);
      for (const x of u[list]) this.write(`${indent(toYaml([x]), '    ', '    ')}\n`);
    }
  }
}

const NOTHING = new Uint8Array(0);

/** How many speakers and about-entities the HTML page's graph shows (extract stats --top 10 gives the same). */
const TOP = 10;
