import type { Preview } from '@storybook/web-components-vite';
import './preview.css';

const preview: Preview = {
  parameters: {
    // A story with an accessibility violation fails the a11y check.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
