import { html, nothing } from 'lit';
import type { Evidence } from '../sdk/schemas.js';
import { optionalMessage } from './message-key.js';
import { fill, type Messages } from './messages.js';

/**
 * One piece of evidence in words: "Auteur cité dans la vidéo : …", "Sujet : …". A facet is worded by its
 * `…EvidenceLabel`; the people who wrote the document get their own words; a facet we have no words for is a clue.
 */
export function evidenceText({ facet, field, value }: Evidence, messages: Messages): string {
  const key = facet === 'people' && field === 'author' ? 'author' : facet;
  return fill(optionalMessage(messages, `${key}EvidenceLabel`) ?? messages.otherEvidenceLabel, { value });
}

/** The "Pourquoi ?" disclosure: the item's evidence, strongest first, as the API sent it. */
export const whyTemplate = (why: Evidence[], messages: Messages) =>
  why.length
    ? html`<details part="why"><summary>${messages.whyLabel}</summary><ul>${why.map(
        (evidence) => html`<li dir="auto">${evidenceText(evidence, messages)}</li>`,
      )}</ul></details>`
    : nothing;
