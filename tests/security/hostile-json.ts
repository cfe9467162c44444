import fc from "fast-check";

/** Marks a key that becomes a prototype-pollution key once serialised (an object literal cannot hold `__proto__`). */
const PROTO_MARK = "\u0000proto-key:";

/** Keys that pollute prototypes when code merges or assigns attacker data naively. */
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"];

/**
 * Attacker-shaped JSON: nested objects and arrays, wrong types, huge strings (up to 20 KB, so most activities
 * stay under the bot endpoint's 128 KB limit), prototype-pollution keys, and the field names Tandem's handlers read, so
 * mutations reach real code paths. Serialise with {@link hostileJsonText}.
 */
export function hostileJson(fieldNames: readonly string[] = [], sampleValues: readonly unknown[] = []) {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(fieldNames.length > 0 ? fieldNames : ["id"])) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS).map((k) => `${PROTO_MARK}${k}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const leaf = fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1e308,
      -0.5,
      "",
      " ",
      "NaN",
      "0",
      "-1",
      "2027-02-30T25:61:00Z",
    ),
    ...(sampleValues.length > 0 ? [fc.constantFrom(...sampleValues)] : []),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      "<script>alert(1)</script>",
      "' OR 1=1 --",
      "${7*7}",
      "../../etc/passwd",
      "\u0000",
      "\uD800",
    ),
  );
  const huge = fc.integer({ min: 1_000, max: 20_000 }).map((n) => "x".repeat(n));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 6, arbitrary: leaf },
      { weight: 1, arbitrary: huge },
      { weight: 2, arbitrary: tie("array") },
      { weight: 3, arbitrary: tie("object") },
    ),
    array: fc.array(tie("value"), { maxLength: 6 }),
    object: fc.dictionary(key, tie("value"), { maxKeys: 8 }),
  }));
  return value;
}

/** The JSON text of a hostile value, with the marked keys turned into real `__proto__`/`constructor` keys. */
export function hostileJsonText(value: unknown): string {
  return JSON.stringify(value).split(JSON.stringify(PROTO_MARK).slice(1, -1)).join("");
}

/** Throws when anything was added to Object.prototype (the server runs in the test's process). */
export function assertPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(Object.prototype).filter((name) => !BUILTIN_OBJECT_KEYS.has(name));
  if (added.length > 0 || Object.keys(probe).length > 0 || Object.keys(Object.prototype).length > 0)
    throw new Error(`Object.prototype was polluted: ${added.join(", ")}`);
}

const BUILTIN_OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
