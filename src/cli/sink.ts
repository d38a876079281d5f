import type { ChalkInstance } from 'chalk';
import { CorpusView } from '../report/corpus.js';
import { csvHeader } from '../report/csv.js';
import type { ErrorRecord } from '../report/json.js';
import { corpusMarkdown } from '../report/md.js';
import { corpusText } from '../report/text.js';
import { SCHEMA } from '../report/types.js';
import { toYaml } from '../report/yaml.js';
import type { RunConfig } from './config.js';
import type { Processed } from './process.js';

/**
 * Writes the output as documents arrive, in order: each document's piece as soon as it is
 * its turn, the per-entity corpus view at the end. A corpus in JSON is printed exactly as
 * JSON.stringify(value, null, 2) would print it, without holding the documents in memory.
 */
export class Sink {
  readonly view = new CorpusView();
  readonly errors: ErrorRecord[] = [];
  documents = 0;
  quotes = 0;
  claims = 0;
  private count = 0;

  constructor(
    private readonly cfg: RunConfig,
    private readonly write: (s: string) => void,
    private readonly chalk: ChalkInstance,
    private readonly header: boolean,
  ) {}

  start(): void {
    if (this.cfg.outDir) return;
    const { format, corpus } = this.cfg;
    if (format === 'csv' && this.header) this.write(csvHeader(this.cfg.documents));
    if (corpus && format === 'json') this.write(`{\n  "schema": ${JSON.stringify(SCHEMA)},\n  "documents": [`);
    if (corpus && format === 'yaml') this.write(`schema: ${SCHEMA}\n`);
  }

  add(p: Processed): void {
    if (p.error) {
      this.errors.push({ path: p.display, error: p.error });
      if (p.output) this.write(p.output);
      return;
    }
    this.documents++;
    this.quotes += p.quotes;
    this.claims += p.claims;
    if (p.parts) this.view.add(p.parts, p.quotes, p.claims);
    if (!p.output) return;
    if (this.cfg.corpus && this.cfg.format === 'json') {
      this.write((this.count++ === 0 ? '\n' : ',\n') + indent(p.output, '    ', '    '));
    } else if (this.cfg.corpus && this.cfg.format === 'yaml') {
      this.write(`${(this.count++ === 0 ? 'documents:\n' : '') + indent(p.output, '  - ', '    ')}\n`);
    } else {
      this.write(p.output);
    }
  }

  finish(): void {
    if (this.cfg.outDir || !this.cfg.corpus) return;
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

/** Indents a block: its first line with `first`, the others with `rest`. */
function indent(block: string, first: string, rest: string): string {
  return block
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (line === '' ? '' : (i === 0 ? first : rest) + line))
    .join('\n');
}
