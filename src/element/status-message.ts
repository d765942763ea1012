import { fill, plural } from './messages.js';
import type { RenderContext } from './render-context.js';
import type { FailureKind, RecoState } from './state.js';

const FAILURE_KEYS = {
  network: 'networkErrorMessage',
  timeout: 'timeoutErrorMessage',
  http: 'httpErrorMessage',
  'not-analyzed': 'notAnalyzedErrorMessage',
  'library-unknown': 'libraryUnknownErrorMessage',
  validation: 'validationErrorMessage',
  pending: 'pendingErrorMessage',
  'invalid-video': 'invalidVideoErrorMessage',
  unknown: 'unknownErrorMessage',
} as const satisfies Record<FailureKind, string>;

/** The plain sentence the `role="status"` region says for a state. */
export function statusMessage(state: RecoState, { messages, locale }: RenderContext, idle: string): string {
  switch (state.kind) {
    case 'idle':
      return idle;
    case 'loading':
      return messages.loadingMessage;
    case 'stalled':
      return messages.stalledMessage;
    case 'pending':
      return messages.pendingMessage;
    case 'ready':
    case 'empty':
      return plural(messages.resultsMessage, state.list.items.length, locale);
    case 'error':
      return fill(messages[FAILURE_KEYS[state.failure]], { status: state.status ?? '' });
    case 'quota': {
      const { resetsAt } = state;
      const when = resetsAt && new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(resetsAt);
      return when ? `${messages.quotaMessage} ${fill(messages.quotaResetMessage, { date: when })}` : messages.quotaMessage;
    }
  }
}
