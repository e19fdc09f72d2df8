import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { codeWords, explainProblem, fieldProblems, problemDetail } from './problem-words';
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

  it('say a code the app does not know in its own words, by the kind of refusal, never in the server\'s English', () => {
    const closed = new ApiError(409, 'The plan is closed.', '', 0, 'plan-closed', 'planId');
    expect(explainProblem(closed)).toBe(km['problem.general.conflict']);
    expect(fieldProblems(closed)).toEqual({ planId: km['problem.general.fieldHere'] });
    const odd = new ApiError(422, 'memberCode: this member is odd.', '', 0, 'member-odd', 'memberCode');
    expect(explainProblem(odd)).toBe(km['problem.general.refusedPlain']);
    expect(explainProblem(odd, (f) => (f === 'memberCode' ? 'លេខកូដសមាជិក' : undefined)))
      .toBe(km['problem.general.field'].replace('{field}', 'លេខកូដសមាជិក'));
    expect(explainProblem(new ApiError(400, 'chapter: no such chapter here.'))).toBe(km['problem.general.refusedPlain']);
    expect(explainProblem(new ApiError(413, 'Too big.'))).toBe(km['problem.general.tooLarge']);
    expect(explainProblem(new ApiError(415, 'Wrong type.'))).toBe(km['problem.general.wrongType']);
    expect(explainProblem(new ApiError(429, 'Slow down.'))).toBe(km['problem.general.tooMany']);
    expect(explainProblem(new ApiError(404, 'No such case.'))).toBe(km['error.notFound']);
    for (const refusal of [closed, odd, new ApiError(400, 'chapter: no such chapter here.'), new ApiError(413, 'Too big.')]) {
      expect(explainProblem(refusal)).not.toContain(refusal.detail);
      expect(Object.values(fieldProblems(refusal)).join(' ')).not.toContain(refusal.detail);
    }
  });

  it('take the field from a detail that starts with it, when the module sent no field, and show only its label', () => {
    const refusal = new ApiError(422, 'currency: this member\'s dues are in KHR.');
    const label = (name: string) => (name === 'currency' ? 'រូបិយប័ណ្ណ' : undefined);
    expect(explainProblem(refusal, label)).toBe(km['problem.general.field'].replace('{field}', 'រូបិយប័ណ្ណ'));
    expect(fieldProblems(refusal)).toEqual({ currency: km['problem.general.fieldHere'] });
    expect(explainProblem(new ApiError(422, 'Only 6 male-condoms left here.'), label)).toBe(km['problem.general.refusedPlain']);
    expect(explainProblem(new ApiError(422, 'planId: no such plan.'), label)).toBe(km['problem.general.refusedPlain']);
  });

  it('hand the server\'s detail only to a "details" of a refusal said in general words', () => {
    expect(problemDetail(new ApiError(409, 'The plan is closed.', '', 0, 'plan-closed'))).toBe('The plan is closed.');
    expect(problemDetail(new ApiError(422, 'memberCode: not enrolled.', '', 0, 'not-enrolled'))).toBe('');
    expect(problemDetail(new ApiError(500, 'Something went wrong. Incident 1.'))).toBe('');
    expect(problemDetail(new TypeError('Failed to fetch'))).toBe('');
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
