import { expect } from 'chai';
import { layoutRadar } from '../../src/core/radar-layout.js';

describe('layoutRadar', () => {
  const themes = ['Being', 'Relating and communicating', 'Leading and visioning', 'Delivering'].map((text) => ({ text }));

  it('says when a label had to be cut to fit, and not otherwise', () => {
    expect(layoutRadar(themes, 600, { fontSize: 14 }).cut).to.equal(false);
    // A note under a label ("no data") is not part of the label's words.
    expect(layoutRadar(themes.map((t, i) => ({ ...t, note: i === 2 ? 'no data' : undefined })), 600, { fontSize: 14 }).cut).to.equal(false);
    expect(layoutRadar([...themes, { text: 'W'.repeat(2000) }], 600, { fontSize: 14 }).cut).to.equal(true);
    // 320 px with 200% text: "Delivering" and "communicating" no longer fit a line.
    expect(layoutRadar(themes, 320, { fontSize: 28 }).cut).to.equal(true);
  });
});
