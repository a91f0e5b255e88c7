import { rows } from './cases/keys.ts';
import { checkTable } from './table.ts';

checkTable('validate: unknown properties', rows);
