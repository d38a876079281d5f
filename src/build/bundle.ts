// Build step: the command line as one CommonJS file (dist/cli/extract.cjs), so that a run
// starts without resolving and loading some seventy ES modules, nor the ES module loader
// itself (bin/ is CommonJS). The library keeps its modules, and the
// YAML and English parsers stay outside the bundle (loaded when used). The worker script is
// bundled on its own.
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const cli = (path: string) => fileURLToPath(new URL(`../cli/${path}`, import.meta.url));

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'compromise'],
  // Paths are resolved from import.meta.url in the sources; in CommonJS, from the file's own name.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [cli('bin.js')], outfile: cli('extract.cjs') });
// The worker threads' script, bundled the same way: each worker starts sooner.
await build({ ...common, entryPoints: [cli('worker.js')], outfile: cli('worker.cjs') });
