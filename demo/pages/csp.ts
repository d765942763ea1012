// The strict-CSP page: no inline script or style, Trusted Types enforced with Lit's policy only.
import { useDemoApi } from '../api/demo-api.js';
import '../../src/define.js';
import { demoVideoId } from './demo-video-id.js';

const video = demoVideoId(({ relation }) => relation.type === 'emi');
document.querySelector('#csp-reco')!.setAttribute('video', video);
useDemoApi();
