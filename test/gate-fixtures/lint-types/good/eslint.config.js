// Lints the fixture with the project's own rules.
module.exports = require('../../../../eslint.config.js');
