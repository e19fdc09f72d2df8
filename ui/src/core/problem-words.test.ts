import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { codeWords, explainProblem, fieldProblems } from './problem-words';
import { setLanguage } from '../i18n/locale';
import { km } from '../i18n/km';

beforeEach(() => setLanguage('km'));

describe('problem words', () => {
  it('say a known code in the person\'s language, never the server\'s English', () => {
    const refused = new ApiError(422, 'memberCode: this member is not enrolled in a dues plan.', '', 0, 'not-enrolled', 'memberCode');
    expect(explainProblem(refused)).toBe(km['problem.not-enrolled']);
    expect(explainProblem(refused)).not.toContain('enrolled');
    expect(fieldProblems(refused)).toEqual({ memberCode: km['problem.not-enrolled'] });
  });

  it('say "check your connection" only when the server was not reached', () => {
    expect(explainProblem(new TypeError('Failed to fetch'))).toBe(km['problem.general.offline']);
    for (const refusal of [new ApiError(400, 'x: bad'), new ApiError(422, ''), new ApiError(500, 'Incident 1'),
      new ApiError(409, 'taken', '', 0, 'no-such-code-here')]) {
      expect(explainProblem(refusal)).not.toBe(km['problem.general.offline']);
      expect(explainProblem(refusal)).not.toBe(km['error.save']);
    }
    expect(explainProblem(new ApiError(500, 'Incident 1'))).toBe(km['problem.general.server']);
  });

  it('say that the database is moving and what was typed is kept, for a 503 with Retry-After', () => {
    expect(explainProblem(new ApiError(503, 'The database is moving to another node.', '', 3)))
      .toBe(km['problem.general.failover']);
    expect(explainProblem(new ApiError(503, 'Down for maintenance.'))).toBe(km['problem.general.server']);
  });

  it('fall back to the server\'s detail for a code the app does not know', () => {
    const refusal = new ApiError(409, 'The plan is closed.', '', 0, 'plan-closed', 'planId');
    expect(explainProblem(refusal)).toContain('The plan is closed.');
    expect(fieldProblems(refusal)).toEqual({});
  });

  it('name every refused field of a Bean Validation answer', () => {
    const refusal = new ApiError(400, 'phone: ...; workingName: ...', '', 0, 'format', 'phone',
      [{ field: 'phone', code: 'format' }, { field: 'workingName', code: 'required' }]);
    expect(fieldProblems(refusal)).toEqual({ phone: km['problem.format'], workingName: km['problem.required'] });
  });

  it('never read a general key or an odd string as a code', () => {
    expect(codeWords('general.offline')).toBe('');
    expect(codeWords('constructor')).toBe('');
    expect(codeWords('__proto__')).toBe('');
    expect(codeWords('')).toBe('');
    expect(codeWords('required')).toBe(km['problem.required']);
  });
});
