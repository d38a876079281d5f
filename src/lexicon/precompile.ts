// Build step: writes the built-in lexicon as JSON beside this module, so that a run
// starts without loading the YAML parser, nor tokenizing the names that are more than plain
// words, and with the words of the names and titles listed, so that their tries are built as
// documents read them. A stale file is ignored (see readBuiltin).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, tokenizedForms, trieWords } from './compile.js';
import { builtinFiles, fingerprint, readBuiltinYaml } from './load.js';

const files = builtinFiles();
const data = readBuiltinYaml(files);
compile(data); // refuse to ship a lexicon that does not compile
writeFileSync(
  fileURLToPath(new URL('./builtin.json', import.meta.url)),
  JSON.stringify({ stamp: fingerprint(files), data, forms: tokenizedForms(), words: trieWords() }),
);
