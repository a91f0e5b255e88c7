import { rows } from './cases/clients.ts';
import { checkTable } from './table.ts';

checkTable('validate: clients (VIP priority, geography)', rows);
