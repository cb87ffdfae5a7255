/** What every identifier parser returns: a value, or an error whose code is a catalogue key. */
export type ParseError<Code extends string = string> = { code: Code; message: string };
export type ParseResult<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: ParseError<Code> };
