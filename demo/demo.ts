// Demo page script: loads every element and reports the framework's state in plain text.
import '../src/index.js';
import './assessment.js';
import './explore.js';
import './report.js';

const framework = document.getElementById('framework');
const status = document.getElementById('framework-status');
framework?.addEventListener('lpc-framework-ready', (event) => {
  const { framework: data } = event.detail;
  const items = data.themes.reduce((sum, theme) => sum + theme.behaviours.length + theme.qualities.length, 0);
  if (status) status.textContent = `${data.title} (${data.source.publisher}, ${data.source.date}): ${data.themes.length} themes, ${items} items to rate.`;
});
framework?.addEventListener('lpc-framework-error', () => {
  if (status) status.textContent = 'The framework could not be loaded: see the message above.';
});
