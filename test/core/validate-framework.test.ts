// Runs in Node (npm run test:node) and in Chromium (web-test-runner).
import { expect } from 'chai';
import { validateFramework, parseJson } from '../../src/core/validate.js';
import type { Framework, Problem } from '../../src/core/types.js';
import { realFramework, tinyFramework, largeFramework, hostileFramework, invalidFramework } from '../../data/examples/frameworks.js';

function clone(): Record<string, any> {
  return structuredClone(realFramework) as unknown as Record<string, any>;
}

function problemsOf(json: unknown): Problem[] {
  const result = validateFramework(json);
  if (result.ok) throw new Error('expected problems, got a valid framework');
  return result.problems;
}

function expectProblemAt(json: unknown, path: string, pattern?: RegExp): void {
  const problems = problemsOf(json);
  const hit = problems.find((p) => p.path === path);
  expect(hit, `no problem at ${path}; got ${JSON.stringify(problems.slice(0, 5))}`).to.exist;
  if (pattern) expect(hit!.message).to.match(pattern);
}

describe('validateFramework', () => {
  describe('valid files', () => {
    it('accepts the real framework and returns it typed', () => {
      const result = validateFramework(realFramework);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value.themes.map((t) => t.title)).to.deep.equal([
        'Being', 'Relating and communicating', 'Leading and visioning', 'Delivering',
      ]);
    });
    it('accepts the tiny, large and hostile-text examples', () => {
      for (const example of [tinyFramework, largeFramework(), hostileFramework] as Framework[]) {
        const result = validateFramework(example);
        expect(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3))).to.equal(true);
      }
    });
  });

  describe('bad files: each gives a path-named problem, never an exception', () => {
    it('not an object', () => {
      for (const value of [null, 42, 'text', [], true]) expectProblemAt(value, '', /Expected an object/);
    });
    it('wrong type of a nested value', () => {
      const json = clone();
      json.themes[2].qualities = [{ id: 'leading.q1', kind: 'quality', text: 7, source: json.source }];
      expectProblemAt(json, '/themes/2/qualities/0/text', /Expected text, found a number/);
    });
    it('missing field', () => {
      const json = clone();
      delete json.themes[0].behaviours[1].heading;
      expectProblemAt(json, '/themes/0/behaviours/1/heading', /Missing "heading"/);
    });
    it('extra field', () => {
      const json = clone();
      json.themes[1].colour = 'red';
      expectProblemAt(json, '/themes/1/colour', /Unexpected property "colour"/);
    });
    it('duplicate ids, naming where the first one is', () => {
      const json = clone();
      json.themes[3].qualities[0].id = 'being.authenticity';
      expectProblemAt(json, '/themes/3/qualities/0/id', /used twice \(first at \/themes\/0\/behaviours\/0\/id\)/);
    });
    it('duplicate theme ids', () => {
      const json = clone();
      json.themes[1].id = 'being';
      expectProblemAt(json, '/themes/1/id', /used twice/);
    });
    it('a status that contradicts the items', () => {
      const json = clone();
      json.themes[2].status = 'complete';
      expectProblemAt(json, '/themes/2/status', /no behaviours or qualities/);
      const other = clone();
      other.themes[0].status = 'no-text-in-source';
      expectProblemAt(other, '/themes/0/status', /has 9 items/);
    });
    it('an unknown status', () => {
      const json = clone();
      json.themes[0].status = 'draft';
      expectProblemAt(json, '/themes/0/status', /"draft" is not allowed/);
    });
    it('a scale whose values do not rise', () => {
      const json = clone();
      json.ratingScale.points[2].value = 1;
      expectProblemAt(json, '/ratingScale/points/2/value', /must rise/);
    });
    it('a 5 MB string: reported with its length, not quoted in full', () => {
      const json = clone();
      json.themes[0].qualities[0].text = 'x'.repeat(5_000_000);
      const problems = problemsOf(json);
      const hit = problems.find((p) => p.path === '/themes/0/qualities/0/text');
      expect(hit?.message).to.match(/too long: 5000000 characters, at most 5000/);
      expect(JSON.stringify(problems).length).to.be.below(2000);
    });
    it('deep nesting where text is expected', () => {
      const json = clone();
      let deep: unknown = 'bottom';
      for (let i = 0; i < 5000; i++) deep = { a: deep };
      json.title = deep;
      expectProblemAt(json, '/title', /Expected text, found an object/);
    });
    it('deeply nested JSON text is parsed or refused without an exception', () => {
      const text = '['.repeat(100_000) + ']'.repeat(100_000);
      const parsed = parseJson(text);
      if (parsed.ok) expectProblemAt(parsed.value, '', /Expected an object/);
      else expect(parsed.problems[0].message).to.match(/not valid JSON/);
    });
    it('__proto__ keys are reported as unexpected and pollute nothing', () => {
      const parsed = parseJson(JSON.stringify(realFramework).replace('{"id":"being"', '{"__proto__":{"polluted":true},"id":"being"'));
      expect(parsed.ok).to.equal(true);
      if (!parsed.ok) return;
      expectProblemAt(parsed.value, '/themes/0/__proto__', /Unexpected property "__proto__"/);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
    it('property names with "/" and "~" are escaped in the path', () => {
      const json = clone();
      json['a/b~c'] = 1;
      expectProblemAt(json, '/a~1b~0c');
    });
    it('an invalid id', () => {
      const json = clone();
      json.themes[0].behaviours[0].id = 'Being Authenticity!';
      expectProblemAt(json, '/themes/0/behaviours/0/id', /not a valid id/);
    });
    it('lists every problem of a file with several', () => {
      const paths = problemsOf(invalidFramework).map((p) => p.path);
      expect(paths).to.include.members(['/id', '/version', '/extra', '/source', '/themes/0/status', '/themes/0/qualities/0/text']);
    });
  });

  describe('parseJson', () => {
    it('says when text is not JSON', () => {
      const parsed = parseJson('<!doctype html><title>Not found</title>');
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.problems[0]).to.include({ path: '' }).and.have.property('message').that.match(/not valid JSON/);
    });
  });
});
