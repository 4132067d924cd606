// <lpc-report> reads FHIR files (a QuestionnaireResponse, or a Bundle as `lpc-collector export-fhir` writes)
// through its file picker, as it reads its own response files.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/report/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import { readResponseFiles } from '../../src/components/report/intake.js';
import { aggregate } from '../../src/core/aggregate.js';
import { fhirBundle, responseToFhir } from '../../src/core/fhir.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters } from '../../data/examples/responses.js';

const responses = twelveRaters.map((input) => input.json as AssessmentResponse);
const file = (name: string, data: unknown) => new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });

describe('the report\'s file intake and FHIR', () => {
  it('a Bundle of 13 QuestionnaireResponses gives the same report as the 13 response files', async () => {
    const bundle = fhirBundle(responses.map((r) => responseToFhir(r, realFramework)));
    const inputs = await readResponseFiles([file('export.json', bundle)], realFramework);
    expect(inputs).to.have.length(13);
    expect(inputs[0].name).to.equal('export.json (entry 1)');
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'name' ? undefined : v)));
    expect(strip(aggregate(realFramework, inputs))).to.deep.equal(strip(aggregate(realFramework, twelveRaters)));
  });

  it('one QuestionnaireResponse per file, an ordinary response file, and a bad FHIR file side by side', async () => {
    const bad = JSON.parse(JSON.stringify(responseToFhir(responses[1], realFramework)));
    bad.item[0].linkId = 'nope';
    const inputs = await readResponseFiles([
      file('self.fhir.json', responseToFhir(responses[0], realFramework)),
      file('rater.json', responses[2]),
      file('bad.fhir.json', bad),
    ], realFramework);
    expect(inputs.map((i) => i.name)).to.deep.equal(['self.fhir.json', 'rater.json', 'bad.fhir.json']);
    expect((inputs[0].json as AssessmentResponse).respondent).to.equal('self');
    expect(inputs[1].text).to.be.a('string');
    expect(inputs[2].error).to.contain('/item/0/linkId');
    const result = aggregate(realFramework, inputs);
    expect(result.used).to.equal(2);
    expect(result.rejected.map((r) => r.name)).to.deep.equal(['bad.fhir.json']);
  });

  it('without the framework, files are read as they are', async () => {
    const inputs = await readResponseFiles([file('x.json', responseToFhir(responses[0], realFramework))]);
    expect(inputs).to.have.length(1);
    expect(inputs[0].text).to.contain('QuestionnaireResponse');
  });

  it('the report\'s file picker takes a FHIR Bundle', async () => {
    const el = await fixture<LpcReport>(html`<lpc-report .framework=${realFramework} .responses=${[]}></lpc-report>`);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file('export.json', fhirBundle(responses.map((r) => responseToFhir(r, realFramework)))));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.report?.used === 13, 'the 13 responses of the Bundle read');
    expect(el.report!.respondents.raters).to.equal(12);
  });
});
