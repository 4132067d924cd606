/** `GET /cohort/report` (docs/collector-api.md), through the browser's one collector client. */
import { collectorRequest, type CollectorResult } from '../../client/request.js';
import type { CohortResult } from '../../core/cohort.js';

export interface CohortAnswer {
  cohort: { id: string; name: string; minimumLeaders: number };
  report: CohortResult;
}

export function getCohortReport(collector: string, token: string): Promise<CollectorResult<CohortAnswer>> {
  return collectorRequest<CohortAnswer>(collector, '/cohort/report', { token });
}
