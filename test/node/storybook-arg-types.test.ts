// Node only: Storybook's controls for each element come from its public API in custom-elements.json.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { argTypesFromManifest, declarationOf, isPublicMember, type Manifest } from '../../.storybook/arg-types.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const tags = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter((t): t is string => Boolean(t));

describe('Storybook argTypes from the manifest', () => {
  it('finds the elements', () => {
    expect(tags).to.include.members(['lpc-assessment', 'lpc-report', 'lpc-rating', 'lpc-behaviour-card']);
  });

  for (const tag of tags) {
    it(`${tag}: only public members, one control per attribute`, () => {
      const declaration = declarationOf(manifest, tag)!;
      const argTypes = argTypesFromManifest(manifest, tag);
      const hidden = (declaration.members ?? []).filter((member) => !isPublicMember(member)).map((member) => member.name);
      const shown = Object.entries(argTypes).filter(([, argType]) => !argType.table.disable);
      for (const [key, argType] of shown) {
        expect(key.startsWith('#') || argType.name.startsWith('#'), `${tag}: private member ${key} is listed`).to.equal(false);
        expect(hidden, `${tag}: ${key} is not public`).not.to.include(key);
      }
      const methods = (declaration.members ?? []).filter((member) => member.kind === 'method').map((member) => member.name);
      for (const method of methods) expect(argTypes, `${tag}: method ${method} is listed`).not.to.have.property(method);
      // Each attribute appears once, under its own name, whatever its property is called.
      const api = ['attributes', 'properties', 'read-only properties'];
      const names = shown.filter(([, argType]) => api.includes(argType.table.category ?? '')).map(([, argType]) => argType.name);
      expect(new Set(names).size, `${tag}: a name is listed twice: ${names.join(', ')}`).to.equal(names.length);
      for (const attribute of declaration.attributes ?? []) {
        const rows = shown.filter(([, argType]) => argType.name === attribute.name && api.includes(argType.table.category ?? ''));
        expect(rows, `${tag}: attribute ${attribute.name}`).to.have.length(1);
        if (attribute.fieldName) expect(rows[0][0], `${tag}: ${attribute.name} is keyed by its property`).to.equal(attribute.fieldName);
      }
      const controls = shown.filter(([, argType]) => argType.control !== false).map(([key]) => key);
      const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
      for (const key of controls) {
        const member = (declaration.members ?? []).find((m) => m.name === key);
        expect(attributeFields.has(key) || (member && isPublicMember(member) && !member.readonly), `${tag}: control ${key} is not an attribute or a settable property`).to.equal(true);
      }
    });
  }

  it('lpc-assessment: protected state, private fields and methods are not listed, subject-name once', () => {
    const argTypes = argTypesFromManifest(manifest, 'lpc-assessment');
    const keys = Object.keys(argTypes);
    for (const internal of ['#drafts', '#focus', 'page', 'errors', 'sending', 'show', 'complete']) expect(keys).not.to.include(internal);
    expect(Object.values(argTypes).filter((a) => a.name === 'subject-name')).to.have.length(1);
    expect(argTypes.subjectName.name).to.equal('subject-name');
    expect(argTypes.includeSupplementary.control).to.deep.equal({ type: 'boolean' });
    expect(argTypes.framework.control).to.equal(false);
  });

  it('an enum attribute becomes a choice of its values', () => {
    const argTypes = argTypesFromManifest(manifest, 'lpc-theme-wheel');
    expect(argTypes.layout.options).to.deep.equal(['wheel', 'list']);
  });

  it('an unknown element has no argTypes', () => {
    expect(argTypesFromManifest(manifest, 'lpc-nothing')).to.deep.equal({});
  });
});

describe('Storybook item choices', () => {
  it('offers every theme, item and supplementary text of the real framework by name, with its id as the value', async () => {
    const { itemChoices, itemControl } = await import('../../stories/support/item-choices.js');
    const { allIds, findItem } = await import('../../src/core/framework.js');
    const { realFramework } = await import('../../data/examples/frameworks.js');
    const choices = itemChoices(realFramework);
    expect(choices.map(([id]) => id)).to.deep.equal(allIds(realFramework));
    const labels = Object.fromEntries(choices);
    expect(labels['being.resilience-courage-and-bravery']).to.equal('Being: Resilience, courage and bravery (behaviour)');
    expect(labels['being.q1']).to.equal(`Being: ${findItem(realFramework, 'being.q1')!.item.text} (quality)`);
    expect(labels['leading.blog-2020']).to.contain('not part of the framework');
    const control = itemControl(itemChoices(realFramework, { themes: false, supplementary: false, none: 'Nothing' }), 'd');
    expect(control.control.type).to.equal('select');
    expect(control.options[0]).to.equal('');
    expect(control.options).to.have.length(28);
  });
});
