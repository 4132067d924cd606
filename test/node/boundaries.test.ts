// Node only: the import boundaries between homes. An element folder uses another element only
// through that element's public entry (`components/<name>/index.js`), never its internals; and
// `src/core` (pure logic that also runs on the server) imports neither Lit nor the DOM. And an
// element folder holds views: no file in it (styles and stories aside) grows past 250 lines, so
// behaviour that outgrows a view moves to a home of its own (src/controllers, src/core, ...).
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of every static import, export-from and dynamic import in a file. */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return [...new Set(specifiers)];
}

/** The element folder a path is in (`src/components/<name>`), or null. */
function componentOf(path: string): string | null {
  const m = /^src\/components\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
}

const files = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Names the DOM gives a page but Node does not: using one in src/core ties core to a browser. */
const DOM_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'customElements',
  'getComputedStyle', 'requestAnimationFrame', 'ResizeObserver', 'MutationObserver', 'IntersectionObserver',
  'CustomEvent', 'Element', 'Node', 'ShadowRoot', 'DocumentFragment', 'CSSStyleSheet', 'matchMedia',
];

describe('import boundaries', () => {
  it('parses the import forms used in the code base', () => {
    const text = `import { a } from './a.js';\nimport type { B } from "../b.js";\nexport { c } from './c.js';\nimport './side.js';\nconst d = await import('./d.js');\n// import { no } from './comment.js';`;
    expect(importsOf(text)).to.deep.equal(['./a.js', '../b.js', './c.js', './side.js', './d.js']);
  });

  it('an element folder imports another element only through components/<name>/index.js', () => {
    const breaches: string[] = [];
    for (const { path, text } of files) {
      const own = componentOf(path);
      if (!own) continue;
      for (const specifier of importsOf(text)) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(path), specifier)).replaceAll('\\', '/');
        const other = componentOf(target);
        if (other && other !== own && target !== `src/components/${other}/index.js`) {
          breaches.push(`${path} imports ${relative('src', target)}`);
        }
      }
    }
    expect(breaches, 'imports of another element\'s internals').to.deep.equal([]);
  });

  it('src/core imports neither lit nor anything outside src/core', () => {
    const breaches: string[] = [];
    for (const { path, text } of files.filter((f) => f.path.startsWith('src/core/'))) {
      for (const specifier of importsOf(text)) {
        const target = specifier.startsWith('.') ? normalize(join(dirname(path), specifier)).replaceAll('\\', '/') : specifier;
        if (/^(lit|@lit\/)/.test(specifier)) breaches.push(`${path} imports ${specifier}`);
        else if (specifier.startsWith('.') && !target.startsWith('src/core/') && !target.startsWith('src/generated/')) {
          breaches.push(`${path} imports ${target}`);
        }
      }
    }
    expect(breaches).to.deep.equal([]);
  });

  it('src/core uses no DOM globals', () => {
    const breaches: string[] = [];
    for (const { path, text } of files.filter((f) => f.path.startsWith('src/core/'))) {
      // Code only: leave out comments and string contents, where the words may appear in prose.
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
        .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
      for (const name of DOM_GLOBALS) {
        // A global use, not a property (`x.document`), a key (`document:`) or part of a longer name.
        if (new RegExp(`(?<![\\w$.])${name}(?![\\w$])(?!\\s*\\??:)`).test(code)) breaches.push(`${path} uses ${name}`);
      }
    }
    expect(breaches).to.deep.equal([]);
  });

  it('no file in an element folder (styles and stories aside) is longer than 250 lines', () => {
    const MAX_LINES = 250;
    const long = files
      .filter((f) => componentOf(f.path) && !/\.(styles|stories)\.ts$/.test(f.path))
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    expect(long).to.deep.equal([]);
  });
});
