// Host page script (external: the CSP allows no inline script). Records CSP violations for the test.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.__events = [];
for (const name of ['lpc-framework-ready', 'lpc-framework-error', 'lpc-select', 'change']) {
  document.addEventListener(name, (event) => window.__events.push(`${name}:${event.target.id}`));
}
await import('/.tmp/host-dist/lpc-components.js');
