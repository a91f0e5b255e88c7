/**
 * What each contract call costs the portal: a database (or managed-cache) read, a write, or neither
 * (in-memory work: accessors, constants, objects, caches Bitrix keeps per hit). The bench counts portal
 * I/O per routed dialog with it; a test keeps it complete over the contract's callables.
 */
export const READS: ReadonlySet<string> = new Set([
  'Bitrix\\Main\\UserTable::getList',
  'Bitrix\\ImOpenLines\\Im::userIsOnline', // a query, or the managed cache for 60 s
  'Bitrix\\Intranet\\UserAbsence::isAbsentOnVacation',
  'CTimeManUser::State',
  'CTimeManUser::GetSettings',
  'CIntranetUtils::GetStructureWithoutEmployees', // cached structure, a query on a cold cache
  'Bitrix\\ImOpenLines\\Model\\QueueTable::getList',
  'Bitrix\\ImOpenLines\\Model\\SessionTable::getList',
  'Bitrix\\Im\\Model\\RelationTable::getList',
  'Bitrix\\Im\\Model\\RecentTable::getList',
  'Bitrix\\ImOpenLines\\Model\\ConfigTable::getById',
  'Bitrix\\ImOpenLines\\Model\\ConfigTable::getList',
  'Bitrix\\ImOpenLines\\Chat::getData',
  'Bitrix\\ImOpenLines\\Chat::getFieldData',
  'Bitrix\\ImOpenLines\\Crm\\Common::getActivityBindings',
  'Bitrix\\ImOpenLines\\Crm\\Common::getChatsByCrmEntity',
  'CBPHelper::ExtractUsers', // `user_<id>` in memory; a document field or a group is a read
  'Bitrix\\ImOpenLines\\Session::getConfig',
  'Bitrix\\Crm\\Service\\Factory::getItems',
  'Bitrix\\Crm\\Service\\Factory::getItem',
  'Bitrix\\Crm\\Binding\\DealContactTable::getContactDealIDs',
  'Bitrix\\Crm\\Binding\\DealContactTable::getDealsContactIds',
  'Bitrix\\Crm\\Binding\\DealContactTable::getList',
  'Bitrix\\Main\\ORM\\Data\\DataManager::getList',
  'Bitrix\\Main\\DB\\Connection::isTableExists',
  'CMain::GetGroupRight',
]);

export const WRITES: ReadonlySet<string> = new Set([
  'Bitrix\\Main\\ModuleManager::registerModule',
  'Bitrix\\Main\\ModuleManager::unRegisterModule',
  'Bitrix\\Main\\EventManager::registerEventHandler',
  'Bitrix\\Main\\EventManager::unRegisterEventHandler',
  'CAgent::AddAgent',
  'CAgent::RemoveModuleAgents',
  'CAgent::RemoveAgent',
  'Bitrix\\Main\\Config\\Option::set',
  'Bitrix\\Main\\Config\\Option::delete',
  'CEventLog::Add',
  'Bitrix\\ImOpenLines\\Chat::transfer',
  'Bitrix\\ImOpenLines\\Queue::returnSessionToQueue',
  'Bitrix\\ImOpenLines\\Chat::join',
  'Bitrix\\ImOpenLines\\Im::addMessage',
  'CIMNotify::Add',
  'Bitrix\\Crm\\Service\\Operation::launch',
  'Bitrix\\ImOpenLines\\Chat::setCrmFlag',
  'Bitrix\\ImOpenLines\\Crm\\Common::addActivityBindings',
  'Bitrix\\Main\\ORM\\Data\\DataManager::add',
  'Bitrix\\Main\\ORM\\Data\\DataManager::delete',
  'Bitrix\\Main\\ORM\\Data\\DataManager::update',
  'Bitrix\\ImOpenLines\\Model\\QueueTable::update',
  'Bitrix\\Main\\ORM\\Entity::createDbTable',
  'CopyDirFiles',
  'DeleteDirFilesEx',
  'Bitrix\\Main\\DB\\Connection::dropTable',
]);

/** Contract callables that do no portal I/O of their own (Option::get reads the module's options once per hit). */
export const MEMORY: ReadonlySet<string> = new Set([
  'Bitrix\\Main\\EventManager::getInstance', 'Bitrix\\Main\\Event::getParameters', 'Bitrix\\Main\\Event::getParameter',
  'ConvertTimeStamp', 'CTimeZone::GetOffset', 'Bitrix\\Main\\Config\\Option::get',
  // reads the last entry that State() loaded into CTimeManUser::$LAST_ENTRY (timeman_user.php :611, :1317)
  'CTimeManUser::isDayOpenedToday',
  'Bitrix\\Main\\Localization\\Loc::loadMessages', 'Bitrix\\Main\\Localization\\Loc::getMessage', 'Bitrix\\Main\\Loader::includeModule',
  'CMain::GetCurPage', 'check_bitrix_sessid', 'bitrix_sessid_post', 'htmlspecialcharsbx', 'ShowError', 'LocalRedirect',
  'CAdminTabControl::Begin', 'CAdminTabControl::BeginNextTab', 'CAdminTabControl::Buttons', 'CAdminTabControl::End',
  'CAdminTabControl::ActiveTabParam', 'Bitrix\\Main\\Type\\DateTime::createFromTimestamp', 'Bitrix\\Main\\Type\\Date::getTimestamp',
  'Bitrix\\Main\\Type\\Date::add', 'Bitrix\\Main\\Result::isSuccess', 'Bitrix\\Main\\Result::getErrorMessages',
  'Bitrix\\Main\\Result::getData', 'Bitrix\\ImOpenLines\\Session::getData', 'Bitrix\\Crm\\Service\\Container::getInstance',
  'Bitrix\\Crm\\Service\\Container::getFactory', 'Bitrix\\Crm\\Item::get', 'Bitrix\\Crm\\Item::hasField', 'Bitrix\\Crm\\Item::getId',
  'Bitrix\\Crm\\Service\\Factory::createItem', 'Bitrix\\Crm\\Service\\Factory::getAddOperation',
  'Bitrix\\Crm\\Service\\Factory::getUpdateOperation', 'Bitrix\\Crm\\Service\\Operation::disableCheckAccess', 'Bitrix\\Crm\\Item::set',
  'Bitrix\\Crm\\Service\\Context::setUserId', 'Bitrix\\Main\\ORM\\Data\\DataManager::getEntity', 'Bitrix\\Main\\Application::getConnection',
  'Bitrix\\Main\\ORM\\Fields\\ScalarField::configurePrimary', 'Bitrix\\Main\\ORM\\Fields\\ScalarField::configureAutocomplete',
  'Bitrix\\Main\\ORM\\Fields\\ScalarField::configureRequired', 'Bitrix\\Main\\ORM\\Fields\\StringField::configureSize',
  'Bitrix\\Main\\ORM\\Fields\\ExpressionField::__construct',
  'CBPActivity::GetDocumentId', 'CBPActivity::SetPropertiesTypes', 'Bitrix\\Main\\ErrorCollection::setError',
]);

export type Io = 'read' | 'write' | 'memory';

/** The I/O class of a counted call; constructors (`X::__construct`) build objects in memory. */
export function ioOf(symbol: string): Io | undefined {
  if (READS.has(symbol)) return 'read';
  if (WRITES.has(symbol)) return 'write';
  if (MEMORY.has(symbol) || symbol.endsWith('::__construct')) return 'memory';
  return undefined;
}
