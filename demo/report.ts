// "Read the results": the report, with a button that loads the named example responses.
import type { LpcReport } from '../src/components/report/report.js';
import { twelveRaters } from '../data/examples/responses.js';

const report = document.getElementById('demo-report') as LpcReport | null;
const load = document.getElementById('demo-report-load');
load?.addEventListener('click', () => {
  if (report) report.responses = twelveRaters;
});
