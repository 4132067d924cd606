// Node only: `npm pack` produces a package that a fresh host project can install and import,
// proving the `exports`, `types` and `files` fields (a host never sees this repository's sources).
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve('.');
const packDir = resolve('.tmp/pack');
const host = resolve('.tmp/pack-host');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm package', () => {
  let files: string[] = [];

  before(() => {
    rmSync(packDir, { recursive: true, force: true });
    rmSync(host, { recursive: true, force: true });
    mkdirSync(packDir, { recursive: true });
    mkdirSync(host, { recursive: true });
    run(npm, ['run', 'build', '--silent'], root);
    const report = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = report[0].files.map((f) => f.path);
    const tarball = resolve(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    writeFileSync(resolve(host, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
    run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], host);
  });

  it('ships the built files, schemas and manifest, and no sources or tests', () => {
    expect(files).to.include.members([
      'dist/lpc-components.js', 'dist/elements/index.js', 'dist/elements/core.js', 'dist/types/index.d.ts',
      'dist/lpc-core-framework-2020.json', 'schemas/framework.schema.json', 'schemas/response.schema.json',
      'custom-elements.json', 'package.json', 'README.md',
    ]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).to.deep.equal([]);
  });

  it('the core entry imports in Node and validates the bundled framework', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', `
      import { validateFramework } from 'lpc-components/core';
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      const file = createRequire(import.meta.url).resolve('lpc-components/lpc-core-framework-2020.json');
      const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
      console.log(result.ok, result.ok && result.value.themes.length);
    `], host);
    expect(out.trim()).to.equal('true 4');
  });

  it('its types check in a TypeScript host', () => {
    writeFileSync(resolve(host, 'check.ts'), `
      import { validateFramework, type Framework, type AssessmentResponse } from 'lpc-components/core';
      import type { LpcFramework } from 'lpc-components/framework';
      import 'lpc-components';
      const el = document.createElement('lpc-framework');
      const same: LpcFramework = el;
      const result = validateFramework({});
      const framework: Framework | undefined = result.ok ? result.value : undefined;
      const response: AssessmentResponse | undefined = undefined;
      export { same, framework, response };
    `);
    writeFileSync(resolve(host, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] },
      files: ['check.ts'],
    }));
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      output = run(process.execPath, [tsc, '-p', 'tsconfig.json'], host);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).to.equal('');
  });

  it('a bundler resolves every element entry through "exports"', async () => {
    const entries = ['lpc-components', 'lpc-components/embed', 'lpc-components/framework'];
    writeFileSync(resolve(host, 'entry.js'), entries.map((e) => `import '${e}';`).join('\n'));
    const result = await build({ entryPoints: [resolve(host, 'entry.js')], bundle: true, format: 'esm', write: false, metafile: true, absWorkingDir: host, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/lpc-components/dist/elements/index.js'))).to.equal(true);
    expect(inputs.some((i) => i.includes('node_modules/lpc-components/dist/lpc-components.js'))).to.equal(true);
  });
});
