import { rows } from './cases/time.ts';
import { checkTable } from './table.ts';

checkTable('validate: time', rows);
