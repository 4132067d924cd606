import '../../src/components/framework/index.js';
import '../../src/components/report/index.js';
import { bindToken } from './token.js';

bindToken('lpc-report');
