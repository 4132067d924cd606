// Node only: the committed custom-elements.json and the README's API reference match the JSDoc.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

describe('generated docs', () => {
  it('custom-elements.json is up to date with the elements\' JSDoc (run "npm run docs" if not)', () => {
    rmSync('.tmp/cem', { recursive: true, force: true });
    // The analyzer rewrites package.json's "customElements" to point at its output: put it back.
    const packageJson = readFileSync('package.json', 'utf8');
    try {
      execFileSync(process.execPath, [
        'node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement',
        '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--exclude', 'src/collector/**', '--outdir', '.tmp/cem',
      ], { stdio: 'pipe' });
    } finally {
      writeFileSync('package.json', packageJson);
    }
    // The analyzer lists modules in file-system order, which differs between machines: compare by path.
    const normalise = (file: string) => {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: Array<{ path: string }> };
      return JSON.stringify(manifest.modules.sort((a, b) => a.path.localeCompare(b.path)));
    };
    expect(normalise('custom-elements.json') === normalise('.tmp/cem/custom-elements.json'), 'custom-elements.json is stale').to.equal(true);
  });

  it('names every public element', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    expect(tags).to.include.members(['lpc-framework', 'lpc-theme-wheel', 'lpc-behaviour-card', 'lpc-rating', 'lpc-assessment', 'lpc-radar-chart', 'lpc-gap-chart', 'lpc-report']);
  });

  it('the README API reference is generated from custom-elements.json (run "npm run docs" if not)', () => {
    let failed = false;
    try {
      execFileSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { stdio: 'pipe' });
    } catch {
      failed = true;
    }
    expect(failed, 'README.md API reference is stale').to.equal(false);
  });
});
