import { rows } from './cases/companies.ts';
import { checkTable } from './table.ts';

checkTable('validate: companies', rows);
