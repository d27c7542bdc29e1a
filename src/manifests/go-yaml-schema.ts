// The YAML schema netreach reads manifests with: YAML 1.2 core, except integers, which it reads
// as go-yaml does (kubectl through sigs.k8s.io/yaml, and kustomize through kyaml, agree on them).
// Booleans stay YAML 1.2 (`yes` is a string): there the Go tools disagree, see yaml-1-1-booleans.ts.
// Merge keys (`<<: *anchor`) are resolved, as go-yaml (v2 and v3) does for kubectl and kustomize.
import { CORE_SCHEMA, NOT_RESOLVED, defineScalarTag, intCoreTag, mergeTag } from 'js-yaml';

// go-yaml (v2 resolve.go and v3 alike) strips `_` from a plain scalar that starts like a number
// and tries strconv.ParseInt(s, 0, 64): a leading `0` means octal (`0700` is 448, where YAML 1.2
// reads 700), and `0x`, `0o`, `0b` prefixes carry a sign. Checked with `kubectl annotate --local
// -o json` and `kubectl kustomize`: `containerPort: 0700` becomes 448, `8_080` becomes 8080.
// Anything else (`0800`, `1e3`) is left to the float tag, which reads it as both do (800, 1000).
const GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;

const goIntTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (source, isExplicit, tagName) => {
    const match = GO_INTEGER.exec(source.replace(/_/g, ''));
    if (match === null) return isExplicit ? intCoreTag.resolve(source, isExplicit, tagName) : NOT_RESOLVED;
    const [, sign, digits] = match as unknown as [string, string, string];
    const prefix = digits.slice(0, 2).toLowerCase();
    const [body, radix] =
      prefix === '0x'
        ? [digits.slice(2), 16]
        : prefix === '0o'
          ? [digits.slice(2), 8]
          : prefix === '0b'
            ? [digits.slice(2), 2]
            : digits.length > 1 && digits[0] === '0'
              ? [digits.slice(1), 8]
              : [digits, 10];
    const value = (sign === '-' ? -1 : 1) * parseInt(body, radix);
    return Number.isFinite(value) ? value : NOT_RESOLVED;
  },
  identify: intCoreTag.identify,
  represent: intCoreTag.represent,
});

// go-yaml resolves `<<` as a merge key in every mapping (resolve.go's `<<` → !!merge): keys
// written in the mapping win over merged ones, and among merged mappings the first wins.
export const GO_YAML_SCHEMA = CORE_SCHEMA.withTags(goIntTag, mergeTag);
