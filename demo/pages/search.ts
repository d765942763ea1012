// "Search by YouTube link": the form of <cocktail-reco>, the demo videos' links to try, and a shareable address.
import { demoVideos } from '../data/index.js';
import { useDemoApi } from '../api/demo-api.js';
import '../../src/define.js';

useDemoApi();

// The same videos written in the link forms people paste, to show that each works.
const linkForms = [
  (id: string) => `https://www.youtube.com/watch?v=${id}`,
  (id: string) => `https://youtu.be/${id}?t=42`,
  (id: string) => `https://m.youtube.com/watch?feature=share&v=${id}`,
  (id: string) => `https://www.youtube.com/shorts/${id}`,
  (id: string) => `youtube.com/embed/${id}`,
];

const reco = document.querySelector('cocktail-reco')!;
const list = document.querySelector('#demo-videos')!;
demoVideos.forEach(({ video, relation }, index) => {
  const link = linkForms[index % linkForms.length]!(video.id);
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = video.title;
  const code = document.createElement('code');
  code.textContent = link;
  const tryIt = document.createElement('button');
  tryIt.type = 'button';
  tryIt.textContent = 'Essayer ce lien';
  tryIt.addEventListener('click', () => {
    reco.search(link);
    reco.scrollIntoView({ block: 'start' });
  });
  item.append(title, ` (${relation.type}) `, document.createElement('br'), code, tryIt);
  list.append(item);
});

// Keep the address shareable: the host page owns it, the widget tells it which video is shown…
reco.addEventListener('cocktail-reco-video-change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('v', event.detail.video);
  history.replaceState(null, '', url);
});
// … and a shared address shows that video again.
const shared = new URLSearchParams(location.search).get('v');
if (shared) reco.search(shared);
