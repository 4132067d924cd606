/** Everything the progress page shows, from the collector's three facilitator routes at once. */
import { getMe, getProgress, getUnusedInvitations, type CollectorFailure } from '../../client/collector.js';
import type { Me, Progress, UnusedInvitation } from '../../client/collector-types.js';

export interface LoadedThreeSixty {
  ok: true;
  me: Me;
  progress: Progress;
  unused: UnusedInvitation[];
}

/** `GET /me`, `GET /progress` and `GET /invitations/unused`; the first failure if any fails. */
export async function loadThreeSixty(collector: string, token: string): Promise<LoadedThreeSixty | CollectorFailure> {
  const [me, progress, unused] = await Promise.all([getMe(collector, token), getProgress(collector, token), getUnusedInvitations(collector, token)]);
  if (!me.ok) return me;
  if (!progress.ok) return progress;
  if (!unused.ok) return unused;
  return { ok: true, me: me.body, progress: progress.body, unused: unused.body };
}
