// The strict-CSP page: no inline script or style, Trusted Types enforced with Lit's policy only.
import { demoVideos } from '../data/index.js';
import { useDemoApi } from '../api/demo-api.js';
import '../../src/define.js';

const video = demoVideos.find(({ relation }) => relation.type === 'emi')?.video.id ?? demoVideos[0]!.video.id;
document.querySelector('#csp-reco')!.setAttribute('video', video);
useDemoApi();
