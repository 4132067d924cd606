// Named example frameworks, shared by tests, stories, screenshots and benchmarks.
import real from '../lpc-core-framework-2020.json';
import type { Behaviour, Framework, Quality, Source, Theme } from '../../src/core/types.js';

/** The real framework, as shipped. */
export const realFramework = real as unknown as Framework;

const exampleSource: Source = { document: 'Example framework for testing', publisher: 'lpc-components', date: '2026-01' };

function behaviour(id: string, heading: string, text: string, source = exampleSource): Behaviour {
  return { id, kind: 'behaviour', heading, text, source };
}
function quality(id: string, text: string, source = exampleSource): Quality {
  return { id, kind: 'quality', text, source };
}

function withThemes(id: string, title: string, themes: Theme[]): Framework {
  return {
    ...structuredClone(realFramework),
    id,
    version: '1',
    title,
    source: exampleSource,
    themes,
  };
}

/** Two small themes, one without text: the least a layout has to handle. */
export const tinyFramework: Framework = withThemes('tiny-example', 'Tiny example framework', [
  {
    id: 'alpha',
    title: 'Alpha',
    status: 'complete',
    behaviours: [behaviour('alpha.listening', 'Listening', 'Listens and acts on what people say')],
    qualities: [quality('alpha.q1', 'Shares power with people who use services')],
  },
  { id: 'beta', title: 'Beta', status: 'no-text-in-source', statusNote: 'This example theme has no text.', behaviours: [], qualities: [] },
]);

/** 12 themes of 30 items each, to prove layouts scale. */
export function largeFramework(themeCount = 12, itemsPerTheme = 30): Framework {
  const themes: Theme[] = Array.from({ length: themeCount }, (_, t) => {
    const id = `theme-${t + 1}`;
    const behaviourCount = Math.min(5, itemsPerTheme);
    return {
      id,
      title: `Theme ${t + 1} with a longer title`,
      status: 'complete',
      behaviours: Array.from({ length: behaviourCount }, (_, i) =>
        behaviour(`${id}.b${i + 1}`, `Behaviour ${t + 1}.${i + 1}`, `Description of behaviour ${i + 1} in theme ${t + 1}`)),
      qualities: Array.from({ length: itemsPerTheme - behaviourCount }, (_, i) =>
        quality(`${id}.q${i + 1}`, `Quality ${i + 1} of theme ${t + 1}, written as a full sentence`)),
    };
  });
  return withThemes('large-example', 'Large example framework (12 themes x 30 items)', themes);
}

/** Text that would run script or break layouts if rendered as HTML: must appear as plain text. */
export const hostileText = {
  markup: '<img src=x onerror="window.__lpcHacked=true">',
  longWord: 'W'.repeat(2000),
  rtl: 'القيادة من أجل الرعاية الشخصية — מנהיגות',
};

export const hostileFramework: Framework = withThemes('hostile-example', `${hostileText.markup} framework`, [
  {
    id: 'markup',
    title: hostileText.markup,
    status: 'complete',
    behaviours: [behaviour('markup.b1', hostileText.markup, `<script>window.__lpcHacked=true</script> ${hostileText.markup}`)],
    qualities: [quality('markup.q1', hostileText.longWord)],
  },
  {
    id: 'rtl',
    title: hostileText.rtl,
    status: 'complete',
    behaviours: [behaviour('rtl.b1', hostileText.rtl, hostileText.rtl)],
    qualities: [quality('rtl.q1', `${hostileText.rtl} ${hostileText.longWord}`)],
  },
]);

/** A framework file with several problems, for error states. */
export const invalidFramework: unknown = {
  id: 'Not A Valid Id',
  version: 2020,
  title: 'Broken example',
  themes: [{ id: 'being', title: 'Being', status: 'finished', behaviours: [], qualities: [{ id: 'being.q1', kind: 'quality' }] }],
  extra: true,
};
