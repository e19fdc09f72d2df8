import type { LocalizedText } from '../core/tenant-context';

/** A module's UI as data (ui/<id>.json in the plugin), as the core validated it. */
export interface ModuleUiDefinition {
  menu: MenuEntry[];
  views: ViewDefinition[];
  /** Where its screens work; each menu entry and count may say its own. Both when not said. */
  levels?: TenantLevel[];
  /** The module's group on the home screen. */
  home?: HomeDeclaration;
}

/** The tenant levels that hold data, where a module's screens can work. */
export type TenantLevel = 'organisation' | 'chapter';

export interface MenuEntry {
  id: string;
  label: LocalizedText;
  view: string;
  permission?: string;
  levels?: TenantLevel[];
  /** A member's own screen ("my dues"): shown only to a caller who is a member here. */
  forMembers?: boolean;
}

export interface HomeDeclaration {
  /** Path data of a 24×24 line drawing. */
  icon?: string;
  counts?: HomeCount[];
}

/** A number that matters, answered by the module as {count} at `resource`. */
export interface HomeCount {
  id: string;
  label: LocalizedText;
  resource: string;
  permission: string;
  view?: string;
  levels?: TenantLevel[];
}

export type FieldType = 'text' | 'textarea' | 'number' | 'integer' | 'money' | 'enum' | 'date' | 'datetime' | 'boolean'
  | 'month' | 'file' | 'chapter' | 'account';

export interface FieldOption {
  value: string;
  label: LocalizedText;
  /** For options read from a module: the value as the module gave it (a number stays a number). */
  sent?: unknown;
}

export interface FieldDefinition {
  name: string;
  type: FieldType | string;
  label: LocalizedText;
  required?: boolean;
  options?: FieldOption[];
  /** For money: the field holding the currency code. */
  currencyField?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: string;
  /** For enum: options read from a module resource, each row's `value` and `label` members. */
  optionsFrom?: OptionsSource;
  /** For file: the media types the module takes; the file goes as the request body with its type. */
  accept?: string[];
  /** For file: the largest file the module takes, checked before a slow upload starts. */
  maxBytes?: number;
  /** For account: the permission the accounts offered hold at the tenant (`dues:payment:record`). */
  holding?: string;
  /** For a form's date, datetime or month: `now` starts it at the moment the form opens. */
  default?: 'now';
}

export interface OptionsSource {
  resource: string;
  value: string;
  label: string;
}

export interface ViewAction {
  view: string;
  label: LocalizedText;
  permission?: string;
  /** An action on one record: offered on the record's detail, opening the view with its id. */
  record?: boolean;
  /** Offered only while each named member of the record (or row) has one of the values listed. */
  when?: Record<string, unknown[]>;
}

/** Whether an action is offered for this record or row, as its `when` says. */
export function offeredFor(action: ViewAction, row: Record<string, unknown>): boolean {
  return Object.entries(action.when ?? {}).every(([member, values]) => values.includes(row[member] ?? null));
}

/** A list of the record's own things on its detail, read from the module (`cases/{id}/dates`). */
export interface RelatedList {
  id: string;
  /** Where the rows are read, with the record's `{id}`; or else `member`. */
  resource?: string;
  /** The record's own member that holds the rows (an array in the record's answer). */
  member?: string;
  label: LocalizedText;
  permission?: string;
  fields: FieldDefinition[];
  /** The row member that names a row in its row actions' resources as `{item}`; `id` unless said. */
  key?: string;
  /** Actions that add to the list: each opens a record form with the record's id. */
  actions?: ViewAction[];
  /** Actions on one row: each opens a record form with the record's id and the row's key. */
  rowActions?: ViewAction[];
  /** Read only when the person asks: for lists whose every read is audited (confidential notes). */
  onRequest?: boolean;
}

export interface ViewDefinition {
  id: string;
  kind: 'list' | 'form' | 'detail' | 'element' | 'table' | string;
  resource: string;
  label: LocalizedText;
  permission?: string;
  actions?: ViewAction[];
  fields?: FieldDefinition[];
  /** For forms: the view to show once saved (a record form: that view's detail of the record);
   * for elements: the view to go back to. */
  after?: string;
  /** For forms posted to a collection: once saved, open what was created (the answer's `id`) in the
   * view named `after` (its detail, or an element such as a printable receipt). */
  openCreated?: boolean;
  /** For forms: POST unless PUT is named. */
  method?: 'POST' | 'PUT';
  /** For forms: members sent as they are, besides the fields (a form with none only confirms). */
  values?: Record<string, unknown>;
  /** For forms: the submit button's words, "Save" unless said. */
  submit?: LocalizedText;
  /** For lists: the view whose detail a row opens (the queue's rows open a detention), this one unless
   * said; `{view, key}` when the row names the record in another member (an upcoming date's `caseId`);
   * false when a row opens nothing (a member's own cases, whose details only staff may read). */
  opens?: string | ListOpens | false;
  /** For forms posted to a collection and opened from a record: the member the record's id is sent as
   * (a training's attendance form sends it as `trainingId`); once sent, back to that record's detail. */
  recordAs?: string;
  /** For record forms: read the record from the form's resource first, so each field starts from its
   * value; the whole record is then sent (an emptied field as null). */
  prefill?: boolean;
  /** For lists and tables: what the person chooses, sent as query parameters. */
  query?: FieldDefinition[];
  /** For a list's detail: the record's related lists. */
  related?: RelatedList[];
  /** For elements: the custom element's tag, which starts with the module id and a hyphen. */
  tag?: string;
  /** For elements: the script that defines it, a plain file name such as receipt.js. */
  script?: string;
  /** For lists: the resource pages (`?offset=&limit=`, the whole count in `X-Total-Count`), so every row can be reached. */
  paged?: boolean;
  /** For lists: the fields a phone shows (1 to 3); the rest are on the row's detail. The first three unless said. */
  phoneColumns?: string[];
  /** For lists and tables: files the person downloads, each from a module resource, behind a permission. */
  exports?: ExportAction[];
}

/** A download button: `GET resource?format=` with the list's chosen query, through the app's session. */
export interface ExportAction {
  label: LocalizedText;
  resource: string;
  format: 'csv' | 'xlsx';
  permission: string;
}

/** The view a list row opens, and the row member that holds the record's id there. */
export interface ListOpens {
  view: string;
  /** `id` unless said. */
  key?: string;
}

export function findView(ui: ModuleUiDefinition, id: string): ViewDefinition | undefined {
  return ui.views.find((v) => v.id === id);
}
