// Runs in Node and in Chromium.
import { expect } from 'chai';
import { longDate, today } from '../../src/core/local-date.js';

describe('local dates', () => {
  it('today is the local calendar day as YYYY-MM-DD', () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).to.equal('2027-01-05');
    expect(today(new Date(2027, 11, 31, 0, 0))).to.equal('2027-12-31');
  });

  it('writes a day in words, the same day whatever the time zone', () => {
    expect(longDate('2027-01-31')).to.equal('31 January 2027');
    expect(longDate('2999-12-01')).to.equal('1 December 2999');
  });

  it('returns text that is not a day as it is', () => {
    expect(longDate('')).to.equal('');
    expect(longDate('soon')).to.equal('soon');
  });
});
