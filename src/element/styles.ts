import { css } from 'lit';

/**
 * Each public `--cocktail-reco-*` property is read once, on `:host`, into a private `--_*` one. Defaults are
 * `light-dark()` pairs: `theme` only sets `color-scheme` (`auto`: the reader's preference). Text colours reach 4.5:1
 * and badges 3:1 on their surface, light and dark. Written compact, one rule a line: the text ships as written.
 * `section` carries `overflow-wrap: anywhere`, inherited by every text: an unbroken word from the API never widens
 * the column.
 */
export const styles = css`
:host{
color-scheme:light;
--_accent:var(--cocktail-reco-accent,light-dark(#0b57a4,#8ec5ff));
--_surface:var(--cocktail-reco-surface,light-dark(#fff,#1c1c1e));
--_text:var(--cocktail-reco-text,light-dark(#1f1f1f,#f2f2f2));
--_muted:var(--cocktail-reco-muted,light-dark(#595959,#b8b8b8));
--_border:var(--cocktail-reco-border,light-dark(#c8c8c8,#4a4a4a));
--_focus:var(--cocktail-reco-focus,var(--_accent));
--_radius:var(--cocktail-reco-radius,.5rem);
--_gap:var(--cocktail-reco-gap,1rem);
--_font-family:var(--cocktail-reco-font-family,inherit);
--_emi:var(--cocktail-reco-emi,light-dark(#a8321b,#ffa28f));
--_inclusion:var(--cocktail-reco-inclusion,light-dark(#6a3d9a,#cfb0f5));
--_pedagogy:var(--cocktail-reco-pedagogy,light-dark(#1d6b3c,#86d6a3));
display:block;color:var(--_text);font-family:var(--_font-family);line-height:1.4;
}
:host([theme=dark]){color-scheme:dark}
:host([theme=auto]){color-scheme:light dark}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
section,ol,.skeleton{display:grid;gap:var(--_gap)}
section{position:relative;padding:var(--_gap);background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);overflow-wrap:anywhere}
header,.row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
h2,h3,p,ol,ul{margin:0}
h2{font-size:1.25em;flex:auto}
h3{font-size:1em}
.reason{flex-basis:100%;color:var(--_muted)}
[data-relation]{display:inline-block;padding:.1em .6em;border-radius:1em;border:1px solid transparent;background:var(--_muted);color:var(--_surface);font-size:.85em;font-weight:600}
[data-relation=emi]{background:var(--_emi)}
[data-relation=inclusion]{background:var(--_inclusion)}
[data-relation=pedagogy]{background:var(--_pedagogy)}
form{display:grid;gap:.25rem}
input,button{font:inherit;padding:.4em .6em;border-radius:var(--_radius);border:1px solid var(--_muted);color:var(--_text);background:var(--_surface)}
input{flex:1 1 12rem;min-width:0}
button{color:var(--_surface);background:var(--_accent);border-color:var(--_accent);cursor:pointer}
[aria-invalid=true]{border:2px solid var(--_emi)}
#video-error{font-weight:600}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.quiet{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
ol{list-style:none;padding:0}
ol>li{display:flex;gap:.75rem;align-items:start;min-width:0}
li>div{flex:1;display:grid;align-content:start;gap:.25rem;min-width:0}
footer{display:contents}
img{flex:none;width:4.5rem;border-radius:calc(var(--_radius)/2)}
a,summary{color:var(--_accent)}
.meta{color:var(--_muted);font-size:.9em}
summary{cursor:pointer;width:fit-content}
ul{padding-inline-start:1.25rem}
:host([layout=grid]) ol{grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr))}
:host([layout=grid]) li{flex-direction:column}
:host([layout=compact]) ol{gap:.5rem}
:host([layout=compact]) img{display:none}
.results{min-height:6rem}
.skeleton i{height:4rem;border-radius:var(--_radius);background:light-dark(#ececec,#2e2e30);animation:pulse 1.2s ease-in-out infinite alternate}
@keyframes pulse{to{opacity:.4}}
@media (prefers-reduced-motion:reduce){.skeleton i{animation:none}}
@media (forced-colors:active){[data-relation]{border-color:CanvasText}:focus-visible{outline-color:Highlight}}
`;
