import type { DocumentResult } from './types.js';

/** An input that could not be processed, in place of its result (jsonl). */
export interface ErrorRecord {
  path: string;
  error: { code: string; message: string };
}

export function toJson(value: DocumentResult | object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function toJsonLine(value: DocumentResult | ErrorRecord): string {
  return `${JSON.stringify(value)}\n`;
}
