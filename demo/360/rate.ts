import '../../src/components/framework/index.js';
import '../../src/components/assessment/index.js';
import { bindToken } from './token.js';

bindToken('lpc-assessment');
