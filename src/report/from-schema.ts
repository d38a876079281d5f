// The TypeScript type a JSON Schema describes, for the output contract's schema (schema.ts): the
// contract is written once, as the schema, and its types are read from it.

/** The type of the values a schema accepts: const, enum, type (or types, with null), arrays and objects. */
export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { type: readonly (infer T)[] }
      ? Typed<S, T>
      : S extends { type: infer T }
        ? Typed<S, T>
        : unknown;

type Typed<S, T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? S extends { items: infer I }
            ? FromSchema<I>[]
            : unknown[]
          : T extends 'object'
            ? Properties<S>
            : never;

type Required<S> = S extends { required: readonly (infer R)[] } ? R : never;

type Properties<S> = S extends { properties: infer P }
  ? Flat<
      { -readonly [K in keyof P & Required<S>]: FromSchema<P[K]> } & {
        -readonly [K in Exclude<keyof P, Required<S>>]?: FromSchema<P[K]>;
      }
    >
  : Record<string, unknown>;

type Flat<T> = { [K in keyof T]: T[K] };
