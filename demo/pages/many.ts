// 50 widgets for 5 distinct videos share one client: the counter shows one API request per video.
import { demoVideos } from '../data/index.js';
import { DEMO_LIBRARY, demoApiRequests, useDemoApi } from '../api/demo-api.js';
import '../../src/define.js';

const counter = document.querySelector('#request-count')!;
addEventListener('demo-api-request', () => (counter.textContent = String(demoApiRequests())));

const videos = demoVideos.slice(0, 5).map(({ video }) => video.id);
const container = document.querySelector('#many')!;
for (let i = 0; i < 50; i++) {
  const reco = document.createElement('cocktail-reco');
  reco.setAttribute('library', DEMO_LIBRARY);
  reco.setAttribute('video', videos[i % videos.length]!);
  reco.setAttribute('limit', '3');
  reco.setAttribute('layout', 'compact');
  reco.setAttribute('no-explanations', '');
  reco.setAttribute('heading', `Widget ${i + 1}`);
  container.append(reco);
}
useDemoApi(container);
