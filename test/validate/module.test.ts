import { rows } from './cases/module.ts';
import { checkTable } from './table.ts';

checkTable('validate: module', rows);
