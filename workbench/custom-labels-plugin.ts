// Serves `import text from '@salesforce/label/c.X'` as the org does for a user who reads English: label X's
// text, read from the project's CustomLabels file. A label the file lacks fails the build, as a deploy would.
import type { Plugin } from 'rollup';
import { LABELS_PATH, loadCustomLabels, type CustomLabels } from './salesforce-metadata.ts';

const LABEL_IMPORT = /^@salesforce\/label\/c\.([A-Za-z]\w*)$/;
// The \0 prefix keeps other plugins (the LWC compiler, node-resolve) away from these generated modules.
const LABEL_MODULE_PREFIX = '\0custom-label:';

export function customLabelsPlugin(labelsPath = LABELS_PATH): Plugin {
  let labels: CustomLabels;
  return {
    name: 'dynamo-custom-labels',
    buildStart() {
      labels = loadCustomLabels(labelsPath);
      this.addWatchFile(labelsPath);
    },
    resolveId(source) {
      const name = LABEL_IMPORT.exec(source)?.[1];
      return name ? `${LABEL_MODULE_PREFIX}${name}` : null;
    },
    load(id) {
      if (!id.startsWith(LABEL_MODULE_PREFIX)) return null;
      return `export default ${JSON.stringify(labels.text(id.slice(LABEL_MODULE_PREFIX.length)))};`;
    }
  };
}
