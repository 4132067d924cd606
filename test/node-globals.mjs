// Lets the shared core tests (written for Mocha's globals in the browser) run under node:test.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
