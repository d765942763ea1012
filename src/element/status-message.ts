import { longDate } from './long-date.js';
import { camelCase } from './message-key.js';
import { fill, plural } from './messages.js';
import type { RenderContext } from './render-context.js';
import type { RecoState } from './state.js';

/** The plain sentence the `role="status"` region says for a state. */
export function statusMessage(state: RecoState, { messages, locale }: RenderContext, idle: string): string {
  switch (state.kind) {
    case 'idle':
      return idle;
    case 'ready':
    case 'empty':
      return plural(messages.resultsMessage, state.list.items.length, locale);
    case 'error':
      return fill(messages[`${camelCase(state.failure)}ErrorMessage`], { status: state.status ?? '' });
    case 'quota': {
      const { resetsAt } = state;
      return resetsAt ? `${messages.quotaMessage} ${fill(messages.quotaResetMessage, { date: longDate(resetsAt, locale) })}` : messages.quotaMessage;
    }
    default:
      // loading, stalled, pending, excluded
      return messages[`${state.kind}Message`];
  }
}
