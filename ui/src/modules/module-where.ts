import type { Grants } from '../core/grants';

/** Where a module's screen works: the tenant, the module, and what an element may offer there. */
export interface ModuleWhere {
  tenant: string;
  moduleId: string;
  /** The modules switched on here (an element may offer a step in one of them). */
  modules?: readonly string[];
  /** The person's grants here (an element may offer only what they may do). */
  grants?: Grants;
}

/**
 * Whether a screen's place really changed. A parent drawn again (in another language, say) hands
 * over an equal place as a new object; taking that for a move would reload the screen and lose what
 * the person typed or tapped and has not sent.
 */
export function whereChanged(next: ModuleWhere | undefined, previous: ModuleWhere | undefined): boolean {
  if (next === previous) return false;
  if (!next || !previous) return true;
  return next.tenant !== previous.tenant || next.moduleId !== previous.moduleId || next.grants !== previous.grants
    || !sameList(next.modules, previous.modules);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, i) => item === b[i]);
}
