import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import './preview.css';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from each element's JSDoc (npm run analyze).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // A story with an accessibility violation fails the a11y check.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
