// `npm run manifest` writes custom-elements.json from the element's JSDoc (@attr, @prop, @fires, @csspart,
// @cssprop, @slot). The element registers itself through `CocktailReco.define()`, which the analyzer cannot see,
// so a small plugin names the tag and keeps only the public API (no internal state, no unnamed events).
const TAG = 'cocktail-reco';

function publicApiOnly() {
  return {
    name: 'cocktail-reco-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((d) => d.kind === 'class');
        for (const declaration of module.declarations) {
          if (declaration.name !== 'CocktailReco') continue;
          declaration.tagName = TAG;
          declaration.customElement = true;
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name));
          declaration.attributes = (declaration.attributes ?? [])
            .filter((a) => a.name === 'lang' || !hidden.has(a.fieldName))
            .map((a) => (hidden.has(a.fieldName) ? { ...a, fieldName: undefined } : a));
          declaration.events = (declaration.events ?? []).filter((e) => e.name);
        }
        module.exports = (module.exports ?? []).filter((e) => module.declarations.some((d) => d.name === e.name));
        if (module.declarations.some((d) => d.tagName === TAG)) {
          module.exports.push({ kind: 'custom-element-definition', name: TAG, declaration: { name: 'CocktailReco', module: module.path } });
        }
      }
    },
  };
}

export default {
  globs: ['src/element/cocktail-reco.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
