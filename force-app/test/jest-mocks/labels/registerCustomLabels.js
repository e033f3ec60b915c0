// Jest setup: `import x from '@salesforce/label/c.X'` gives label X's real text. The LWC jest transformer
// turns such an import into a require that falls back to the string "c.X"; registering every label from the
// XML as a module makes the require succeed with the text instead.
const { customLabels } = require('./customLabels');

for (const [name, text] of customLabels()) {
  jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: text }), { virtual: true });
}
