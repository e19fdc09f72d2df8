import { describe, expect, it } from 'vitest';
import { can, implies } from './grants';

describe('permissions', () => {
  it('follow the wildcard rules of the server', () => {
    expect(implies('*', 'legal:case:read')).toBe(true);
    expect(implies('legal:*', 'legal:case:read')).toBe(true);
    expect(implies('legal:case', 'legal:case:read')).toBe(true);
    expect(implies('legal:case:read,write', 'legal:case:write')).toBe(true);
    expect(implies('legal:case:read', 'legal:case:write')).toBe(false);
    expect(implies('member:read', 'member:identity:read')).toBe(false);
    expect(implies('member:identity:read', 'member:identity')).toBe(false);
  });

  it('let the server decide while the caller\'s permissions are unknown', () => {
    expect(can({ known: false, permissions: [] }, 'member:read')).toBe(true);
    expect(can({ known: true, permissions: ['member:read'] }, 'member:approve')).toBe(false);
    expect(can({ known: true, permissions: [] }, undefined)).toBe(true);
  });
});
