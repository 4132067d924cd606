import '../../src/components/framework/index.js';
import '../../src/components/report/index.js';
import { bindToken, linkWithToken } from './token.js';

bindToken('lpc-report');
linkWithToken('plan-link');
