import { css } from 'lit';

/**
 * Each public `--cocktail-reco-*` property is read once, on `:host`, into a private `--_*` one. Defaults are
 * `light-dark()` pairs: `theme` only sets `color-scheme` (`auto`: the reader's preference). Text colours reach 4.5:1
 * and badges 3:1 on their surface, light and dark.
 */
export const styles = css`
  :host {
    color-scheme: light;
    --_accent: var(--cocktail-reco-accent, light-dark(#0b57a4, #8ec5ff));
    --_surface: var(--cocktail-reco-surface, light-dark(#fff, #1c1c1e));
    --_text: var(--cocktail-reco-text, light-dark(#1f1f1f, #f2f2f2));
    --_muted: var(--cocktail-reco-muted, light-dark(#595959, #b8b8b8));
    --_border: var(--cocktail-reco-border, light-dark(#c8c8c8, #4a4a4a));
    --_focus: var(--cocktail-reco-focus, var(--_accent));
    --_radius: var(--cocktail-reco-radius, 0.5rem);
    --_gap: var(--cocktail-reco-gap, 1rem);
    --_font-family: var(--cocktail-reco-font-family, inherit);
    --_emi: var(--cocktail-reco-emi, light-dark(#a8321b, #ffa28f));
    --_inclusion: var(--cocktail-reco-inclusion, light-dark(#6a3d9a, #cfb0f5));
    --_pedagogy: var(--cocktail-reco-pedagogy, light-dark(#1d6b3c, #86d6a3));
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    line-height: 1.4;
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='auto']) { color-scheme: light dark; }
  * { box-sizing: border-box; }
  .base {
    position: relative; display: grid; gap: var(--_gap); padding: var(--_gap);
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
    /* Inherited by every text: an unbroken word from the API (subtitle, badge, reason) never widens the column. */
    overflow-wrap: anywhere;
  }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  h2 { margin: 0; font-size: 1.25em; flex: 1 1 auto; }
  h3 { margin: 0; font-size: 1em; }
  p, ol, ul { margin: 0; }
  .reason { flex-basis: 100%; color: var(--_muted); }
  .badge {
    display: inline-block; padding: 0.1em 0.6em; border-radius: 1em; border: 1px solid transparent;
    background: var(--_muted); color: var(--_surface); font-size: 0.85em; font-weight: 600;
  }
  .badge[data-relation='emi'] { background: var(--_emi); }
  .badge[data-relation='inclusion'] { background: var(--_inclusion); }
  .badge[data-relation='pedagogy'] { background: var(--_pedagogy); }
  .form { display: grid; gap: 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  input { flex: 1 1 12rem; min-width: 0; }
  input, button { font: inherit; padding: 0.4em 0.6em; border-radius: var(--_radius); }
  input { color: var(--_text); background: var(--_surface); border: 1px solid var(--_muted); }
  button { color: var(--_surface); background: var(--_accent); border: 1px solid var(--_accent); cursor: pointer; }
  [aria-invalid='true'] { border-color: var(--_emi); border-width: 2px; }
  .field-error { color: var(--_text); font-weight: 600; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .status-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  .quiet { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .list { list-style: none; padding: 0; display: grid; gap: var(--_gap); }
  .item { display: flex; gap: 0.75rem; align-items: flex-start; min-width: 0; }
  .item > div { flex: 1; display: grid; align-content: start; gap: 0.25rem; min-width: 0; }
  footer { display: contents; }
  .title, .meta, .why { overflow-wrap: anywhere; }
  .cover { flex: none; width: 4.5rem; height: auto; border-radius: calc(var(--_radius) / 2); }
  a { color: var(--_accent); }
  .meta { color: var(--_muted); font-size: 0.9em; }
  .why summary { cursor: pointer; color: var(--_accent); width: fit-content; }
  .why ul { padding-inline-start: 1.25rem; }
  :host([layout='grid']) .list { grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); }
  :host([layout='grid']) .item { flex-direction: column; }
  :host([layout='compact']) .list { gap: 0.5rem; }
  :host([layout='compact']) .cover { display: none; }
  .results { min-height: 6rem; }
  .skeleton { display: grid; gap: var(--_gap); }
  .skeleton i {
    display: block; height: 4rem; border-radius: var(--_radius);
    background: light-dark(#ececec, #2e2e30); animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse { to { opacity: 0.4; } }
  @media (prefers-reduced-motion: reduce) { .skeleton i { animation: none; } }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    :focus-visible { outline-color: Highlight; }
  }
  [hidden] { display: none !important; }
`;
