import { defineElement } from '../../define.js';
import { LpcBehaviourCard } from './behaviour-card.js';

export { LpcBehaviourCard };
defineElement('lpc-behaviour-card', LpcBehaviourCard);
