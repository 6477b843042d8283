'use strict';
// Stands in for js-yaml's `!!js/function` type in the extension's bundles (see wxt.config.ts):
// the original compiles YAML text with `new Function`. Vigie only ever uses the safe schema,
// which never resolves this tag; this copy keeps the full schema loadable without the code.
const Type = require('js-yaml/lib/js-yaml/type');

module.exports = new Type('tag:yaml.org,2002:js/function', {
  kind: 'scalar',
  resolve: () => false,
  construct: () => {
    throw new Error('YAML functions are never evaluated');
  },
});
