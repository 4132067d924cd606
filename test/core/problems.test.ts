// Runs in Node and in Chromium.
import { expect } from 'chai';
import { pointer, pointerKeys, valueAt } from '../../src/core/problems.js';

describe('JSON Pointer helpers', () => {
  it('escapes keys with ~ and / and reads them back (RFC 6901)', () => {
    const path = pointer('contacts', 'a/b', '~x', 0);
    expect(path).to.equal('/contacts/a~1b/~0x/0');
    expect(pointerKeys(path)).to.deep.equal(['contacts', 'a/b', '~x', '0']);
    expect(pointerKeys('')).to.deep.equal([]);
  });

  it('valueAt follows escaped keys and says undefined for a missing one', () => {
    const data = { contacts: { 'a/b': { '~x': ['first'] } } };
    expect(valueAt(data, '/contacts/a~1b/~0x/0')).to.equal('first');
    expect(valueAt(data, '')).to.equal(data);
    expect(valueAt(data, '/contacts/a~1c')).to.equal(undefined);
    expect(valueAt(data, '/contacts/a~1b/~0x/0/length')).to.equal(undefined);
  });
});
