// Build step: the command line as one CommonJS file (dist/cli/extract.cjs), so that a run
// starts without resolving and loading some seventy ES modules, nor the ES module loader
// itself (bin/ is CommonJS). The library keeps its modules, and the YAML and English parsers
// and the glob library stay outside the bundle (loaded when used). The worker script is bundled
// on its own. Last, one run of the command line on a fixture writes V8's code cache of its
// bundle, which the runs after it start from (src/cli/start.cts).
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = (path: string) => fileURLToPath(new URL(`../cli/${path}`, import.meta.url));
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * commander loads node:child_process as it loads, for subcommands run as programs of their own,
 * which this command line has none of: some 9 ms of every start. Its bundle gets the module on
 * first use instead.
 */
const childProcessOnUse: Plugin = {
  name: 'child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'on-use' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-use' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  plugins: [childProcessOnUse],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'compromise', 'tinyglobby'],
  // Paths are resolved from import.meta.url in the sources; in CommonJS, from the file's own name.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

rmSync(cli('extract.cache'), { force: true });
await build({ ...common, entryPoints: [cli('bin.js')], outfile: cli('extract.cjs') });
// The stamp that ties the code cache to this bundle: its last line, with no newline after it.
const stamp = createHash('sha1')
  .update(readFileSync(cli('extract.cjs')))
  .digest('hex');
appendFileSync(cli('extract.cjs'), `// ${stamp}`);
// The worker threads' script, bundled the same way: each worker starts sooner.
await build({ ...common, entryPoints: [cli('worker.js')], outfile: cli('worker.cjs') });
execFileSync(process.execPath, [root('bin/extract'), root('fixtures/nato-rusia-korut.txt'), '--format', 'json'], {
  env: { ...process.env, EXTRACT_BUILD_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
