import { createContext } from '@lit/context';
import type { Framework } from './core/types.js';

/**
 * The validated framework shared by `<lpc-framework>` with every `lpc-` element inside it.
 * `undefined` until a framework has loaded (or when it failed to load).
 */
export const frameworkContext = createContext<Framework | undefined>(Symbol.for('lpc-framework'));
