// The output contract is written once, as the JSON Schema (src/report/schema.ts), and its types
// are read from it: these checks run when the tests are type-checked (npm test's first step)
// and hold the read types to what the contract says.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ClaimKind,
  ClaimResult,
  DocumentResult,
  EntityResult,
  QuoteResult,
  Speaker,
} from '../src/report/types.js';

describe('the contract’s types are read from its schema', () => {
  it('fields, their types, and which may be null or absent', () => {
    expectTypeOf<DocumentResult['schema']>().toEqualTypeOf<'extract/1'>();
    expectTypeOf<DocumentResult['document']['language']>().toEqualTypeOf<'id' | 'en'>();
    expectTypeOf<DocumentResult['document']['published']>().toEqualTypeOf<string | null>();
    expectTypeOf<DocumentResult['document']['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<DocumentResult['document']['year']>().toEqualTypeOf<number | null>();
    expectTypeOf<QuoteResult['kind']>().toEqualTypeOf<'direct' | 'partial'>();
    expectTypeOf<QuoteResult['speaker']>().toEqualTypeOf<Speaker | null>();
    expectTypeOf<ClaimResult['kind']>().toEqualTypeOf<ClaimKind>();
    expectTypeOf<ClaimResult['quotes']>().toEqualTypeOf<string[]>();
    expectTypeOf<Speaker['type']>().toEqualTypeOf<'person' | 'state' | 'organization' | null>();
    expectTypeOf<Speaker['via']>().toEqualTypeOf<'name' | 'title' | 'pronoun' | 'passive' | 'context'>();
    expectTypeOf<EntityResult['role']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<EntityResult['mentions'][number]>().toEqualTypeOf<{ start: number; end: number; text: string }>();
    expectTypeOf<QuoteResult['sentence']>().toEqualTypeOf<{ text: string; start: number; end: number }>();
    expectTypeOf<ClaimResult['sentence']>().toEqualTypeOf<{ text: string; start: number; end: number }>();
    expectTypeOf<QuoteResult['line']>().toEqualTypeOf<number>();
    expectTypeOf<ClaimResult['column']>().toEqualTypeOf<number>();
    expectTypeOf<Speaker['written']>().toEqualTypeOf<string>();
    expectTypeOf<Speaker['role']>().toEqualTypeOf<string | null>();
  });
});
