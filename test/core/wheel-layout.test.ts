// Runs in Node and in Chromium.
import { expect } from 'chai';
import { layoutWheel, wheelAngles, wrapText, type WheelLabelText } from '../../src/core/wheel-layout.js';
import { estimateTextWidth, overlappingPairs } from '../../src/core/polar-labels.js';
import { largeFramework, realFramework, tinyFramework, hostileFramework } from '../../data/examples/frameworks.js';
import type { Framework } from '../../src/core/types.js';

const FULL = Math.PI * 2;
const measureAt = (fontSize: number) => (text: string, bold: boolean) => estimateTextWidth(text, fontSize) * (bold ? 1.08 : 1);

function texts(framework: Framework): WheelLabelText[] {
  return framework.themes.map((theme) => ({ title: theme.title, note: theme.status === 'no-text-in-source' ? 'No text in the framework' : null }));
}

function layoutFor(framework: Framework, width: number, fontSize: number) {
  return layoutWheel(wheelAngles(framework).themes, texts(framework), { width, fontSize, measure: measureAt(fontSize) });
}

describe('wheel angles', () => {
  it('covers the full circle with the themes, in order, without gaps', () => {
    const { themes } = wheelAngles(realFramework);
    expect(themes).to.have.length(4);
    expect(themes[0].startAngle).to.equal(0);
    for (let i = 1; i < themes.length; i++) expect(themes[i].startAngle).to.be.closeTo(themes[i - 1].endAngle, 1e-9);
    expect(themes[3].endAngle).to.be.closeTo(FULL, 1e-9);
  });

  it('draws Leading and visioning (no text) with room to see and select it', () => {
    const { themes, items } = wheelAngles(realFramework);
    const leading = themes[2];
    expect(leading.noText).to.equal(true);
    expect(leading.endAngle - leading.startAngle).to.be.greaterThan(FULL / 10);
    expect(items.filter((item) => item.themeIndex === 2)).to.deep.equal([]);
  });

  it('gives each item the same angle inside its theme, and numbers behaviours and qualities apart', () => {
    const { themes, items } = wheelAngles(realFramework);
    const being = items.filter((item) => item.themeIndex === 0);
    expect(being.map((item) => item.code)).to.deep.equal(['B1', 'B2', 'B3', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    expect(being[0].item.id).to.equal('being.authenticity');
    expect(being[0].startAngle).to.equal(themes[0].startAngle);
    expect(being[8].endAngle).to.be.closeTo(themes[0].endAngle, 1e-9);
    const widths = being.map((item) => item.endAngle - item.startAngle);
    for (const width of widths) expect(width).to.be.closeTo(widths[0], 1e-9);
  });

  it('scales to 12 themes of 30 items', () => {
    const { themes, items } = wheelAngles(largeFramework(12, 30));
    expect(themes).to.have.length(12);
    expect(items).to.have.length(360);
    expect(items[359].endAngle).to.be.closeTo(FULL, 1e-9);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length * 10;
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('Relating and communicating', 140, measure)).to.deep.equal(['Relating and', 'communicating']);
  });
  it('cuts a word longer than a line and ends a cut-off label with …', () => {
    const lines = wrapText('W'.repeat(2000), 100, measure);
    expect(lines).to.have.length(3);
    expect(lines[0]).to.equal('W'.repeat(10));
    expect(lines[2].endsWith('…')).to.equal(true);
    for (const line of lines) expect(measure(line)).to.be.at.most(100);
  });
  it('keeps short text on one line', () => {
    expect(wrapText('Being', 200, measure)).to.deep.equal(['Being']);
  });
});

describe('wheel layout', () => {
  const examples: Array<[string, Framework]> = [
    ['real', realFramework],
    ['tiny', tinyFramework],
    ['large (12 x 30)', largeFramework(12, 30)],
    ['hostile', hostileFramework],
  ];
  for (const [name, framework] of examples) {
    for (const fontSize of [16, 19, 32, 38]) {
      it(`${name} framework at ${fontSize} px text: fits every width from 320 to 1280 px or asks for a list`, () => {
        for (let width = 320; width <= 1280; width += 40) {
          const layout = layoutFor(framework, width, fontSize);
          if (!layout.fits) continue;
          expect(overlappingPairs(layout.labels), `${width} px`).to.deep.equal([]);
          expect(layout.viewBox.width, `${width} px`).to.be.at.most(width);
          for (const label of layout.labels) {
            expect(label.x, `${width} px`).to.be.at.least(layout.viewBox.x);
            expect(label.x + label.width).to.be.at.most(layout.viewBox.x + layout.viewBox.width);
            expect(label.y).to.be.at.least(layout.viewBox.y);
            expect(label.y + label.height).to.be.at.most(layout.viewBox.y + layout.viewBox.height);
          }
          expect(layout.radius).to.be.at.least(6 * fontSize);
        }
      });
    }
  }

  it('draws the real framework as a wheel at 1280 px and as a list at 320 px', () => {
    expect(layoutFor(realFramework, 1280, 19).fits).to.equal(true);
    expect(layoutFor(realFramework, 320, 16).fits).to.equal(false);
  });

  it('at 200 % text the wheel needs more room, so it gives way to a list sooner', () => {
    const firstFit = (fontSize: number) => {
      for (let width = 320; width <= 2000; width += 10) if (layoutFor(realFramework, width, fontSize).fits) return width;
      return Infinity;
    };
    expect(firstFit(32)).to.be.greaterThan(firstFit(16));
    expect(firstFit(16)).to.be.lessThan(800);
  });

  it('never cuts an ordinary word, even when labels are narrow', () => {
    // A measure where "communicating" (13 letters) is wider than the narrowest label (7 em).
    const measure = (text: string) => text.length * 10;
    const { themes } = wheelAngles(realFramework);
    for (const width of [320, 480, 640]) {
      const layout = layoutWheel(themes, texts(realFramework), { width, fontSize: 16, measure });
      const words = realFramework.themes.flatMap((theme) => theme.title.split(' '));
      for (const label of layout.labels) for (const line of label.lines.filter((l) => l.bold)) {
        for (const word of line.text.split(' ')) expect(words, `${width} px: "${line.text}"`).to.include(word);
      }
    }
  });

  it('labels Leading and visioning with "No text in the framework" in words', () => {
    const layout = layoutFor(realFramework, 1000, 16);
    expect(layout.labels[2].lines.map((line) => line.text).join(' ')).to.include('No text in the framework');
    expect(layout.labels[2].lines[0]).to.deep.equal({ text: 'Leading and visioning', bold: true });
  });

  it('never lets the wheel grow past 13 em, so a wide page does not get a huge chart', () => {
    expect(layoutFor(realFramework, 4000, 16).radius).to.be.at.most(13 * 16);
  });
});
