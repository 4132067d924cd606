// Runs in Node and in Chromium.
import { expect } from 'chai';
import { csvCell, toCsv } from '../../src/core/csv.js';
import { aggregate } from '../../src/core/aggregate.js';
import { itemsTable, reportDownloads, reportTables, themesTable, visibleGroups, formatGap } from '../../src/core/report-tables.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters, groupBelowThreshold } from '../../data/examples/responses.js';

describe('csv', () => {
  it('quotes text with commas, quotes and line breaks', () => {
    expect(csvCell('Plain')).to.equal('Plain');
    expect(csvCell('Resilience, courage and bravery')).to.equal('"Resilience, courage and bravery"');
    expect(csvCell('Says "yes"')).to.equal('"Says ""yes"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
  });

  it('stops a spreadsheet running text as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.com")')).to.equal(`"'=HYPERLINK(""http://example.com"")"`);
    expect(csvCell('+1 555')).to.equal("'+1 555");
    expect(csvCell('-cmd')).to.equal("'-cmd");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tTab')).to.equal("'\tTab");
  });

  it('writes numbers (negative ones too) as numbers, and empty cells as nothing', () => {
    expect(csvCell(-1.5)).to.equal('-1.5');
    expect(csvCell(3)).to.equal('3');
    expect(csvCell(null)).to.equal('');
    expect(csvCell(Number.NaN)).to.equal('');
  });

  it('builds a file with a header row and CRLF line ends', () => {
    expect(toCsv(['A', 'B'], [[1, 'x'], ['=1', null]])).to.equal("A,B\r\n1,x\r\n'=1,\r\n");
  });

  it('a gap text starting with "-" is a number in the CSV, not guarded text', () => {
    expect(formatGap(-0.5)).to.equal('-0.5');
    expect(csvCell(formatGap(-0.5))).to.equal('-0.5');
  });
});

describe('report tables', () => {
  it('has one row per theme, with "no data" (never 0) for Leading and visioning', () => {
    const table = themesTable(aggregate(realFramework, twelveRaters));
    expect(table.rows.map((r) => r[0])).to.deep.equal(['Being', 'Relating and communicating', 'Leading and visioning', 'Delivering']);
    const leading = table.rows[2];
    expect(leading[1]).to.equal('no data');
    expect(leading[2]).to.equal('no data');
    expect(table.headers).to.include.members(['Line manager', 'Peers', 'Direct reports', 'Others']);
  });

  it('lists only groups shown somewhere as columns; pooled groups say so', () => {
    const result = aggregate(realFramework, groupBelowThreshold);
    const table = itemsTable(result, 'being');
    expect(table.headers).not.to.include('Peers');
    expect(table.headers).to.include('Other raters (pooled)');
    expect(table.rows).to.have.length(9);
    // The all-raters cell equals the figure, to one decimal place.
    const first = result.items[0].allRaters as { mean: number };
    expect(table.rows[0][table.headers.indexOf('All raters')]).to.equal(first.mean.toFixed(1));
  });

  it('gives every table of the report', () => {
    expect(reportTables(aggregate(realFramework, twelveRaters)).map((t) => t.id)).to.deep.equal(['respondents', 'themes', 'items', 'comments']);
  });

  it('names each download as the table it builds, before building it', () => {
    for (const result of [aggregate(realFramework, twelveRaters), aggregate(realFramework, twelveRaters.slice(0, 1))]) {
      const downloads = reportDownloads(result);
      const tables = downloads.map((d) => d.table());
      expect(downloads.map((d) => [d.id, d.caption])).to.deep.equal(tables.map((t) => [t.id, t.caption]));
      expect(tables).to.deep.equal(reportTables(result));
    }
    expect(reportDownloads(aggregate(realFramework, [])).map((d) => d.id)).to.deep.equal(['respondents', 'themes', 'items']);
  });

  it('works out the shown groups once per result, the same as from scratch', () => {
    const result = aggregate(realFramework, groupBelowThreshold);
    const first = visibleGroups(result);
    expect(visibleGroups(result)).to.equal(first);
    expect(first).to.deep.equal(visibleGroups(structuredClone(result)));
    expect(first.map((g) => g.group)).to.not.include('peer');
  });
});

describe('csv: numbers stay numbers', () => {
  it('writes numbers the report formats as text ("-2.2", "+2.0") as numbers, not guarded text', () => {
    expect(csvCell('-2.2')).to.equal('-2.2');
    expect(csvCell('+2.0')).to.equal('2.0');
    expect(csvCell('4.0')).to.equal('4.0');
    expect(csvCell('-cmd')).to.equal("'-cmd");
    expect(csvCell('-2.2+cmd')).to.equal("'-2.2+cmd");
  });
});
