/**
 * What the portal's business-process runtime knows, as far as `.bpt` checks need it: the activity
 * types it ships, the property keys of the standard ones b24route writes, the condition codes and
 * the condition operators. Facts read in bizproc source (hipot-studio/bxApiDocs @ d36a4ae81943,
 * `activities/bitrix/<type>/<type>.php`, `arProperties` in each constructor); the runtime finds an
 * activity by its lowercased `Type` (`CBPRuntime::IncludeActivityFile`).
 */

/** Activity folders of `activities/bitrix/` (lowercased `Type`), conditions excluded. */
export const STANDARD_ACTIVITIES: ReadonlySet<string> = new Set([
  'absenceactivity', 'approveactivity', 'calendar2activity', 'calendaractivity', 'codeactivity',
  'controllerremoteiblockactivity', 'createcrmcompanydocumentactivity', 'createcrmcontactdocumentactivity',
  'createcrmdealdocumentactivity', 'createcrmleaddocumentactivity', 'createdocumentactivity',
  'createlistsdocumentactivity', 'createworkgroup', 'crmaddproductrow', 'crmchangedealcategoryactivity',
  'crmchangedynamiccategoryactivity', 'crmchangerelationsactivity', 'crmchangerequisiteactivity',
  'crmchangeresponsibleactivity', 'crmchangestatusactivity', 'crmcompletetaskactivity', 'crmcontrolnotifyactivity',
  'crmconvertdocumentactivity', 'crmcopydealactivity', 'crmcopydynamicactivity', 'crmcopymoveproductrow',
  'crmcreateadsactivityfb', 'crmcreateadsactivityga', 'crmcreateadsactivityvk', 'crmcreateadsactivityya',
  'crmcreatecallactivity', 'crmcreatedynamicactivity', 'crmcreateleadcontactactivity', 'crmcreatemeetingactivity',
  'crmcreaterequestactivity', 'crmcreatereturnleadactivity', 'crmcreatetodoactivity', 'crmdealstagelistenactivity',
  'crmdeletedynamicactivity', 'crmeventaddactivity', 'crmexcludeactivity', 'crmgenerateentitydocumentactivity',
  'crmgenerateqr', 'crmgetdataentityactivity', 'crmgetdynamicinfoactivity', 'crmgetpaymentinfoactivity',
  'crmgetpaymenturlactivity', 'crmgetproductrowactivity', 'crmgetrelationsinfoactivity',
  'crmgetrequisitesinfoactivity', 'crmgotochat', 'crmgotochatwhatsapp', 'crmleadstatuslistenactivity',
  'crmorderpayactivity', 'crmremoveproductrow', 'crmresourcebooking', 'crmresourcebookingcancel',
  'crmsendemailactivity', 'crmsendsmsactivity', 'crmsendwhatsappmessageactivity', 'crmsetcompanyfield',
  'crmsetcontactfield', 'crmsetobserverfield', 'crmsetorderallowdelivery', 'crmsetordercanceled',
  'crmsetorderdeducted', 'crmsetorderpaid', 'crmsetshipmentfield', 'crmsetshipmentstatus', 'crmtimelinecommentadd',
  'crmupdatedynamicactivity', 'crmwaitactivity', 'delayactivity', 'deletedocumentactivity', 'diskaddfolderactivity',
  'diskcopymoveactivity', 'diskdetailactivity', 'diskremoveactivity', 'diskuploadactivity',
  'diskuploadversionactivity', 'emptyblockactivity', 'eventdrivenactivity', 'fixresultactivity', 'foreachactivity',
  'forumreviewactivity', 'getlistsdocumentactivity', 'getuseractivity', 'getuserinfoactivity',
  'handleexternaleventactivity', 'ifelseactivity', 'ifelsebranchactivity', 'imaddmembertogroupchatactivity',
  'imaddmessagetogroupchatactivity', 'imcreategroupchatactivity', 'immessageactivity', 'imnotifyactivity',
  'imopenlinesmessageactivity', 'listenactivity', 'lockdocumentactivity', 'logactivity', 'mailactivity',
  'mathoperationactivity', 'parallelactivity', 'publishdocumentactivity', 'randomstringactivity',
  'requestinformationactivity', 'requestinformationoptionalactivity', 'reviewactivity', 'robotdelayactivity',
  'rpaapproveactivity', 'rpachangestageactivity', 'rpamoveactivity', 'rparequestactivity', 'rpareviewactivity',
  'savehistoryactivity', 'sequenceactivity', 'sequentialworkflowactivity', 'setfieldactivity',
  'setglobalvariableactivity', 'setpermissionsactivity', 'setstateactivity', 'setstatetitleactivity',
  'setvariableactivity', 'signdocumentactivity', 'socnetblogpostactivity', 'socnetlogactivity',
  'socnetmessageactivity', 'startscriptactivity', 'startworkflowactivity', 'stateactivity',
  'statefinalizationactivity', 'stateinitializationactivity', 'statemachineworkflowactivity', 'task2activity',
  'taskschangeresponsibleactivity', 'taskschangestageactivity', 'taskschangestatusactivity',
  'tasksdeletetaskactivity', 'tasksgetdocumentactivity', 'tasksupdatetaskactivity', 'terminateactivity',
  'unlockdocumentactivity', 'unpublishdocumentactivity', 'updatelistsdocumentactivity', 'voximplantcallactivity',
  'waitworkdayactivity', 'webhookactivity', 'whileactivity',
]);

