import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesFromManifest, type Manifest } from './arg-types.js';
import { guardDocsFocus } from './docs-focus.js';
import './preview.css';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from each element's JSDoc (npm run analyze), public API only (arg-types.ts).
setCustomElementsManifest(manifest);
guardDocsFocus();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // A story with an accessibility violation fails the a11y check.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest as Manifest, tagName),
    },
    options: {
      // Designers' pages first, element pages next, developers' test states last.
      storySort: { order: ['For programme designers', ['Start here', 'The framework at a glance', 'Map a programme', 'Set up the assessment'], 'Guides', 'Together', 'Elements', 'Charts', 'Testing'] },
    },
  },
  decorators: [
    // Marks each story of a docs page, so that it cannot take focus from the page (docs-focus.ts; the attribute is DOCS_STORY_ATTRIBUTE).
    (story, context) => (context.viewMode === 'docs' ? html`<div data-lpc-docs-story>${story()}</div>` : story()),
  ],
};
export default preview;
