/**
 * The development plan's routes on the collector (docs/collector-api.md): `GET /plan`, `PUT /plan`,
 * `POST /plan/share`. Through the browser's one collector client (`src/client/request.ts`).
 */
import { collectorRequest, type CollectorResult } from '../../client/request.js';
import type { DevelopmentPlan } from '../../core/types.js';

/** What the collector says about a leader's plan. */
export interface StoredPlan {
  /** `null` until the leader first saves one. */
  plan: DevelopmentPlan | null;
  /** Whether the leader has shared it with the facilitator. */
  shared: boolean;
  /** ISO 8601 date-time of the last save; `null` when never saved. */
  savedAt: string | null;
}

export function getPlan(collector: string, token: string): Promise<CollectorResult<StoredPlan>> {
  return collectorRequest<StoredPlan>(collector, '/plan', { token });
}

export function putPlan(collector: string, token: string, plan: DevelopmentPlan): Promise<CollectorResult<StoredPlan>> {
  return collectorRequest<StoredPlan>(collector, '/plan', { token, method: 'PUT', body: plan });
}

export function sharePlan(collector: string, token: string, shared: boolean): Promise<CollectorResult<StoredPlan>> {
  return collectorRequest<StoredPlan>(collector, '/plan/share', { token, method: 'POST', body: { shared } });
}