/** Condition codes: the property key of an `IfElseBranchActivity` that holds its condition. */
export const CONDITION_CODES: ReadonlySet<string> = new Set(['codecondition', 'fieldcondition', 'mixedcondition', 'propertyvariablecondition', 'truecondition']);

/** Condition operators (`Bizproc\\Activity\\Enum\\Operator`); `modified` only in `fieldcondition`. */
export const CONDITION_OPERATORS: ReadonlySet<string> = new Set([
  '=', '!=', '>', '>=', '<', '<=', 'in', '!in', 'contain', '!contain', 'empty', '!empty', 'between', 'modified',
]);

/** Root types: a template's single top node. */
export const ROOT_TYPES: ReadonlySet<string> = new Set(['sequentialworkflowactivity', 'statemachineworkflowactivity']);

/** Declared properties of the standard activities b24route writes, with the line of `arProperties`. */
export const DECLARED_PROPERTIES: Readonly<Record<string, { keys: readonly string[]; source: string }>> = {
  sequentialworkflowactivity: { keys: ['Title', 'Permission'], source: 'sequentialworkflowactivity.php:30' },
  ifelseactivity: { keys: ['Title'], source: 'ifelseactivity.php:13' },
  // plus one condition code as a key (CBPIfElseBranchActivity::initializeFromArray)
  ifelsebranchactivity: { keys: ['Title'], source: 'ifelsebranchactivity.php:16' },
  setfieldactivity: { keys: ['Title', 'FieldValue', 'MergeMultipleFields', 'ModifiedBy'], source: 'setfieldactivity.php:17' },
  delayactivity: {
    keys: ['Title', 'TimeoutDuration', 'TimeoutDurationType', 'TimeoutTime', 'TimeoutTimeIsLocal', 'WriteToLog'],
    source: 'delayactivity.php:22',
  },
  logactivity: { keys: ['Title', 'Text', 'SetVariable'], source: 'logactivity.php:13' },
  setvariableactivity: { keys: ['Title', 'VariableValue'], source: 'setvariableactivity.php:13' },
  imnotifyactivity: {
    keys: ['Title', 'MessageUserFrom', 'MessageUserTo', 'MessageSite', 'MessageOut', 'MessageType'],
    source: 'imnotifyactivity.php:15',
  },
};
