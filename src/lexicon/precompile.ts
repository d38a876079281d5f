// Build step: writes the built-in lexicon as JSON beside this module, so that a run
// starts without loading the YAML parser, nor tokenizing the names that are more than plain
// words, and with the words of the names and titles listed, so that their tries are built as
// documents read them. A stale file is ignored (see readBuiltin). It is written in ASCII, other
// characters escaped, so that a run reads it as one byte a character with nothing to decode.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, tokenizedForms, trieWords } from './compile.js';
import { builtinFiles, fingerprint, readBuiltinYaml } from './load.js';

const files = builtinFiles();
const data = readBuiltinYaml(files);
compile(data); // refuse to ship a lexicon that does not compile
writeFileSync(
  fileURLToPath(new URL('./builtin.json', import.meta.url)),
  asciiJson({ stamp: fingerprint(files), data, forms: tokenizedForms(), words: trieWords() }),
);

/** JSON with every character past ASCII written as a \u escape: the same value, parsed. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
