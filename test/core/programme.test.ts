// Runs in Node and in Chromium: programme maps (validation, coverage, editing).
import { expect } from 'chai';
import { programmeCoverage, programmeFileName, programmeToJson, setModuleItem, validateProgramme } from '../../src/core/programme.js';
import { allItems } from '../../src/core/framework.js';
import type { Programme } from '../../src/core/types.js';
import { realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import example from '../../data/programmes/kings-fund-collaborative-leadership.json';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const kingsFund = example as unknown as Programme;

describe('programme maps', () => {
  it('the example programme is valid against the real framework, and says it is an illustration', () => {
    const result = validateProgramme(example, realFramework);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(kingsFund.mapping.origin).to.equal('illustration');
    expect(kingsFund.mapping.note).to.contain('not The King\'s Fund\'s mapping, nor NHS England\'s');
    expect(kingsFund.modules.map((m) => m.title)).to.deep.equal([
      'Module one: Defining you and the system',
      'Module two: Building trust and sharing power',
      'Module three: Creating conditions for greater collaboration',
      'Module four: Building and developing collective impact',
    ]);
  });

  const bad: Array<[string, (p: Record<string, any>) => unknown, string]> = [
    ['not an object', () => [1, 2], ''],
    ['no modules', (p) => { delete p.modules; return p; }, ''],
    ['a module without a title', (p) => { delete p.modules[1].title; return p; }, '/modules/1/title'],
    ['an item id that is not an id', (p) => { p.modules[0].items[0] = 'Not An Id!'; return p; }, '/modules/0/items/0'],
    ['an item the framework does not have', (p) => { p.modules[2].items.push('being.authentisity'); return p; }, '/modules/2/items/4'],
    ['a theme instead of an item', (p) => { p.modules[0].items.push('leading'); return p; }, '/modules/0/items/4'],
    ['an item listed twice', (p) => { p.modules[3].items.push('delivering.q2'); return p; }, '/modules/3/items/4'],
    ['two modules with one id', (p) => { p.modules[1].id = 'module-1'; return p; }, '/modules/1/id'],
    ['another framework', (p) => { p.framework.id = 'other-framework'; return p; }, '/framework/id'],
    ['an extra property', (p) => { p.secret = '<script>'; return p; }, '/secret'],
  ];
  for (const [name, spoil, path] of bad) {
    it(`names the problem and its path: ${name}`, () => {
      const result = validateProgramme(spoil(clone(example) as Record<string, any>), realFramework);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.problems.map((p) => p.path), JSON.stringify(result.problems)).to.include(path);
    });
  }

  it('a file that is not a programme says so first, in plain words', () => {
    const result = validateProgramme({ resourceType: 'Patient' }, realFramework);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]).to.deep.equal({ path: '', message: 'This file is not a programme map: it needs a title, a provider and a list of modules.' });
  });

  it('coverage: items per module, items no module covers, and Leading and visioning with no items', () => {
    const coverage = programmeCoverage(kingsFund, realFramework);
    const all = allItems(realFramework).map(({ item }) => item.id);
    const covered = new Set(kingsFund.modules.flatMap((m) => m.items));
    expect(coverage.total).to.equal(all.length);
    expect(coverage.covered).to.equal(covered.size);
    expect(coverage.uncovered.map((entry) => entry.item.id)).to.deep.equal(all.filter((id) => !covered.has(id)));
    expect(coverage.themesWithoutItems.map((theme) => theme.id)).to.deep.equal(['leading']);
    const q4 = coverage.themes.find((t) => t.theme.id === 'relating')!.items.find((entry) => entry.item.id === 'relating.q4')!;
    expect(q4.modules).to.deep.equal(['module-2', 'module-3']);
    // A module's items come in the framework's order, whatever order the file lists them in.
    expect(coverage.modules[1].items.map((entry) => entry.item.id)).to.deep.equal(['being.mindset', 'being.q5', 'relating.trust', 'relating.q1', 'relating.q4', 'delivering.q2']);
  });

  it('editing adds and removes an item without changing the input, keeping the framework\'s order', () => {
    const added = setModuleItem(kingsFund, 'module-1', 'being.q1', true, realFramework);
    expect(added.modules[0].items).to.deep.equal(['being.authenticity', 'being.q1', 'relating.collaboration-and-co-creation', 'relating.q5', 'relating.q6']);
    expect(kingsFund.modules[0].items).not.to.include('being.q1');
    const removed = setModuleItem(added, 'module-1', 'being.authenticity', false, realFramework);
    expect(removed.modules[0].items).to.deep.equal(['being.q1', 'relating.collaboration-and-co-creation', 'relating.q5', 'relating.q6']);
    expect(validateProgramme(JSON.parse(programmeToJson(removed)), realFramework).ok).to.equal(true);
  });

  it('a map made for the tiny framework works there and is refused by the real one', () => {
    const tiny: Programme = { ...clone(kingsFund), framework: { id: tinyFramework.id, version: tinyFramework.version }, modules: [{ id: 'm', title: 'M', description: 'd', items: ['alpha.q1'] }] };
    expect(validateProgramme(tiny, tinyFramework).ok).to.equal(true);
    expect(programmeCoverage(tiny, tinyFramework).uncovered.map((e) => e.item.id)).to.deep.equal(['alpha.listening']);
    expect(validateProgramme(tiny, realFramework).ok).to.equal(false);
  });

  it('a safe file name', () => {
    expect(programmeFileName(kingsFund)).to.equal('lpc-programme-kings-fund-collaborative-leadership.json');
    expect(programmeFileName({ id: '../../etc' })).to.equal('lpc-programme-etc.json');
  });
});
