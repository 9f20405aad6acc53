// Parses a Moodle GIFT file with gift-pegjs (a reader we did not write) and prints the questions as JSON.
// Usage: node gift-parse.cjs FILE.gift
const fs = require('fs');
const { parse } = require('gift-pegjs');
try {
  const questions = parse(fs.readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(JSON.stringify(questions));
} catch (e) {
  process.stderr.write(`GIFT syntax error: ${e.message}${e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : ''}\n`);
  process.exit(1);
}
