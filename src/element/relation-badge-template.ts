import { html } from 'lit';
import type { Relation } from '../sdk/schemas.js';
import { optionalMessage } from './message-key.js';
import type { Messages } from './messages.js';

/**
 * A relation badge: always text and colour. A type with a `…RelationLabel` (EMI, inclusion, pedagogy) is worded and
 * coloured; any other shows its raw label on a neutral badge.
 */
export const relationBadgeTemplate = ({ type }: Relation, messages: Messages) => {
  const label = optionalMessage(messages, `${type}RelationLabel`);
  return html`<span part="badge" data-relation=${label ? type : 'other'} dir="auto">${label || type}</span>`;
};
