import { rows } from './cases/structure.ts';
import { checkTable } from './table.ts';

checkTable('validate: structure', rows);
