import { rows } from './cases/references.ts';
import { checkTable } from './table.ts';

checkTable('validate: references', rows);
