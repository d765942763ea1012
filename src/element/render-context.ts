import type { Messages } from './messages.js';

/** What every template needs: the strings, the language for `Intl`, and the display switches. */
export interface RenderContext {
  messages: Messages;
  locale: string;
  badges: boolean;
  explanations: boolean;
}
