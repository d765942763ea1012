// The CMS page loads only the demo API as a module: the widget comes from the classic drop-in script.
import { demoVideos } from '../data/index.js';
import { useDemoApi } from '../api/demo-api.js';

const bastille = demoVideos.find(({ video }) => video.title.includes('Révolution')) ?? demoVideos[0]!;
document.querySelector('#cms-reco')!.setAttribute('video', `https://youtu.be/${bastille.video.id}`);
useDemoApi();
