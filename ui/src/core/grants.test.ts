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

  it('answer for a screen from the permissions the server listed', () => {
    expect(can({ permissions: ['member:read'] }, 'member:read')).toBe(true);
    expect(can({ permissions: ['member:read'] }, 'member:approve')).toBe(false);
    expect(can({ permissions: [] }, undefined)).toBe(true);
  });
});
