// The roving-focus controller's grid strategy (the programme map's editing grid): one test per key
// of the WAI-ARIA grid pattern, on a grid of 3 rows by 4 columns (cells 0 to 11, row by row).
import { expect } from '@open-wc/testing';
import { gridStrategy } from '../../src/controllers/roving-strategies.js';

describe('roving focus: grid strategy', () => {
  const grid = gridStrategy(() => ({ rows: 3, columns: 4 }));

  it('takes Ctrl+Home and Ctrl+End (the line and tree strategies leave Ctrl to the browser)', () => {
    expect(grid.ctrlHomeEnd).to.equal(true);
  });

  it('ArrowRight goes to the next cell of the row, and stops at its end', () => {
    expect(grid.next('ArrowRight', 5, false)).to.equal(6);
    expect(grid.next('ArrowRight', 7, false)).to.equal(null);
  });

  it('ArrowLeft goes to the previous cell of the row, and stops at its start', () => {
    expect(grid.next('ArrowLeft', 5, false)).to.equal(4);
    expect(grid.next('ArrowLeft', 4, false)).to.equal(null);
  });

  it('ArrowDown goes to the cell below, and stops at the last row', () => {
    expect(grid.next('ArrowDown', 5, false)).to.equal(9);
    expect(grid.next('ArrowDown', 9, false)).to.equal(null);
  });

  it('ArrowUp goes to the cell above, and stops at the first row', () => {
    expect(grid.next('ArrowUp', 5, false)).to.equal(1);
    expect(grid.next('ArrowUp', 1, false)).to.equal(null);
  });

  it('Home goes to the first cell of the row', () => {
    expect(grid.next('Home', 6, false)).to.equal(4);
  });

  it('End goes to the last cell of the row', () => {
    expect(grid.next('End', 5, false)).to.equal(7);
  });

  it('Ctrl+Home goes to the first cell of the grid', () => {
    expect(grid.next('Ctrl+Home', 10, false)).to.equal(0);
  });

  it('Ctrl+End goes to the last cell of the grid', () => {
    expect(grid.next('Ctrl+End', 1, false)).to.equal(11);
  });

  it('swaps Left and Right in right-to-left text (Up and Down do not change)', () => {
    expect(grid.next('ArrowLeft', 5, true)).to.equal(6);
    expect(grid.next('ArrowRight', 5, true)).to.equal(4);
    expect(grid.next('ArrowDown', 5, true)).to.equal(9);
  });

  it('starts at the first cell from an unknown one, and does nothing in an empty grid', () => {
    expect(grid.next('ArrowRight', 99, false)).to.equal(0);
    expect(gridStrategy(() => ({ rows: 0, columns: 4 })).next('ArrowDown', 0, false)).to.equal(null);
  });
});
