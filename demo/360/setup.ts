import '../../src/components/360-setup/index.js';

// The event carries the new 360's id and counts only (never a token), so it is safe to log.
document.getElementById('setup')?.addEventListener('lpc-360-created', (event) => {
  console.info(`360 ${event.detail.id} set up with ${event.detail.raters} rater links.`);
});
