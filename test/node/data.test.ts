// Node only: checks the framework data against the source document, sentence by sentence.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Framework } from '../../src/core/types.js';
import { validateFramework } from '../../src/core/validate.js';

const seed = readFileSync('data/sources/core-framework-2020.txt', 'utf8');
const blog = readFileSync('data/sources/leadership-behaviours-blog-2020.txt', 'utf8');
const data = JSON.parse(readFileSync('data/lpc-core-framework-2020.json', 'utf8')) as Framework;

interface SeedTheme {
  title: string;
  behaviours: Array<{ heading: string; text: string }>;
  qualities: string[];
}

/** Reads themes, behaviours and qualities out of the document's plain text, independently of the data. */
function parseSeed(text: string): SeedTheme[] {
  const lines = text.split('\n').map((line) => line.trim());
  const themes: SeedTheme[] = [];
  let theme: SeedTheme | undefined;
  let part: 'behaviours' | 'qualities' | undefined;
  let heading: string | undefined;
  for (const line of lines) {
    const themeMatch = /^Leadership for Personalised Care – \*?([^*]+)\*?$/.exec(line);
    if (themeMatch) {
      theme = { title: themeMatch[1], behaviours: [], qualities: [] };
      themes.push(theme);
      part = undefined;
      continue;
    }
    if (!theme || !line) continue;
    if (line === 'SYSTEMS LEADERSHIP BEHAVIOURS') { part = 'behaviours'; continue; }
    if (line === 'LEADERSHIP FOR PERSONALISED CARE') { part = 'qualities'; continue; }
    if (part === 'behaviours') {
      if (/^[A-Z ,-]+:$/.test(line)) heading = line.slice(0, -1);
      else if (heading) { theme.behaviours.push({ heading, text: line }); heading = undefined; }
    } else if (part === 'qualities') {
      theme.qualities.push(line);
    }
  }
  return themes;
}

const seedThemes = parseSeed(seed);

describe('framework data matches the source document', () => {
  it('the parser found what the document holds (3/3/0/3 behaviours, 6/6/0/6 qualities)', () => {
    expect(seedThemes.map((t) => t.behaviours.length)).to.deep.equal([3, 3, 0, 3]);
    expect(seedThemes.map((t) => t.qualities.length)).to.deep.equal([6, 6, 0, 6]);
  });

  it('is a valid framework', () => {
    const result = validateFramework(data);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('has the four themes in the document order (only capitals normalised)', () => {
    expect(data.themes.map((t) => t.title.toLowerCase())).to.deep.equal(seedThemes.map((t) => t.title.toLowerCase()));
  });

  seedThemes.forEach((seedTheme, t) => {
    it(`${seedTheme.title}: every behaviour heading and description, exactly`, () => {
      const theme = data.themes[t];
      expect(theme.behaviours.map((b) => b.heading.toUpperCase())).to.deep.equal(seedTheme.behaviours.map((b) => b.heading));
      expect(theme.behaviours.map((b) => b.text)).to.deep.equal(seedTheme.behaviours.map((b) => b.text));
    });
    it(`${seedTheme.title}: every quality sentence, exactly and in order`, () => {
      expect(data.themes[t].qualities.map((q) => q.text)).to.deep.equal(seedTheme.qualities);
    });
  });

  it('keeps the document spelling (e.g. "focussed")', () => {
    expect(data.themes[0].qualities[1].text).to.contain('focussed');
  });

  it('marks Leading and visioning as having no text in the framework', () => {
    const leading = data.themes[2];
    expect(leading.status).to.equal('no-text-in-source');
    expect(leading.statusNote).to.match(/no behaviours or qualities/);
    expect(data.themes.filter((t) => t.status !== 'complete').map((t) => t.id)).to.deep.equal(['leading']);
  });

  it('every item names its source: document, publisher, date', () => {
    for (const theme of data.themes) {
      for (const item of [...theme.behaviours, ...theme.qualities]) {
        expect(item.source).to.deep.equal({ document: 'Leadership for Personalised Care: Core Framework', publisher: 'NHS England', date: '2020-01' });
      }
    }
  });

  it('supplementary text is marked, sourced to the blog and quoted from it exactly', () => {
    const entries = data.themes.flatMap((t) => t.supplementary ?? []);
    expect(entries).to.have.length(1);
    const [entry] = entries;
    expect(entry.supplementary).to.equal(true);
    expect(entry.source.date).to.equal('2020-09-09');
    expect(entry.source.document).to.not.equal(data.source.document);
    expect(blog).to.contain(entry.text);
    // Never mixed with the framework's own items.
    expect(data.themes.flatMap((t) => [...t.behaviours, ...t.qualities]).map((i) => i.text)).to.not.include(entry.text);
  });

  it('carries the context text exactly: introduction, aims and components', () => {
    for (const paragraph of [...data.context.introduction, ...data.context.about, ...data.context.aims]) {
      expect(seed, paragraph.slice(0, 40)).to.contain(paragraph);
    }
    expect(data.context.aims).to.have.length(4);
    expect(data.context.components).to.have.length(4);
    for (const component of data.context.components) {
      expect(seed).to.contain(`**${component.heading} – ${component.text}**`);
    }
  });

  it('says the rating scale is the project\'s choice, not the framework\'s', () => {
    expect(data.ratingScale.origin).to.equal('project-choice');
    expect(data.ratingScale.note).to.match(/framework gives no rating scale/i);
    expect(seed.toLowerCase()).to.not.contain('rarely');
  });
});
