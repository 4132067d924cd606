import '../../src/components/360-progress/index.js';
import { bindToken } from './token.js';

bindToken('lpc-360-progress');
