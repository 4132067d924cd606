// Node only: every `--lpc-*` custom property is defined once (one default) and documented, and each
// element's styles use no private `--_*` token they do not define (after Material Web's testing/tokens.ts).
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CSSResult } from 'lit';
import { chartTokens, tokens } from '../../src/styles/tokens.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const readme = readFileSync('README.md', 'utf8');

/** `--lpc-x` names in text, leaving out wildcards written in prose (`--lpc-theme-*`). */
function lpcNames(text: string): string[] {
  return [...text.replace(/--lpc-[a-z0-9-]*\*/g, '').matchAll(/--lpc-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0]);
}

/** Where each `--lpc-*` token gets its default: `var(--lpc-x, default)`. */
function defaults(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { path, text } of files) {
    for (const m of text.matchAll(/var\((--lpc-[a-z0-9-]+)\s*,/g)) found.set(m[1], [...(found.get(m[1]) ?? []), path]);
  }
  return found;
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('--lpc-* tokens', () => {
  const defined = defaults();

  it('each token has exactly one default, in one place', () => {
    const twice = [...defined].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(twice, 'tokens with more than one default').to.deep.equal([]);
  });

  it('every token named anywhere in src (styles, JSDoc, series styles) is one that is defined', () => {
    const undefinedNames = files.flatMap(({ path, text }) => lpcNames(text).filter((n) => !defined.has(n)).map((n) => `${n} in ${path}`));
    expect([...new Set(undefinedNames)], 'named but never defined').to.deep.equal([]);
  });

  it('the chart tokens live in src/styles/tokens.ts', () => {
    const charts = [...defined].filter(([name]) => name.startsWith('--lpc-chart-'));
    expect(charts.length).to.be.greaterThan(0);
    for (const [name, where] of charts) expect(where, name).to.deep.equal(['src/styles/tokens.ts']);
  });

  it('every token is documented in README.md; the global ones in the Theming table', () => {
    const theming = section(readme, 'Theming');
    expect(theming, 'README has a Theming section').to.not.equal('');
    const missing: string[] = [];
    for (const [name, [where]] of defined) {
      const home = where === 'src/styles/tokens.ts' ? theming : readme;
      if (!home.includes(`\`${name}\``)) missing.push(`${name} (${where === 'src/styles/tokens.ts' ? 'Theming table' : 'README'})`);
    }
    expect(missing, 'undocumented tokens').to.deep.equal([]);
  });
});

const styleModules = files.filter((f) => f.path.endsWith('.styles.ts')).map((f) => f.path);

/** Private tokens declared (`--_x:`) and used (`var(--_x`) in CSS text. */
function privateTokens(cssText: string): { declared: Set<string>; used: Set<string> } {
  return {
    declared: new Set([...cssText.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((m) => m[1])),
    used: new Set([...cssText.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)].map((m) => m[1])),
  };
}

const shared = privateTokens([tokens, chartTokens].map((s) => s.cssText).join('\n')).declared;

describe('private --_* tokens of each element', () => {
  for (const path of styleModules) {
    describe(path, () => {
      const folder = path.slice(0, path.lastIndexOf('/'));
      // Tokens an element sets from its code: in a template (through cssProps), e.g. a series
      // colour, or on an element it builds (`style.setProperty('--_x', …)`).
      const setInTemplates = new Set(
        files.filter((f) => f.path.startsWith(`${folder}/`) && !f.path.endsWith('.styles.ts'))
          .flatMap((f) => [...f.text.matchAll(/(?:'(--_[a-z0-9-]+)'\s*:|setProperty\(\s*'(--_[a-z0-9-]+)')/g)].map((m) => m[1] ?? m[2])),
      );

      async function cssOf(): Promise<string> {
        const module = (await import(`../../${path}`)) as Record<string, CSSResult | CSSResult[]>;
        return Object.values(module).flat().map((s) => s.cssText).join('\n');
      }

      it('uses no private token it does not define', async () => {
        const { declared, used } = privateTokens(await cssOf());
        const missing = [...used].filter((t) => !declared.has(t) && !setInTemplates.has(t));
        expect(missing, 'used but never given a value').to.deep.equal([]);
      });

      it('defines no private token of its own that it does not use', async () => {
        const { declared, used } = privateTokens(await cssOf());
        const unused = [...declared].filter((t) => !shared.has(t) && !used.has(t));
        expect(unused, 'defined but never used').to.deep.equal([]);
      });
    });
  }
});
