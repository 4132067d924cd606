import { defineElement } from '../../define.js';
import { LpcRating } from './rating.js';

export { LpcRating };
defineElement('lpc-rating', LpcRating);
