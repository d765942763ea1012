import { html, nothing } from 'lit';
import type { RecommendationItem, Relation } from '../sdk/schemas.js';
import { longDate } from './long-date.js';
import { camelCase, optionalMessage } from './message-key.js';
import { fill } from './messages.js';
import { relationBadgeTemplate } from './relation-badge-template.js';
import type { RenderContext } from './render-context.js';
import { safeUrl } from './safe-url.js';
import { whyTemplate } from './why-template.js';

/** An ISO date (with a time when it has one) in the element's language; an unreadable date is shown as sent. */
function dateText(value: string, locale: string): string {
  const date = new Date(value);
  return isNaN(+date) ? value : longDate(date, locale, value.includes('T'));
}

/** The handler the element gives for an activated item link (dispatches the cancelable select event). */
export type SelectHandler = (item: RecommendationItem, event: Event) => void;

/** One ranked item: cover, title as the single link, facts, its own relation badge when it differs, "Pourquoi ?". */
export const itemTemplate = (item: RecommendationItem, videoRelation: Relation, context: RenderContext, onSelect: SelectHandler) => {
  const { messages, locale } = context;
  const { event, availability, relation } = item;
  const url = safeUrl(item.url);
  const cover = safeUrl(item.coverUrl);
  const facts = [
    item.authors.join(', '),
    item.year,
    messages[`${item.type}TypeLabel`],
    item.source.name,
    ...(event
      ? [
          dateText(event.startsAt, locale),
          event.venue,
          event.distanceKm !== undefined &&
            fill(messages.distanceLabel, { distance: event.distanceKm.toLocaleString(locale, { maximumFractionDigits: 1 }) }),
          event.price === '0' ? messages.freeLabel : event.price,
        ]
      : // `unknown` has no words of ours: the library's own label, if any.
        [availability && (optionalMessage(messages, `${camelCase(availability.status)}Label`) ?? availability.label)]),
  ].filter(Boolean);
  // Flex and grid containers: whitespace between blocks is never rendered, so the template ships unindented.
  return html`<li part="item">
${cover
  ? html`<img part="item-cover" src=${cover} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)}>`
  : nothing}
<div>
<h3 part="item-title" dir="auto">${url ? html`<a href=${url} @click=${(e: Event) => onSelect(item, e)}>${item.title}</a>` : item.title}</h3>
${item.subtitle ? html`<p dir="auto">${item.subtitle}</p>` : nothing}
<p part="item-meta" class="meta" dir="auto">${facts.join(' · ')}</p>
${context.badges && relation && relation.type !== videoRelation.type ? html`<p>${relationBadgeTemplate(relation, messages)}</p>` : nothing}
${context.explanations ? whyTemplate(item.why, messages) : nothing}
</div>
</li>`;
};
