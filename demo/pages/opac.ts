// An OPAC record page: a click-to-load player facade, and <cocktail-reco for="player"> following it.
import { demoVideos } from '../data/index.js';
import { useDemoApi } from '../api/demo-api.js';
import './youtube-facade.js';
import '../../src/define.js';
import { demoVideoId } from './demo-video-id.js';

useDemoApi();

const player = document.querySelector('#player')!;
const picker = document.querySelector<HTMLSelectElement>('#video-picker')!;
for (const { video } of demoVideos) picker.add(new Option(video.title, video.id));
const show = (id: string) => {
  const title = demoVideos.find(({ video }) => video.id === id)?.video.title ?? '';
  player.setAttribute('playlabel', title);
  player.setAttribute('videoid', id);
};
const start = demoVideoId(({ video }) => video.title.includes('Révolution'));
picker.value = start;
show(start);
picker.addEventListener('change', () => show(picker.value));
