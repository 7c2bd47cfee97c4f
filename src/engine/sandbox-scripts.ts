/**
 * The bash that disco places inside the sandbox: the prelude every step's bash sources (BASH_ENV),
 * the shim that stands in for a blocked command, and `disco-param`.
 */

/** Inside the sandbox, where disco's own files are mounted (a tmpfs path, never reported). */
export const SANDBOX_DIR = '/run/disco';
export const SANDBOX_BIN = `${SANDBOX_DIR}/bin`;
export const SANDBOX_IO = `${SANDBOX_DIR}/io`;
export const SANDBOX_REPO = `${SANDBOX_DIR}/repo`;
export const SANDBOX_PRELUDE = `${SANDBOX_DIR}/lib/prelude.sh`;
export const BLOCKED_LOG = `${SANDBOX_IO}/blocked`;
/** In lib/: the native front of the read-only-capable shims (the helper binds it in there). */
export const SHIM_FRONT_NAME = 'disco-shim';

/**
 * Tracks the line of the step's own file that is running and exports it, so that a shim in any
 * child process can read it. The trap runs before every command of every bash in the sandbox
 * (functrace: also in functions, subshells and command substitutions) and bash parses its text each
 * time, so it is one test and one assignment — it is most of disco's cost per command.
 *
 * Only commands of the step's own file move the line. Code of another file (a sourced library, a
 * function it defines) is always entered from a command of the step's file, whose line the trap
 * has just exported, so a blocked call in there is charged to that line: the `source` or the call.
 * Nested bash processes source this too and keep the line their parent exported.
 * The trap's status is 0 whatever the test says: under `extdebug` a failing DEBUG trap skips
 * the command.
 */
export const PRELUDE = `# disco: sourced by every bash in the sandbox (BASH_ENV)
set -o functrace
export DISCO_LINE
trap '[[ $BASH_SOURCE != "$DISCO_SCRIPT" ]] || DISCO_LINE=$LINENO' DEBUG
`;

const bashQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The stand-in for a blocked command. `readOnly` is a bash test over the arguments under which the
 * real command runs (it only reads); the real one is found on PATH after disco's own bin.
 */
export function shimScript(name: string, readOnly?: string): string {
  const passthrough = readOnly
    ? `if ${readOnly}; then
  __disco_bin=${SANDBOX_BIN}:
  PATH=\${PATH//"$__disco_bin"/} exec ${bashQuote(name)} "$@"
fi
`
    : '';
  return `#!/bin/bash
# disco shim: ${name} acts outside the filesystem; record the call instead of making it.
${passthrough}__disco_cmd=$(printf '%q ' ${bashQuote(name)} "$@")
__disco_show=${bashQuote(name)}\${*:+ $*}
__disco_show=\${__disco_show//[$'\\t\\n\\r']/ }
printf 'warning: Would execute : %s\\n' "$__disco_show" >&2
printf '%s\\t%s\\t%s\\t%s\\n' "\${DISCO_STEP:-0}" "\${DISCO_LINE:-0}" "$__disco_show" "\${__disco_cmd% }" >> ${BLOCKED_LOG}
exit 0
`;
}

/** The seed's disco-param, reading the node's merged parameters. */
export const DISCO_PARAM = `#!/bin/bash
# disco-param get KEY | keys [KEY] | dump [KEY]: the node's parameters (/var/disco/parameters/<node>).
base=/var/disco/parameters/$(hostname)/parameters
case $1 in
  get)
    [[ -n $2 && $2 != /* && $2 != *..* ]] || { echo "disco-param: usage: disco-param get KEY" >&2; exit 2; }
    if [[ -d $base/$2 ]]; then echo '{}'; elif [[ -f $base/$2 ]]; then cat "$base/$2"; else echo "disco-param: no such key: $2" >&2; exit 1; fi ;;
  keys)
    [[ -d $base/$2 ]] || { echo "disco-param: no such key: $2" >&2; exit 1; }
    ls -1 "$base/$2" ;;
  dump)
    [[ -e $base/$2 ]] || { echo "disco-param: no such key: $2" >&2; exit 1; }
    (cd "$base" && find "\${2:-.}" -mindepth 1 | sort | while IFS= read -r key; do
      key=\${key#./}
      if [[ -d $key ]]; then echo "$key = {}"; else echo "$key = $(cat "$key")"; fi
    done) ;;
  *) echo "disco-param: usage: disco-param get|keys|dump [KEY]" >&2; exit 2 ;;
esac
`;
