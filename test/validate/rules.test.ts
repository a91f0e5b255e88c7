import { rows } from './cases/rules.ts';
import { checkTable } from './table.ts';

checkTable('validate: rules', rows);
