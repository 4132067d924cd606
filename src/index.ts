// The embed entry: every element, defined once. Each element also has its own entry point
// (src/components/<name>/index.ts), so a page that needs one element loads only that one.
export * from './core/index.js';
export { frameworkContext } from './context.js';
export * from './components/framework/index.js';
export * from './components/rating/index.js';
export * from './components/radar-chart/index.js';
export * from './components/assessment/index.js';
export * from './components/gap-chart/index.js';
export * from './components/report/index.js';
export * from './components/theme-wheel/index.js';
export * from './components/behaviour-card/index.js';
export * from './components/360-setup/index.js';
export * from './components/360-progress/index.js';
export * from './components/development-plan/index.js';
export * from './components/programme-map/index.js';
export * from './components/framework-sheet/index.js';
export * from './components/cohort-report/index.js';
