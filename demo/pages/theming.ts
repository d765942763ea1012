// The theming gallery: the same video in light, dark, three host brand colours and the three layouts.
import { DEMO_LIBRARY, useDemoApi } from '../api/demo-api.js';
import '../../src/define.js';
import { demoVideoId } from './demo-video-id.js';

const video = demoVideoId(({ relation }) => relation.type === 'inclusion');
const variants: { caption: string; className?: string; attributes: Record<string, string> }[] = [
  { caption: 'Clair, liste', attributes: { theme: 'light', layout: 'list' } },
  { caption: 'Sombre, liste', className: 'dark-host', attributes: { theme: 'dark', layout: 'list' } },
  { caption: 'Automatique (préférence du système)', attributes: { theme: 'auto', layout: 'list' } },
  { caption: 'Couleurs du réseau A, grille', className: 'brand-teal', attributes: { layout: 'grid' } },
  { caption: 'Couleurs du réseau B, compact', className: 'brand-plum', attributes: { layout: 'compact' } },
  { caption: 'Couleurs du réseau C, compact sans explications', className: 'brand-orange',
    attributes: { layout: 'compact', 'no-explanations': '' } },
];

const gallery = document.querySelector('#gallery')!;
for (const { caption, className, attributes } of variants) {
  const figure = document.createElement('figure');
  if (className) figure.className = className;
  const label = document.createElement('figcaption');
  label.textContent = caption;
  const reco = document.createElement('cocktail-reco');
  for (const [name, value] of Object.entries({ library: DEMO_LIBRARY, video, limit: '4', ...attributes })) reco.setAttribute(name, value);
  figure.append(label, reco);
  gallery.append(figure);
}
useDemoApi();
