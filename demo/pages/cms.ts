// The CMS page loads only the demo API as a module: the widget comes from the classic drop-in script.
import { useDemoApi } from '../api/demo-api.js';
import { demoVideoId } from './demo-video-id.js';

const bastille = demoVideoId(({ video }) => video.title.includes('Révolution'));
document.querySelector('#cms-reco')!.setAttribute('video', `https://youtu.be/${bastille}`);
useDemoApi();
