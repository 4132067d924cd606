// Runs in Node and in Chromium: the framework's items as CSV.
import { expect } from 'chai';
import { FRAMEWORK_CSV_HEADERS, frameworkCsvFileName, frameworkToCsv } from '../../src/core/framework-csv.js';
import { allItems } from '../../src/core/framework.js';
import { hostileFramework, realFramework } from '../../data/examples/frameworks.js';

/** A small RFC 4180 reader, enough to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('the framework as CSV', () => {
  const rows = parseCsv(frameworkToCsv(realFramework));

  it('one row per rated item, plus one for Leading and visioning, with theme, kind, heading, text and source', () => {
    expect(rows[0]).to.deep.equal(FRAMEWORK_CSV_HEADERS);
    const body = rows.slice(1);
    const items = allItems(realFramework);
    expect(body).to.have.length(items.length + 1);
    const authenticity = body.find((row) => row[2] === 'being.authenticity')!;
    const item = items.find(({ item }) => item.id === 'being.authenticity')!.item;
    expect(authenticity).to.deep.equal(['Being', 'behaviour', 'being.authenticity', 'Authenticity', item.text, 'Leadership for Personalised Care: Core Framework (NHS England, 2020-01)']);
    const quality = body.find((row) => row[2] === 'being.q1')!;
    expect(quality[1]).to.equal('quality');
    expect(quality[3]).to.equal('');
    const leading = body.find((row) => row[0] === 'Leading and visioning')!;
    expect(leading[1]).to.equal('no items');
  });

  it('keeps the framework\'s text exactly, commas and quotes included', () => {
    for (const { item } of allItems(realFramework)) {
      expect(rows.find((row) => row[2] === item.id)![4]).to.equal(item.text);
    }
  });

  it('supplementary text only when asked, marked as not part of the framework', () => {
    expect(frameworkToCsv(realFramework)).not.to.contain('leading.blog-2020');
    const withSupplementary = parseCsv(frameworkToCsv(realFramework, { includeSupplementary: true }));
    expect(withSupplementary.find((row) => row[2] === 'leading.blog-2020')![1]).to.equal('supplementary (not part of the framework)');
  });

  it('guards text a spreadsheet would run as a formula', () => {
    const framework = structuredClone(hostileFramework);
    framework.themes[0].qualities[0].text = '=HYPERLINK("http://evil.example","click")';
    const hostile = parseCsv(frameworkToCsv(framework));
    const cell = hostile.find((row) => row[2] === framework.themes[0].qualities[0].id)![4];
    expect(cell.startsWith("'=")).to.equal(true);
  });

  it('a file name from the framework id and version', () => {
    expect(frameworkCsvFileName(realFramework)).to.equal('lpc-core-framework-2020-01-items.csv');
  });
});
