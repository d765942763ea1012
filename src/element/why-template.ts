import { html, nothing } from 'lit';
import type { Evidence } from '../sdk/schemas.js';
import { fill, type Messages } from './messages.js';

const FACETS = ['people', 'works', 'subjects', 'places', 'dates', 'organizations', 'keywords'] as const;
type KnownFacet = (typeof FACETS)[number];

/** One piece of evidence in words: "Auteur cité dans la vidéo : …", "Sujet : …". */
export function evidenceText(evidence: Evidence, messages: Messages): string {
  const facet = (FACETS as readonly string[]).includes(evidence.facet) ? (evidence.facet as KnownFacet) : undefined;
  const template =
    facet === 'people' && evidence.field === 'author'
      ? messages.authorEvidenceLabel
      : facet ? messages[`${facet}EvidenceLabel`] : messages.otherEvidenceLabel;
  return fill(template, { value: evidence.value });
}

/** The "Pourquoi ?" disclosure: the item's evidence, strongest first, as the API sent it. */
export const whyTemplate = (why: Evidence[], messages: Messages) =>
  why.length
    ? html`<details part="why">
        <summary>${messages.whyLabel}</summary>
        <ul>
          ${why.map((evidence) => html`<li dir="auto">${evidenceText(evidence, messages)}</li>`)}
        </ul>
      </details>`
    : nothing;
