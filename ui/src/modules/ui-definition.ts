import type { LocalizedText } from '../core/tenant-context';

/** A module's UI as data (ui/<id>.json in the plugin), as the core validated it. */
export interface ModuleUiDefinition {
  menu: MenuEntry[];
  views: ViewDefinition[];
}

export interface MenuEntry {
  id: string;
  label: LocalizedText;
  view: string;
  permission?: string;
}

export type FieldType = 'text' | 'textarea' | 'number' | 'integer' | 'money' | 'enum' | 'date' | 'datetime' | 'boolean';

export interface FieldOption {
  value: string;
  label: LocalizedText;
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
}

export interface ViewAction {
  view: string;
  label: LocalizedText;
  permission?: string;
  /** An action on one record: offered on the record's detail, opening the view with its id. */
  record?: boolean;
}

export interface ViewDefinition {
  id: string;
  kind: 'list' | 'form' | 'detail' | 'element' | string;
  resource: string;
  label: LocalizedText;
  permission?: string;
  actions?: ViewAction[];
  fields?: FieldDefinition[];
  /** For forms: the view to show once saved; for elements: the view to go back to. */
  after?: string;
  /** For elements: the custom element's tag, which starts with the module id and a hyphen. */
  tag?: string;
  /** For elements: the script that defines it, a plain file name such as receipt.js. */
  script?: string;
}

export function findView(ui: ModuleUiDefinition, id: string): ViewDefinition | undefined {
  return ui.views.find((v) => v.id === id);
}
