// The client against the real collector (src/collector on PGlite, behind the test server's /api/:
// test/client/collector-plugin.mjs). Every route of docs/collector-api.md, through the typed helpers.
import { expect } from '@open-wc/testing';
import {
  changeClosingDate, closeThreeSixty, collectorRequest, createThreeSixty, getFramework, getMe, getProgress, getReport,
  getUnusedInvitations, releaseThreeSixty, sendResponse, type SetupResult,
} from '../../src/client/collector.js';
import { allItems } from '../../src/core/framework.js';
import type { AssessmentResponse, Framework } from '../../src/core/types.js';

const api = '/test-collector/api/v1';
let framework: Framework;

function response(setup: SetupResult, respondent: 'self' | 'rater', group?: string, value = 3): AssessmentResponse {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    assessmentId: setup.id,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent,
    ...(group ? { relationship: group } : {}),
    submittedAt: new Date().toISOString(),
    answers: allItems(framework).map(({ item }, i) => ({ itemId: item.id, value: i % 5 === 0 ? 'not-observed' : value })),
  };
}

async function setUp(groups = [{ id: 'line-manager', invited: 1 }, { id: 'peer', invited: 3 }], contacts?: Record<string, Array<string | null>>) {
  const result = await createThreeSixty(api, { leaderName: 'Sam Jones', closesOn: '2999-01-31', groups, ...(contacts ? { contacts } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.status).to.equal(201);
  return result.body;
}

describe('the collector client against the real collector', function () {
  // The collector's first start creates its PGlite database.
  this.timeout(60_000);

  before(async () => {
    const result = await getFramework(api, { timeoutMs: 60_000 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    framework = result.body;
  });

  it('sets up a 360 and gets one link per rater, with refs for the mail merge', async () => {
    const setup = await setUp();
    expect(setup.tokens.raters.map((r) => [r.ref, r.group])).to.deep.equal([
      ['line-manager-1', 'line-manager'],
      ['peer-1', 'peer'],
      ['peer-2', 'peer'],
      ['peer-3', 'peer'],
    ]);
    for (const token of [setup.tokens.facilitator, setup.tokens.leader, ...setup.tokens.raters.map((r) => r.token)]) expect(token).to.match(/^[\w-]{22}$/);
  });

  it('gives the collector\'s { path, message } problems for a bad set-up, with status 400', async () => {
    const result = await createThreeSixty(api, { leaderName: '', closesOn: '2020-01-01', groups: [{ id: 'peer', invited: -1 }] });
    expect(result).to.deep.include({ ok: false, kind: 'http', status: 400 });
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).to.include.members(['/leaderName', '/closesOn', '/groups/0/invited']);
  });

  it('says who a token is (GET /me), for each role', async () => {
    const setup = await setUp();
    const rater = await getMe(api, setup.tokens.raters[1].token);
    expect(rater.ok && rater.body.role).to.equal('rater');
    expect(rater.ok && rater.body.rater?.group).to.equal('peer');
    expect(rater.ok && rater.body.assessment.leaderName).to.equal('Sam Jones');
    const leader = await getMe(api, setup.tokens.leader);
    expect(leader.ok && leader.body.leader).to.deep.equal({ selfSubmitted: false });
    const facilitator = await getMe(api, setup.tokens.facilitator);
    expect(facilitator.ok && facilitator.body.role).to.equal('facilitator');
  });

  it('refuses an unknown token (404), no token (401) and a rater on facilitator routes (403), in plain words', async () => {
    const setup = await setUp();
    const unknown = await getMe(api, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown).to.deep.include({ ok: false, kind: 'http', status: 404 });
    const none = await collectorRequest(api, '/progress');
    expect(none).to.deep.include({ ok: false, kind: 'http', status: 401 });
    const wrongRole = await getProgress(api, setup.tokens.raters[0].token);
    expect(wrongRole).to.deep.include({ ok: false, kind: 'http', status: 403 });
    if (!wrongRole.ok) expect(wrongRole.problems[0].message).to.be.a('string').and.not.equal('');
  });

  it('sends a response once: 201, then 409 for the same link, and progress counts it', async () => {
    const setup = await setUp([{ id: 'peer', invited: 3 }], { peer: ['a@example.nhs.uk', null, 'c@example.nhs.uk'] });
    const peer = setup.tokens.raters[0];
    const sent = await sendResponse(api, peer.token, response(setup, 'rater', 'peer'));
    expect(sent).to.deep.include({ ok: true, status: 201 });
    const again = await sendResponse(api, peer.token, response(setup, 'rater', 'peer'));
    expect(again).to.deep.include({ ok: false, kind: 'http', status: 409 });
    const used = await getMe(api, peer.token);
    expect(used).to.deep.include({ ok: false, status: 409 });

    const progress = await getProgress(api, setup.tokens.facilitator);
    expect(progress.ok).to.equal(true);
    if (!progress.ok) return;
    expect(progress.body).to.deep.include({ status: 'open', self: false, invited: 3, responded: 1, allRatersMinimum: 3 });
    expect(progress.body.groups).to.deep.equal([{ id: 'peer', label: 'Peers', invited: 3, responded: 1 }]);
    const unused = await getUnusedInvitations(api, setup.tokens.facilitator);
    expect(unused.ok && unused.body).to.deep.equal([
      { ref: 'peer-2', group: 'peer', contact: null },
      { ref: 'peer-3', group: 'peer', contact: 'c@example.nhs.uk' },
    ]);
  });

  it('re-sends a response whose answer was lost after the collector committed it, and reports success', async () => {
    const setup = await setUp([{ id: 'peer', invited: 3 }]);
    const peer = setup.tokens.raters[0];
    const body = response(setup, 'rater', 'peer');
    // The first send reaches the collector and is committed; then the connection drops.
    const realFetch = window.fetch;
    const statuses: number[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await realFetch(input, init);
      if (!String(input).endsWith('/responses')) return answer;
      statuses.push(answer.status);
      if (statuses.length === 1) throw new TypeError('Failed to fetch');
      return answer;
    }) as typeof fetch;
    try {
      const sent = await sendResponse(api, peer.token, body, { retryDelaysMs: [0] });
      expect(sent).to.deep.equal({ ok: true, status: 201, body: { received: true } });
    } finally {
      window.fetch = realFetch;
    }
    expect(statuses).to.deep.equal([201, 201]);
    // "Try again" later with the same response: the same success. Another response: 409.
    expect(await sendResponse(api, peer.token, body)).to.deep.include({ ok: true, status: 201 });
    expect(await sendResponse(api, peer.token, response(setup, 'rater', 'peer'))).to.deep.include({ ok: false, kind: 'http', status: 409 });
    const progress = await getProgress(api, setup.tokens.facilitator);
    expect(progress.ok && progress.body.responded).to.equal(1);
  });

  it('changes the closing date, closes, refuses a release below the minimum until confirmed, then serves the figures', async () => {
    const setup = await setUp([{ id: 'line-manager', invited: 1 }, { id: 'peer', invited: 3 }]);
    expect((await changeClosingDate(api, setup.tokens.facilitator, '2999-02-14')).ok).to.equal(true);
    const past = await changeClosingDate(api, setup.tokens.facilitator, '2001-01-01');
    expect(past).to.deep.include({ ok: false, kind: 'http', status: 400 });
    if (!past.ok) expect(past.problems[0].path).to.equal('/closesOn');

    await sendResponse(api, setup.tokens.leader, response(setup, 'self'));
    await sendResponse(api, setup.tokens.raters[0].token, response(setup, 'rater', 'line-manager', 4));
    await sendResponse(api, setup.tokens.raters[1].token, response(setup, 'rater', 'peer', 2));

    const before = await getReport(api, setup.tokens.leader);
    expect(before.ok && before.body).to.deep.equal({ state: 'not-released', status: 'open', responded: 2, invited: 4, self: true });

    expect((await closeThreeSixty(api, setup.tokens.facilitator)).ok).to.equal(true);
    const closed = await sendResponse(api, setup.tokens.raters[2].token, response(setup, 'rater', 'peer'));
    expect(closed).to.deep.include({ ok: false, kind: 'http', status: 410 });

    const refused = await releaseThreeSixty(api, setup.tokens.facilitator);
    expect(refused).to.deep.include({ ok: false, kind: 'http', status: 409 });
    const released = await releaseThreeSixty(api, setup.tokens.facilitator, true);
    expect(released.ok).to.equal(true);

    const report = await getReport(api, setup.tokens.leader);
    expect(report.ok).to.equal(true);
    if (!report.ok || report.body.state !== 'released') throw new Error('not released');
    expect(report.body.result.used).to.equal(3);
    expect(report.body.result.rejected).to.deep.equal([]);
    expect(JSON.stringify(report.body)).to.not.match(/"answers"\s*:/);
  });
});
