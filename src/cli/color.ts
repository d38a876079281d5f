import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour for one stream, decided in this order: --color/--no-color, then NO_COLOR, then
 * FORCE_COLOR, then whether the stream is a terminal.
 */
export function chalkFor(
  stream: { isTTY?: boolean },
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, flag, env) });
}

export function colorLevel(
  stream: { isTTY?: boolean },
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): 0 | 1 | 2 | 3 {
  if (flag !== undefined) return flag ? (forced(env) ?? 1) : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = forced(env);
  if (force !== undefined) return force;
  return stream.isTTY ? 1 : 0;
}

function forced(env: Readonly<Record<string, string | undefined>>): 0 | 1 | 2 | 3 | undefined {
  const f = env.FORCE_COLOR;
  if (f === undefined) return undefined;
  if (f === '' || f === 'true') return 1;
  if (f === 'false' || f === '0') return 0;
  const n = Number(f);
  return n === 1 || n === 2 || n === 3 ? n : 1;
}
