// The project's Custom Labels as the org serves them to a component: tests read the real texts, so an English
// assertion proves what users see, and a label edited in the XML is what the next test run shows.
const { readFileSync } = require('fs');
const { join } = require('path');
const { XMLParser } = require('fast-xml-parser');

const LABELS_PATH = join(__dirname, '../../../main/default/labels/CustomLabels.labels-meta.xml');

let cached;

/** Every label as [name, text], in file order. */
function customLabels() {
  if (!cached) {
    const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'labels' });
    const xml = parser.parse(readFileSync(LABELS_PATH, 'utf8'));
    // The XML is pretty-printed: a long value wraps over indented lines, which read as single spaces.
    cached = (xml.CustomLabels?.labels ?? []).map((label) => [
      label.fullName,
      String(label.value).trim().replace(/\s+/g, ' ')
    ]);
    if (cached.length === 0) {
      throw new Error(`no Custom Labels found in ${LABELS_PATH}`);
    }
  }
  return cached;
}

module.exports = { LABELS_PATH, customLabels };
