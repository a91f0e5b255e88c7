import { rows } from './cases/values.ts';
import { checkTable } from './table.ts';

checkTable('validate: values', rows);
