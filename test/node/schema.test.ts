// Node only: the committed JSON Schemas and validator must match what src/core/types.ts generates.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { SUPPORTED_KEYWORDS } from '../../scripts/lib/compile-validators.mjs';

const FILES = ['schemas/framework.schema.json', 'schemas/response.schema.json', 'schemas/draft.schema.json', 'schemas/aggregate-result.schema.json', 'schemas/development-plan.schema.json', 'src/generated/schemas.ts', 'src/generated/validators.ts'];

describe('generated schemas', () => {
  const out = '.tmp/schema-check';
  before(() => {
    rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, ['scripts/generate-schemas.mjs', '--out', out], { stdio: 'pipe' });
  });

  for (const file of FILES) {
    it(`${file} is up to date with src/core/types.ts (run "npm run schema" if not)`, () => {
      expect(readFileSync(file, 'utf8') === readFileSync(`${out}/${file}`, 'utf8'), `${file} is stale: run npm run schema`).to.equal(true);
    });
  }

  it('the schemas use only keywords the validator compiler supports', () => {
    const used = new Set<string>();
    const walk = (node: unknown, isPropertyMap = false): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n));
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (!isPropertyMap) used.add(key);
        walk(value, !isPropertyMap && (key === 'properties' || key === 'definitions'));
      }
    };
    for (const file of FILES.filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(file, 'utf8')));
    const documentation = ['description', 'title', '$id', '$schema'];
    expect([...used].filter((k) => !SUPPORTED_KEYWORDS.includes(k) && !documentation.includes(k))).to.deep.equal([]);
  });
});
