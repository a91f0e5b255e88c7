import { rows } from './cases/uniqueness.ts';
import { checkTable } from './table.ts';

checkTable('validate: uniqueness', rows);
