import '../../src/components/framework/index.js';
import '../../src/components/development-plan/index.js';
import { bindToken, linkWithToken } from './token.js';

bindToken('lpc-development-plan');
linkWithToken('report-link');
