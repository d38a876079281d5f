import { yaml } from '../lexicon/yaml-lib.js';

/** YAML for the same objects as JSON: plain, block style, key order kept, no aliases. */
export function toYaml(value: unknown): string {
  return yaml().stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
}
