// Node only: the plan's client-side size limit is the collector's own body limit for PUT /plan.
import { expect } from 'chai';
import { BODY_LIMIT } from '../../src/collector/app.js';
import { MAX_PLAN_BODY_BYTES } from '../../src/core/plan.js';

describe('plan body limit', () => {
  it("is the collector's limit for PUT /plan", () => {
    expect(MAX_PLAN_BODY_BYTES).to.equal(BODY_LIMIT);
  });
});
