// Validates every element template under processes/.camunda/element-templates against the
// Camunda 7 element-templates JSON schema (run by .ci/run).
const fs = require('fs');
const path = require('path');
const { validate } = require('@bpmn-io/element-templates-validator');

const dir = path.join(__dirname, '..', 'processes', '.camunda', 'element-templates');
const files = fs.readdirSync(dir).filter(f => f.endsWith('.json'));
let failed = 0;
for (const file of files) {
  const template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const { errors } = validate(template);
  if (errors && errors.length) {
    failed++;
    console.error(`${file}:`);
    errors.forEach(e => console.error(`  ${e.dataPointer || ''} ${e.message}`));
  }
}
if (files.length === 0) {
  console.error('no element templates found');
  process.exit(1);
}
console.log(`${files.length - failed}/${files.length} element templates valid`);
process.exit(failed ? 1 : 0);
