import { html, nothing } from 'lit';
import type { Messages } from './messages.js';

/** The "search by URL" form: a labelled field, a button, and a plain error sentence tied to the field. */
export const searchFormTemplate = (messages: Messages, query: string, invalid: boolean, onSubmit: (event: SubmitEvent) => void) =>
  // A grid and a flex row: whitespace between blocks is never rendered, so the template ships unindented.
  html`<form part="form" @submit=${onSubmit} novalidate>
<label for="video">${messages.searchLabel}</label>
<div class="row">
<input id="video" name="video" type="url" .value=${query} autocomplete="off" spellcheck="false" dir="auto" aria-invalid=${invalid} aria-describedby=${invalid ? 'video-error' : nothing}>
<button type="submit">${messages.searchButtonLabel}</button>
</div>
<p id="video-error" role="alert" ?hidden=${!invalid}>${invalid ? messages.invalidVideoMessage : ''}</p>
</form>`;
