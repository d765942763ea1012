import { html } from 'lit';
import type { Relation } from '../sdk/schemas.js';
import type { Messages } from './messages.js';

const KNOWN = ['emi', 'inclusion', 'pedagogy'] as const;
type KnownRelation = (typeof KNOWN)[number];
const isKnown = (type: string): type is KnownRelation => (KNOWN as readonly string[]).includes(type);

/** A relation badge: always text and colour; an unknown type shows its raw label on a neutral badge. */
export const relationBadgeTemplate = (relation: Relation, messages: Messages) => {
  const known = isKnown(relation.type) ? relation.type : undefined;
  return html`<span part="badge" data-relation=${known ?? 'other'} dir="auto"
    >${known ? messages[`${known}RelationLabel`] : relation.type}</span
  >`;
};
