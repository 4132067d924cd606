/**
 * An example 360 for trying the collector: a leader, 1 line manager, 3 peers and 3 direct reports,
 * everyone's answers sent (some "not observed", some comments), through the real routes.
 */
import { createCollector } from './app.js';
import { exampleResponse } from './example.js';
import type { Store } from './store/types.js';
import type { Framework } from '../core/types.js';

export interface SeededExample {
  id: string;
  leaderName: string;
  closesOn: string;
  tokens: { facilitator: string; leader: string; raters: Array<{ ref: string; group: string; token: string }> };
}

export async function seedExample(store: Store, framework: Framework, now = new Date()): Promise<SeededExample> {
  const app = createCollector({ store, framework, authorizeSetup: () => true, now: () => now });
  const closes = new Date(now.getTime() + 28 * 86_400_000).toISOString().slice(0, 10);
  const post = async (path: string, body: unknown, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await app.request(`/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const setup = (await post('/360s', {
    leaderName: 'Sam Jones (example)',
    closesOn: closes,
    groups: [
      { id: 'line-manager', invited: 1 },
      { id: 'peer', invited: 3 },
      { id: 'direct-report', invited: 3 },
    ],
  })) as SeededExample;
  await post('/responses', exampleResponse(framework, setup.id, { respondent: 'self' }, 0), setup.tokens.leader);
  for (const [i, link] of setup.tokens.raters.entries()) {
    await post('/responses', exampleResponse(framework, setup.id, { respondent: 'rater', relationship: link.group }, i + 1), link.token);
  }
  return setup;
}
