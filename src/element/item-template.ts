import { html, nothing } from 'lit';
import type { Availability, EventInfo, RecommendationItem, Relation } from '../sdk/schemas.js';
import { fill, type Messages } from './messages.js';
import { relationBadgeTemplate } from './relation-badge-template.js';
import type { RenderContext } from './render-context.js';
import { safeUrl } from './safe-url.js';
import { whyTemplate } from './why-template.js';

const AVAILABILITY_KEYS = {
  available: 'availableLabel',
  'on-loan': 'onLoanLabel',
  reserved: 'reservedLabel',
  online: 'onlineLabel',
  unavailable: 'unavailableLabel',
} as const;

function availabilityText(availability: Availability, messages: Messages): string | undefined {
  const key = availability.status === 'unknown' ? undefined : AVAILABILITY_KEYS[availability.status];
  return key ? messages[key] : availability.label;
}

/** An ISO date in the element's language; an unreadable date is shown as sent. */
function dateText(value: string, locale: string): string {
  const date = new Date(value);
  if (isNaN(+date)) return value;
  const withTime = value.includes('T');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) }).format(date);
}

function eventParts(event: EventInfo, { messages, locale }: RenderContext): (string | undefined)[] {
  const distance = event.distanceKm === undefined ? undefined : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(event.distanceKm);
  return [
    dateText(event.startsAt, locale),
    event.venue,
    distance && fill(messages.distanceLabel, { distance }),
    event.price === '0' ? messages.freeLabel : event.price,
  ];
}

/** The handler the element gives for an activated item link (dispatches the cancelable select event). */
export type SelectHandler = (item: RecommendationItem, event: Event) => void;

/** One ranked item: cover, title as the single link, facts, its own relation badge when it differs, "Pourquoi ?". */
export const itemTemplate = (
  item: RecommendationItem,
  videoRelation: Relation,
  context: RenderContext,
  onSelect: SelectHandler,
) => {
  const { messages } = context;
  const url = safeUrl(item.url);
  const cover = safeUrl(item.coverUrl);
  const facts = [
    item.authors.join(', '),
    item.year?.toString(),
    messages[`${item.type}TypeLabel`],
    item.source.name,
    ...(item.event ? eventParts(item.event, context) : [item.availability && availabilityText(item.availability, messages)]),
  ].filter(Boolean);
  const ownRelation = context.badges && item.relation && item.relation.type !== videoRelation.type ? item.relation : undefined;
  return html`<li part="item">
    ${cover
      ? html`<img part="item-cover" src=${cover} alt="" loading="lazy" referrerpolicy="no-referrer"
          @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
      : nothing}
    <div>
      <h3 part="item-title" dir="auto">
        ${url ? html`<a href=${url} @click=${(e: Event) => onSelect(item, e)}>${item.title}</a>` : item.title}
      </h3>
      ${item.subtitle ? html`<p dir="auto">${item.subtitle}</p>` : nothing}
      <p part="item-meta" class="meta" dir="auto">${facts.join(' · ')}</p>
      ${ownRelation ? html`<p>${relationBadgeTemplate(ownRelation, messages)}</p>` : nothing}
      ${context.explanations ? whyTemplate(item.why, messages) : nothing}
    </div>
  </li>`;
};
