// Time to save a draft after an answer: DraftStore.setAnswer (merge with the stored draft, then
// write it), median over 1,000 answers. Node, with an in-memory Storage-like stub that keeps
// strings as localStorage does; a browser's localStorage adds its own write cost.
import { performance } from 'node:perf_hooks';
import { DraftStore, memoryStorage } from '../src/core/drafts.js';
import { allItems } from '../src/core/framework.js';
import { largeFramework, realFramework } from '../data/examples/frameworks.js';
import { median, ms, row } from './util.js';

function measure(itemIds: string[], answers = 1_000): number {
  const store = new DraftStore({ assessmentId: 'bench', respondent: 'self', storage: memoryStorage() });
  const times: number[] = [];
  for (let i = 0; i < answers; i++) {
    const itemId = itemIds[i % itemIds.length];
    const start = performance.now();
    store.setAnswer(itemId, { value: (i % 5) + 1, comment: i % 3 === 0 ? `Comment ${i}` : undefined });
    times.push(performance.now() - start);
  }
  return median(times);
}

const real = allItems(realFramework).map(({ item }) => item.id);
const large = allItems(largeFramework(12, 30)).map(({ item }) => item.id);
measure(real, 200); // warm up
row('Save a draft after an answer (real framework, 27 items)', ms(measure(real)), 'median of 1,000 answers; Node, in-memory Storage stub');
row('Save a draft after an answer (large framework, 360 items)', ms(measure(large)), 'median of 1,000 answers; Node, in-memory Storage stub');
