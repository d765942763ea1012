/**
 * Loaded first on the CSP test page: records every `securitypolicyviolation` the page reports, so the test can
 * assert that the element caused none.
 */
export interface ViolationRecord {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
}

declare global {
  interface Window {
    cspViolations: ViolationRecord[];
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    sourceFile: event.sourceFile,
  });
});
