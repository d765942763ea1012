// `npm run manifest` writes custom-elements.json from the element's JSDoc (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/element/cocktail-reco.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
