'use strict';
// Stands in for gray-matter's lib/engines.js in the extension's bundles (see wxt.config.ts):
// the same YAML and JSON engines, without the JavaScript engine and its `eval`, so that no
// code able to run a string ships in Vigie. lib/postings/safe-matter.ts refuses `---js` anyway.
const yaml = require('js-yaml');

exports.yaml = {
  parse: yaml.safeLoad.bind(yaml),
  stringify: yaml.safeDump.bind(yaml),
};

exports.json = {
  parse: JSON.parse.bind(JSON),
  stringify(obj, options) {
    const opts = Object.assign({ replacer: null, space: 2 }, options);
    return JSON.stringify(obj, opts.replacer, opts.space);
  },
};
