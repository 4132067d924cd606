// Node only: the committed JSON Schemas and validator must match what src/core/types.ts generates.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const FILES = ['schemas/framework.schema.json', 'schemas/response.schema.json', 'schemas/draft.schema.json', 'src/generated/validators.js', 'src/generated/validators.d.ts'];

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

  it('the validator has no eval, new Function or require (strict CSP)', () => {
    const js = readFileSync('src/generated/validators.js', 'utf8');
    expect(/new Function|\beval\(/.test(js)).to.equal(false);
  });
});
