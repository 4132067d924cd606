// Runs in Node and in Chromium. Checks the wheel's default colours meet WCAG 2.2 AA.
import { expect } from 'chai';
import { contrastRatio, mixColours, parseHex, relativeLuminance } from '../../src/core/contrast.js';
import { tokens } from '../../src/styles/tokens.js';
import { QUALITY_TINT_SHARE, SURFACE, TEXT, THEME_COLOURS, THEME_COLOUR_ORDER } from '../../src/styles/theme-colours.js';

describe('colour contrast', () => {
  it('computes WCAG ratios: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#ffffff', '#000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#005eb8', '#005eb8')).to.equal(1);
    // NHS blue on white is published as 6.4:1 (rounded).
    expect(contrastRatio('#005eb8', '#ffffff')).to.be.closeTo(6.38, 0.01);
    expect(relativeLuminance('#808080')).to.be.closeTo(0.2159, 1e-3);
  });

  it('mixes colours like color-mix in sRGB', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).to.equal('#808080');
    expect(mixColours('#005eb8', '#ffffff', 1)).to.equal('#005eb8');
    expect(mixColours('#005eb8', '#ffffff', 0)).to.equal('#ffffff');
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(() => parseHex('blue')).to.throw(/Not a #rrggbb colour/);
  });
});

describe('theme wheel colours', () => {
  for (const name of THEME_COLOUR_ORDER) {
    const theme = THEME_COLOURS[name];
    const tint = mixColours(theme, SURFACE, QUALITY_TINT_SHARE);

    it(`${name}: solid segments have 3:1 against the white background and gaps, and white text has 4.5:1`, () => {
      expect(contrastRatio(theme, SURFACE)).to.be.at.least(4.5);
    });

    it(`${name}: a quality's outline has 3:1 against the white gap and against its own pale fill`, () => {
      expect(contrastRatio(theme, SURFACE)).to.be.at.least(3);
      expect(contrastRatio(theme, tint)).to.be.at.least(3);
    });

    it(`${name}: text on a quality's pale fill has 4.5:1`, () => {
      expect(contrastRatio(TEXT, tint)).to.be.at.least(4.5);
    });

    it(`${name}: the selection outline (dark text colour) has 3:1 against the segment fill or the white around it`, () => {
      // A selected segment has a 4 px dark outline; it must stand out from the pale fill and the white gap.
      expect(contrastRatio(TEXT, tint)).to.be.at.least(3);
      expect(contrastRatio(TEXT, SURFACE)).to.be.at.least(3);
    });
  }

  it('neighbouring segments are told apart by the white gap between them: 3:1 against both sides', () => {
    const fills = THEME_COLOUR_ORDER.map((name) => THEME_COLOURS[name]);
    for (let i = 0; i < fills.length; i++) {
      const a = fills[i];
      const b = fills[(i + 1) % fills.length];
      expect(Math.min(contrastRatio(a, SURFACE), contrastRatio(b, SURFACE)), `${a} | white | ${b}`).to.be.at.least(3);
    }
  });

  it('segments and outlines keep 3:1 on the NHS page background (#f0f4f5) too', () => {
    for (const name of THEME_COLOUR_ORDER) expect(contrastRatio(THEME_COLOURS[name], '#f0f4f5'), name).to.be.at.least(3);
  });

  it('matches the --lpc-theme-* token defaults', () => {
    // The tokens file is the source of the colours; the wheel's copy must not drift from it.
    const cssText = tokens.cssText;
    for (const name of THEME_COLOUR_ORDER) {
      expect(cssText).to.include(`--lpc-theme-${name}, ${THEME_COLOURS[name]}`);
    }
  });
});
