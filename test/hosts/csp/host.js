// Host page script (external: the CSP allows no inline script). Records CSP violations for the test.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const source = event.composedPath()[0];
  const where = source && source.tagName ? `${source.tagName.toLowerCase()}.${source.getAttribute("class") ?? ""} in ${source.getRootNode().host?.tagName.toLowerCase() ?? "document"}` : "";
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample} ${where}`.trim());
});
window.__events = [];
for (const name of ['lpc-framework-ready', 'lpc-framework-error', 'lpc-select', 'change']) {
  document.addEventListener(name, (event) => window.__events.push(`${name}:${event.target.id}`));
}
await import('/.tmp/host-dist/lpc-components.js');
// A second bundle on the same page (a per-element entry, with its own copy of Lit) must not throw
// when it defines elements that are already defined.
await import('/.tmp/host-dist/elements/rating.js');
window.__secondBundleLoaded = true;

// Charts and the report with real data (written by the test from data/examples/responses.ts).
const responses = await (await fetch('/.tmp/hosts/responses.json')).json();
document.getElementById('report').responses = responses;
const radar = document.getElementById('radar');
radar.axes = [{ id: 'being', label: 'Being' }, { id: 'relating', label: 'Relating and communicating' }, { id: 'leading', label: 'Leading and visioning' }, { id: 'delivering', label: 'Delivering' }];
radar.series = [
  { id: 'self', label: 'You', values: { being: 4, relating: 3.5, leading: null, delivering: 2 } },
  { id: 'raters', label: 'All raters', values: { being: 3.2, relating: 4.1, leading: null, delivering: 3 } },
];
window.__dataSet = true;
