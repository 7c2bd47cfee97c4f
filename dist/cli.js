#!/usr/bin/env node
import { createRequire as __discoCreateRequire } from 'node:module';
const require = __discoCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/toposort/index.js
var require_toposort = __commonJS({
  "node_modules/toposort/index.js"(exports, module) {
    module.exports = function(edges) {
      return toposort2(uniqueNodes(edges), edges);
    };
    module.exports.array = toposort2;
    function toposort2(nodes, edges) {
      var cursor = nodes.length, sorted = new Array(cursor), visited = {}, i = cursor, outgoingEdges = makeOutgoingEdges(edges), nodesHash = makeNodesHash(nodes);
      edges.forEach(function(edge) {
        if (!nodesHash.has(edge[0]) || !nodesHash.has(edge[1])) {
          throw new Error("Unknown node. There is an unknown node in the supplied edges.");
        }
      });
      while (i--) {
        if (!visited[i]) visit(nodes[i], i, /* @__PURE__ */ new Set());
      }
      return sorted;
      function visit(node, i2, predecessors) {
        if (predecessors.has(node)) {
          var nodeRep;
          try {
            nodeRep = ", node was:" + JSON.stringify(node);
          } catch (e) {
            nodeRep = "";
          }
          throw new Error("Cyclic dependency" + nodeRep);
        }
        if (!nodesHash.has(node)) {
          throw new Error("Found unknown node. Make sure to provided all involved nodes. Unknown node: " + JSON.stringify(node));
        }
        if (visited[i2]) return;
        visited[i2] = true;
        var outgoing = outgoingEdges.get(node) || /* @__PURE__ */ new Set();
        outgoing = Array.from(outgoing);
        if (i2 = outgoing.length) {
          predecessors.add(node);
          do {
            var child = outgoing[--i2];
            visit(child, nodesHash.get(child), predecessors);
          } while (i2);
          predecessors.delete(node);
        }
        sorted[--cursor] = node;
      }
    }
    function uniqueNodes(arr) {
      var res = /* @__PURE__ */ new Set();
      for (var i = 0, len = arr.length; i < len; i++) {
        var edge = arr[i];
        res.add(edge[0]);
        res.add(edge[1]);
      }
      return Array.from(res);
    }
    function makeOutgoingEdges(arr) {
      var edges = /* @__PURE__ */ new Map();
      for (var i = 0, len = arr.length; i < len; i++) {
        var edge = arr[i];
        if (!edges.has(edge[0])) edges.set(edge[0], /* @__PURE__ */ new Set());
        if (!edges.has(edge[1])) edges.set(edge[1], /* @__PURE__ */ new Set());
        edges.get(edge[0]).add(edge[1]);
      }
      return edges;
    }
    function makeNodesHash(arr) {
      var res = /* @__PURE__ */ new Map();
      for (var i = 0, len = arr.length; i < len; i++) {
        res.set(arr[i], i);
      }
      return res;
    }
  }
});

// src/model/errors.ts
var InputError = class _InputError extends Error {
  /** The file (repo-relative or absolute), value or flag at fault. */
  culprit;
  /** 1-based line within `culprit`, when there is one. */
  line;
  constructor(message, culprit, line) {
    super(_InputError.format(message, culprit, line));
    this.name = "InputError";
    this.culprit = culprit;
    this.line = line;
  }
  static format(message, culprit, line) {
    if (!culprit) return message;
    return `${culprit}${line ? `:${line}` : ""}: ${message}`;
  }
};

// src/cli/command.ts
var EXIT_PASSED = 0;
var EXIT_FAILED = 1;
var EXIT_BAD_INPUT = 2;

// src/cli/commands/dance.ts
import { hostname } from "node:os";
import { resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/engine/blocked-commands.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var DEFAULT_BLOCKED = [
  // service managers
  "service",
  "systemctl",
  "initctl",
  "invoke-rc.d",
  "rc-service",
  "supervisorctl",
  // power
  "reboot",
  "shutdown",
  "halt",
  "poweroff",
  "telinit",
  // kernel
  "modprobe",
  "insmod",
  "rmmod",
  "sysctl",
  // identity and mounts
  "hostname",
  "hostnamectl",
  "mount",
  "umount",
  "swapon",
  "swapoff",
  // network configuration
  "ip",
  "ifconfig",
  "ifup",
  "ifdown",
  "route",
  "iptables",
  "ip6tables",
  "nft",
  "netplan",
  // package managers that need the network
  "apt-get",
  "apt",
  "aptitude",
  "yum",
  "dnf",
  "zypper",
  "apk",
  "pacman",
  "snap",
  // clocks and sessions
  "timedatectl",
  "hwclock",
  "loginctl"
];
var READ_ONLY_USES = {
  hostname: "[[ $# -eq 0 || ( $# -eq 1 && $1 == -[sfdiIAa]* ) ]]",
  sysctl: "[[ $# -eq 0 || $1 == -a || $1 == -n || ( $1 != -* && $* != *=* ) ]]",
  mount: "[[ $# -eq 0 || $1 == -l ]]",
  ip: "[[ $# -le 1 || $2 == show || $2 == list || $2 == ls ]]"
};
var BLOCKED_CONFIG = ".disco/blocked-commands";
var NAME = /^[A-Za-z0-9_.+-]+$/;
function blockedCommands(repoRoot) {
  const file = join(repoRoot, BLOCKED_CONFIG);
  const names = new Set(DEFAULT_BLOCKED);
  if (!existsSync(file)) return [...names];
  readFileSync(file, "utf8").split("\n").forEach((raw, index) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return;
    const unblock = line.startsWith("!");
    const name = unblock ? line.slice(1) : line;
    if (!NAME.test(name)) throw new InputError(`'${name}' is not a command name`, BLOCKED_CONFIG, index + 1);
    if (unblock) names.delete(name);
    else names.add(name);
  });
  return [...names];
}

// src/engine/dance.ts
import { rmSync } from "node:fs";
import { join as join7 } from "node:path";

// src/model/dance-report.ts
var DANCE_REPORT_SCHEMA = "disco.dance/v1";

// src/engine/accounts.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function readIds(path) {
  const ids = /* @__PURE__ */ new Map();
  let text = "";
  try {
    text = readFileSync2(path, "utf8");
  } catch {
    return ids;
  }
  for (const line of text.split("\n")) {
    const [name, , id] = line.split(":");
    if (name && id && !ids.has(Number(id))) ids.set(Number(id), name);
  }
  return ids;
}
function readAccounts(root, fallback) {
  const users = readIds(join2(root, "etc/passwd"));
  const groups = readIds(join2(root, "etc/group"));
  return {
    user: (uid) => users.get(uid) ?? fallback?.user(uid) ?? String(uid),
    group: (gid) => groups.get(gid) ?? fallback?.group(gid) ?? String(gid)
  };
}

// src/engine/step-output.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var OUTPUT_TAIL = 64 * 1024;
function readStepOutput(path, tail = OUTPUT_TAIL) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return "";
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return "";
    const length = Math.min(st.size, tail);
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, st.size - length);
    const text = buf.subarray(0, n).toString("utf8");
    return st.size > tail ? `(output cut: last ${tail} of ${st.size} bytes)
${text}` : text;
  } finally {
    closeSync(fd);
  }
}

// src/engine/blocked-log.ts
function readBlockedLog(path, offset, sources) {
  const text = readStepOutput(path, 16 * 1024 * 1024);
  const fresh = text.slice(offset);
  const complete = fresh.slice(0, fresh.lastIndexOf("\n") + 1);
  const calls = [];
  for (const line of complete.split("\n")) {
    if (!line) continue;
    const [step, lineNo, command, replay] = line.split("	");
    const id = Number(step);
    const source = sources.get(id);
    if (!source || command === void 0) continue;
    calls.push({ step: id, command, source, line: Number(lineNo) || 0, replay: replay ?? command });
  }
  return { calls, offset: offset + complete.length };
}

// src/engine/changes.ts
import { readdirSync, realpathSync } from "node:fs";
import { dirname, join as join3 } from "node:path";

// src/engine/excluded-paths.ts
var EXCLUDED_PATHS = ["proc", "sys", "dev", "run", "tmp", "var/disco"];
var isExcluded = (rel) => EXCLUDED_PATHS.some((prefix) => rel === prefix || rel.startsWith(prefix + "/"));

// src/engine/file-meta.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync, openSync as openSync2, readlinkSync, readSync as readSync2 } from "node:fs";
var entryType = (st) => st.isFile() ? "file" : st.isDirectory() ? "directory" : st.isSymbolicLink() ? "symlink" : "other";
var octal = (mode) => (mode & 4095).toString(8).padStart(4, "0");
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
function readNoFollow(path, limit = Infinity) {
  const fd = openSync2(path, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync2(fd).size, limit);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync2(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off < size ? buf.subarray(0, off) : buf;
  } finally {
    closeSync2(fd);
  }
}
var md5 = (content) => createHash("md5").update(content).digest("hex");
function makeMeta(path, st, accounts, content, selinux) {
  const meta = {
    mode: octal(st.mode),
    uid: st.uid,
    gid: st.gid,
    owner: accounts.user(st.uid),
    group: accounts.group(st.gid),
    size: st.size
  };
  if (st.isFile() && content) meta.md5 = md5(content);
  if (st.isSymbolicLink()) meta.target = readlinkSync(path);
  if (selinux) meta.selinux = selinux;
  return meta;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/engine/text-diff.ts
var MAX_DIFF = 64 * 1024;
var MAX_INPUT = 2 * 1024 * 1024;
function isBinary(content) {
  const head = content.subarray(0, 8e3);
  if (head.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length < content.length ? head.subarray(0, lastCharBoundary(head)) : head);
    return false;
  } catch {
    return true;
  }
}
function lastCharBoundary(buf) {
  for (let i = 1; i <= 3 && i <= buf.length; i++) {
    const byte = buf[buf.length - i];
    if (byte >= 192) return buf.length - i;
    if (byte < 128) break;
  }
  return buf.length;
}
function textDiff(path, before, after) {
  if (before && isBinary(before) || after && isBinary(after)) return { binary: true };
  const total = (before?.length ?? 0) + (after?.length ?? 0);
  if (total > MAX_INPUT) {
    return { diff: `(not diffed: ${total} bytes of text exceed the ${MAX_INPUT}-byte diff limit)
`, diffTruncated: true };
  }
  const patch = createTwoFilesPatch(
    before ? `a${path}` : "/dev/null",
    after ? `b${path}` : "/dev/null",
    before?.toString("utf8") ?? "",
    after?.toString("utf8") ?? "",
    void 0,
    void 0,
    { context: 3 }
  );
  const body = patch.replace(/^=+\n/m, "").replace(/^Index: .*\n/m, "");
  if (body.length <= MAX_DIFF) return { diff: body };
  return { diff: body.slice(0, MAX_DIFF) + `
(diff cut at ${MAX_DIFF} of ${body.length} characters)
`, diffTruncated: true };
}

// src/engine/upper-scan.ts
var isWhiteout = (e) => e.type === "c" && e.rdev === "0:0";
function parseScan(records) {
  return records.map((f) => ({
    path: f[0],
    type: f[1],
    mode: parseInt(f[2], 8),
    uid: Number(f[3]),
    gid: Number(f[4]),
    size: Number(f[5]),
    rdev: f[6],
    nlink: Number(f[7]),
    ino: Number(f[8]),
    ctime: f[9],
    opaque: f[10] === "1",
    link: f[11] ?? "",
    selinux: f[12] ?? ""
  }));
}
var signature = (e) => `${e.type}:${e.ino}:${e.ctime}:${e.size}:${e.rdev}`;

// src/engine/changes.ts
function lowerSide(src, rel) {
  const path = join3(src.root, rel);
  const st = lstatOrUndefined(path);
  if (!st) return void 0;
  const parent = dirname(path);
  try {
    if (realpathSync(parent) !== parent) return void 0;
  } catch {
    return void 0;
  }
  return { path, st, content: st.isFile() ? readNoFollow(path) : void 0 };
}
function upperSide(src, rel) {
  const path = join3(src.upper, rel);
  const st = lstatOrUndefined(path);
  if (!st) return void 0;
  return { path, st, content: st.isFile() ? readNoFollow(path) : void 0 };
}
var sameMeta = (a, b, type) => a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.md5 === b.md5 && a.target === b.target && (type === "directory" || a.size === b.size);
function describe(rel, action, type, before, after, src, selinux) {
  const change = { path: "/" + rel, action, type };
  if (before && src) change.before = makeMeta(before.path, before.st, src.before, before.content);
  if (after && src) change.after = makeMeta(after.path, after.st, src.after, after.content, selinux);
  if (before?.content || after?.content) Object.assign(change, textDiff("/" + rel, before?.content, after?.content));
  return change;
}
function lowerTreeDeleted(src, rel, keep, out) {
  let names;
  try {
    names = readdirSync(join3(src.root, rel)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const child = `${rel}/${name}`;
    if (keep.has(child) || isExcluded(child)) continue;
    const side = lowerSide(src, child);
    if (!side) continue;
    out.push(describe(child, "deleted", entryType(side.st), side, void 0, src));
    if (side.st.isDirectory()) lowerTreeDeleted(src, child, keep, out);
  }
}
function computeChanges(entries, src) {
  const out = [];
  const present = new Set(entries.filter((e) => !isWhiteout(e)).map((e) => e.path));
  const opaque = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const rel = entry.path;
    if (isExcluded(rel)) continue;
    const before = lowerSide(src, rel);
    if (isWhiteout(entry)) {
      if (!before) continue;
      out.push(describe(rel, "deleted", entryType(before.st), before, void 0, src));
      if (before.st.isDirectory()) lowerTreeDeleted(src, rel, present, out);
      continue;
    }
    const after = upperSide(src, rel);
    if (!after) continue;
    if (!before) {
      out.push(describe(rel, "created", entryType(after.st), void 0, after, src, entry.selinux));
      continue;
    }
    const change = describe(rel, "modified", entryType(after.st), before, after, src, entry.selinux);
    const typeChanged = entryType(before.st) !== entryType(after.st);
    if (typeChanged || !sameMeta(change.before, change.after, change.type)) out.push(change);
    const replaced = entry.opaque || opaque.has(dirname(rel));
    if (replaced && after.st.isDirectory()) opaque.add(rel);
    if (replaced && before.st.isDirectory()) lowerTreeDeleted(src, rel, present, out);
  }
  return out;
}

// src/engine/effects.ts
import { execFileSync } from "node:child_process";
import { join as join5 } from "node:path";

// src/engine/helper-binary.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join4, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function helperBinary() {
  if (process.env.DISCO_SANDBOX_HELPER) return process.env.DISCO_SANDBOX_HELPER;
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidates = [join4(here, "disco-sandbox"), resolve(here, "../../dist/disco-sandbox")];
  return candidates.find((path) => existsSync2(path)) ?? candidates[0];
}

// src/engine/metrics.ts
var round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
function metricsFromRusage(f) {
  const n = f.map(Number);
  return {
    time_real: round(n[0]),
    time_user: round(n[1]),
    time_sys: round(n[2]),
    mem_avg: 0,
    mem_max: n[3],
    mem_faults_major: n[4],
    mem_faults_minor: n[5],
    io_fsin: n[6],
    io_fsout: n[7],
    io_sockin: 0,
    io_sockout: 0,
    io_signals: n[8],
    ctx_voluntary: n[9],
    ctx_involuntary: n[10]
  };
}
var zeroMetrics = () => metricsFromRusage(Array(11).fill("0"));
async function measure(work) {
  const start = process.hrtime.bigint();
  const before = process.resourceUsage();
  const value = await work();
  const after = process.resourceUsage();
  const real = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    value,
    metrics: {
      time_real: round(real),
      time_user: round((after.userCPUTime - before.userCPUTime) / 1e6),
      time_sys: round((after.systemCPUTime - before.systemCPUTime) / 1e6),
      mem_avg: 0,
      mem_max: after.maxRSS,
      mem_faults_major: after.majorPageFault - before.majorPageFault,
      mem_faults_minor: after.minorPageFault - before.minorPageFault,
      io_fsin: after.fsRead - before.fsRead,
      io_fsout: after.fsWrite - before.fsWrite,
      io_sockin: 0,
      io_sockout: 0,
      io_signals: after.signalsCount - before.signalsCount
    }
  };
}

// src/engine/effects.ts
async function runEffects(calls, report, root, io, emit) {
  const modules = new Map(report.modules.map((m) => [m.name, m]));
  for (const [index, call] of calls.entries()) {
    const log = join5(io, `effect-${index}.log`);
    const answer = execFileSync(helperBinary(), ["exec", root, log, call.replay], { encoding: "utf8" });
    const fields = answer.trim().split("	");
    const step = {
      kind: "effect",
      name: call.command,
      source: call.source,
      exitCode: Number(fields[2]),
      output: readStepOutput(log),
      metrics: metricsFromRusage(fields.slice(4))
    };
    const module = modules.get(call.source.split("/")[1]);
    if (!module) continue;
    module.steps.push(step);
    if (step.exitCode !== 0) {
      module.status = "failed";
      report.status = "failed";
    }
    emit({ kind: "step", module: module.name, step });
  }
}

// src/engine/merge.ts
import { execFileSync as execFileSync2 } from "node:child_process";
var MergeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MergeError";
  }
};
function mergeUpper(upper, root) {
  try {
    execFileSync2(helperBinary(), ["merge", upper, root, ...EXCLUDED_PATHS], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    throw new MergeError(stderr.replace(/^disco-sandbox: /, "") || "merge failed");
  }
}

// src/engine/sandbox-process.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
var unescapeField = (s) => s.includes("\\") ? s.replace(/\\(.)/g, (_, c) => ({ t: "	", n: "\n", r: "\r" })[c] ?? c) : s;
var escapeField = (s) => s.replace(/[\\\t\n\r]/g, (c) => ({ "	": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? "\\\\");
var SandboxProcess = class _SandboxProcess {
  constructor(child, scratch) {
    this.scratch = scratch;
    this.child = child;
    this.lines = createInterface({ input: child.stdout });
    this.lines.on("line", (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.buffered.push(line);
    });
    child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 65536) this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve4) => child.on("close", (code) => resolve4(code ?? 2)));
    this.exited.then(() => this.waiting.splice(0).forEach((next) => next("")));
  }
  scratch;
  child;
  lines;
  waiting = [];
  buffered = [];
  stderr = "";
  exited;
  nextId = 1;
  static start(launch) {
    const args = [
      "run",
      "--root",
      launch.root,
      "--scratch",
      launch.scratch,
      "--share",
      launch.share,
      "--repo",
      launch.repo,
      "--host",
      launch.host,
      "--layer",
      launch.layer
    ];
    if (launch.size) args.push("--size", launch.size);
    const child = spawn(helperBinary(), args, { stdio: ["pipe", "pipe", "pipe", "pipe"], env: launch.env });
    child.on("error", () => void 0);
    return new _SandboxProcess(child, launch.scratch);
  }
  /** The overlay's upper layer, as this (host-side) process can read it while the sandbox lives. */
  get upperPath() {
    return `/proc/${this.child.pid}/root${this.scratch}/upper`;
  }
  get pid() {
    return this.child.pid;
  }
  nextLine() {
    const line = this.buffered.shift();
    if (line !== void 0) return Promise.resolve(line);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve("");
    return new Promise((resolve4) => this.waiting.push(resolve4));
  }
  /** Sends one request and collects its answer. A dead helper is an error naming its last words. */
  async request(kind, ...fields) {
    const id = String(this.nextId++);
    this.child.stdin.write([kind, id, ...fields.map(escapeField)].join("	") + "\n");
    const records = [];
    for (; ; ) {
      const line = await this.nextLine();
      if (!line) throw new SandboxError(this.failure());
      const parts = line.split("	");
      if (parts[0] === "F") records.push(parts.slice(1).map(unescapeField));
      else if (parts[1] === id && parts[0] === "D") return { ok: true, fields: parts.slice(2), records };
      else if (parts[1] === id && parts[0] === "E") return { ok: false, fields: [], message: unescapeField(parts[2] ?? ""), records };
    }
  }
  /** Ends the sandbox: every process inside dies with its init; the scratch goes with the supervisor. */
  async close() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.endSteps();
      this.child.stdio[3].end();
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 5e3);
      await this.exited;
      clearTimeout(timer);
    }
  }
  /** Lets the sandbox init go while the scratch stays readable (for the diff and the merge). */
  endSteps() {
    const stdin = this.child.stdin;
    if (!stdin.writableEnded) stdin.end("Q\n");
  }
  failure() {
    const said = this.stderr.trim().split("\n").filter(Boolean).pop();
    return said ? said.replace(/^disco-sandbox: /, "") : "the sandbox helper stopped";
  }
};
var SandboxError = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "SandboxError";
  }
};

// src/engine/sandbox-scripts.ts
var SANDBOX_DIR = "/run/disco";
var SANDBOX_BIN = `${SANDBOX_DIR}/bin`;
var SANDBOX_IO = `${SANDBOX_DIR}/io`;
var SANDBOX_REPO = `${SANDBOX_DIR}/repo`;
var SANDBOX_PRELUDE = `${SANDBOX_DIR}/lib/prelude.sh`;
var BLOCKED_LOG = `${SANDBOX_IO}/blocked`;
var PRELUDE = `# disco: sourced by every bash in the sandbox (BASH_ENV)
set -o functrace
trap '[[ \${BASH_SOURCE[0]} == "$DISCO_SCRIPT" ]] && export DISCO_LINE=$LINENO || for ((__disco_i = 1; __disco_i < \${#BASH_SOURCE[@]}; __disco_i++)); do [[ \${BASH_SOURCE[__disco_i]} == "$DISCO_SCRIPT" ]] && { export DISCO_LINE=\${BASH_LINENO[__disco_i - 1]}; break; }; done' DEBUG
`;
var bashQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function shimScript(name, readOnly) {
  const passthrough = readOnly ? `if ${readOnly}; then
  __disco_bin=${SANDBOX_BIN}:
  PATH=\${PATH//"$__disco_bin"/} exec ${bashQuote(name)} "$@"
fi
` : "";
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
var DISCO_PARAM = `#!/bin/bash
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

// src/engine/sandbox-share.ts
import { chmodSync, existsSync as existsSync3, lstatSync as lstatSync2, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join6 } from "node:path";
var COMMAND_DIRS = ["usr/local/sbin", "usr/local/bin", "usr/sbin", "usr/bin", "sbin", "bin"];
var isRealDir = (path) => {
  try {
    return lstatSync2(path).isDirectory();
  } catch {
    return false;
  }
};
var exists = (path) => {
  try {
    lstatSync2(path);
    return true;
  } catch {
    return false;
  }
};
function writeExecutable(path, text) {
  mkdirSync(dirname3(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 493);
}
function writeParameters(layer, plan) {
  const base = join6(layer, "var/disco/parameters", plan.node);
  mkdirSync(join6(base, "parameters"), { recursive: true });
  mkdirSync(join6(base, "modules"), { recursive: true });
  for (const entry of plan.parameters) {
    const path = join6(base, "parameters", entry.key);
    if (entry.type === "dir") mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname3(path), { recursive: true });
      writeFileSync(path, entry.value ?? "");
    }
  }
  for (const name of plan.order) writeFileSync(join6(base, "modules", name), "");
}
function writeShims(share, layer, root, blocked) {
  const dirs = COMMAND_DIRS.filter((dir) => isRealDir(join6(root, dir)));
  for (const name of blocked) {
    const found = dirs.filter((dir) => exists(join6(root, dir, name)));
    if (!found.length) continue;
    const script = shimScript(name, READ_ONLY_USES[name]);
    writeExecutable(join6(share, "bin", name), script);
    if (READ_ONLY_USES[name]) continue;
    for (const dir of found) writeExecutable(join6(layer, dir, name), script);
  }
}
function prepareShare(root, plan, blocked, parent = tmpdir()) {
  const dir = mkdtempSync(join6(parent, "disco-"));
  const share = join6(dir, "share");
  const layout = { dir, scratch: join6(dir, "scratch"), share, io: join6(share, "io"), layer: join6(dir, "layer") };
  for (const path of [layout.scratch, layout.io, join6(share, "repo"), join6(share, "lib"), join6(share, "bin"), layout.layer]) {
    mkdirSync(path, { recursive: true });
  }
  chmodSync(dir, 448);
  writeFileSync(join6(share, "lib", "prelude.sh"), PRELUDE);
  writeExecutable(join6(share, "bin", "disco-param"), DISCO_PARAM);
  writeShims(share, layout.layer, root, blocked);
  writeParameters(layout.layer, plan);
  return layout;
}
function looksLikeRoot(root) {
  return existsSync3(join6(root, "bin/bash")) && isRealDir(join6(root, "etc"));
}

// src/engine/dance.ts
var SEP_CHARS = /[:,\n\t\\]/;
function checkRoot(root) {
  if (SEP_CHARS.test(root)) throw new InputError(`the root path '${root}' contains a character overlayfs cannot take (: , \\ tab or newline)`, "--root");
  if (!looksLikeRoot(root)) throw new InputError(`'${root}' is not a root filesystem (no /bin/bash or /etc)`, "--root");
  if (process.getuid?.() !== 0) throw new InputError("a dance needs root (overlay mounts and namespaces): run disco as root");
}
var newest = (entries, since) => entries.reduce((max, e) => {
  const [a, b] = [e.ctime.split(".").map(Number), max.split(".").map(Number)];
  return a[0] > b[0] || a[0] === b[0] && a[1] > b[1] ? e.ctime : max;
}, since);
async function dance(options) {
  const { plan, root, mode } = options;
  checkRoot(root);
  const emit = options.onEvent ?? (() => void 0);
  const report = {
    schema: DANCE_REPORT_SCHEMA,
    node: plan.node,
    mode,
    status: "passed",
    order: plan.order,
    modules: [],
    errors: [],
    internal: [],
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    root
  };
  const internal = async (name, work) => {
    emit({ kind: "phase", name });
    const { value, metrics } = await measure(work);
    report.internal.push({ kind: "internal", name, exitCode: 0, output: "", metrics });
    return value;
  };
  const share = await internal("sandbox", () => prepareShare(root, plan, options.blocked));
  const sandbox = SandboxProcess.start({
    root,
    scratch: share.scratch,
    share: share.share,
    repo: options.repoRoot,
    host: plan.node,
    layer: share.layer,
    size: options.scratchSize,
    env: stepEnvironment(plan.node, mode)
  });
  const calls = [];
  try {
    const sources = /* @__PURE__ */ new Map();
    const owners = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    let since = "0.0";
    let blockedOffset = 0;
    let stepId = 0;
    for (const module of plan.modules) {
      emit({ kind: "module", module: module.name });
      const result = { name: module.name, status: "passed", steps: [], changes: [], blocked: [] };
      const runStep = async (step) => {
        result.steps.push(step);
        if (step.exitCode !== 0) result.status = "failed";
        emit({ kind: "step", module: module.name, step });
      };
      for await (const step of moduleSteps(sandbox, module, () => ++stepId, sources, share.io)) await runStep(step);
      const blocked = readBlockedLog(join7(share.io, "blocked"), blockedOffset, sources);
      blockedOffset = blocked.offset;
      calls.push(...blocked.calls);
      result.blocked = blocked.calls.map(({ command, source, line }) => ({ command, source, line }));
      const scan = await sandbox.request("S", since);
      const fresh = parseScan(scan.records);
      since = newest(fresh, since);
      for (const entry of fresh) {
        const sig = signature(entry);
        if (seen.get(entry.path) !== sig) owners.set(entry.path, module.name);
        seen.set(entry.path, sig);
      }
      report.modules.push(result);
    }
    if (report.modules.some((m) => m.status === "failed")) report.status = "failed";
    const entries = parseScan((await sandbox.request("S")).records);
    sandbox.endSteps();
    await internal("diff", () => {
      const before = readAccounts(root);
      const after = readAccounts(sandbox.upperPath, before);
      const changes = computeChanges(entries, { root, upper: sandbox.upperPath, before, after });
      const byName = new Map(report.modules.map((m) => [m.name, m]));
      for (const change of changes) {
        const owner = owners.get(change.path.slice(1)) ?? ownerOfAncestor(change.path.slice(1), owners);
        (byName.get(owner ?? "") ?? report.modules[report.modules.length - 1])?.changes.push(change);
      }
    });
    if (mode === "apply" && report.status === "passed") {
      await internal("merge", () => mergeUpper(sandbox.upperPath, root));
      await sandbox.close();
      await runEffects(calls, report, root, share.io, emit);
    }
  } finally {
    await sandbox.close();
    rmSync(share.dir, { recursive: true, force: true });
  }
  return report;
}
function ownerOfAncestor(rel, owners) {
  for (let i = rel.lastIndexOf("/"); i > 0; i = rel.lastIndexOf("/", i - 1)) {
    const owner = owners.get(rel.slice(0, i));
    if (owner) return owner;
  }
  return void 0;
}
function stepEnvironment(node, mode) {
  const env = {
    PATH: `${SANDBOX_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    HOME: "/root",
    USER: "root",
    LOGNAME: "root",
    SHELL: "/bin/bash",
    TERM: "dumb",
    BASH_ENV: SANDBOX_PRELUDE,
    DISCO_NODE: node,
    DISCO_MODE: mode
  };
  if (mode === "noop") env.NOOP = "true";
  return env;
}
async function* moduleSteps(sandbox, module, nextId, sources, io) {
  const moduleDir = `modules/${module.name}`;
  if (module.files.length) {
    const { value: answer, metrics } = await measure(() => sandbox.request("C", `${SANDBOX_REPO}/${moduleDir}/files`));
    yield {
      kind: "files",
      name: "files",
      source: `${moduleDir}/files`,
      exitCode: answer.ok ? 0 : 1,
      output: answer.ok ? "" : `error: files: ${answer.message}
`,
      metrics: { ...metrics, mem_max: 0 }
    };
  }
  const run2 = async (id, source, out) => {
    sources.set(id, source);
    const answer = await sandbox.request(
      "X",
      `${SANDBOX_REPO}/${source}`,
      `${SANDBOX_IO}/${id}.log`,
      out ?? "-",
      `DISCO_STEP=${id}`,
      `DISCO_SCRIPT=${SANDBOX_REPO}/${source}`,
      `DISCO_MODULE=${module.name}`,
      `DISCO_MODULE_DIR=${SANDBOX_REPO}/${moduleDir}`
    );
    const [exit, signal] = answer.fields.map(Number);
    const step = {
      source,
      exitCode: exit,
      output: readStepOutput(join7(io, `${id}.log`)),
      metrics: answer.fields.length >= 13 ? metricsFromRusage(answer.fields.slice(2)) : zeroMetrics()
    };
    if (signal) step.reason = `killed by signal ${signal}`;
    return step;
  };
  for (const template of module.templates) {
    const id = nextId();
    const step = await run2(id, template.source, `${SANDBOX_IO}/${id}.out`);
    if (step.exitCode === 0) {
      const installed = await sandbox.request("I", `${SANDBOX_IO}/${id}.out`, template.target);
      if (!installed.ok) {
        step.exitCode = 1;
        step.output += `error: template ${template.source}: cannot write ${template.target}: ${installed.message}
`;
      }
    } else {
      step.output += `error: template ${template.source} failed (exit ${step.exitCode}); ${template.target} not written
`;
    }
    yield { kind: "template", name: template.target, ...step };
  }
  for (const script of module.scripts) {
    const step = await run2(nextId(), script.source, void 0);
    yield { kind: "script", name: script.name, ...step };
  }
}

// src/engine/write-report.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname4 } from "node:path";

// src/model/paths.ts
import { join as join8 } from "node:path";
var stateDir = () => process.env.DISCO_STATE_DIR || "/var/lib/disco";
var lastReportPath = () => join8(stateDir(), "last-report.json");

// src/engine/write-report.ts
function writeReport(path, report) {
  mkdirSync2(dirname4(path), { recursive: true });
  writeFileSync2(path, JSON.stringify(report, null, 2) + "\n");
}
function rememberReport(report) {
  try {
    writeReport(lastReportPath(), report);
  } catch {
  }
}

// src/plan/compare.ts
function compareNames(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function comparePaths(a, b) {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareNames(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

// src/plan/param-names.ts
var PARAM_KEY = /^[A-Za-z0-9_.\-/]+$/;
var ENTITY_NAME = /^[A-Za-z0-9_.\-]+$/;
function isParamKey(key) {
  if (!PARAM_KEY.test(key) || key.startsWith("/") || key.includes("..")) return false;
  return key.split("/").every((part) => part !== "" && part !== ".");
}
function isEntityName(name) {
  return ENTITY_NAME.test(name) && !name.includes("..") && name !== ".";
}
function checkParamKey(key, culprit, line) {
  if (!isParamKey(key)) {
    throw new InputError(`bad parameter name '${key}' (allowed: A-Z a-z 0-9 _ . - /, no leading '/', no '..')`, culprit, line);
  }
  return key;
}
function checkEntityName(kind, name, culprit, line) {
  if (!isEntityName(name)) {
    throw new InputError(`bad ${kind} name '${name}' (allowed: A-Z a-z 0-9 _ . -, no '/', no '..')`, culprit, line);
  }
  return name;
}

// src/plan/merge-params.ts
function mergeParams(layers) {
  const merged = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    for (const entry of layer) {
      if (entry.type === "value" && merged.get(entry.key)?.type === "dir") dropChildren(merged, entry.key);
      merged.set(entry.key, entry);
    }
  }
  return [...merged.values()].sort((a, b) => comparePaths(a.key, b.key));
}
function dropChildren(tree, key) {
  for (const child of tree.keys()) if (child.startsWith(key + "/")) tree.delete(child);
}

// src/plan/order-modules.ts
var import_toposort = __toESM(require_toposort(), 1);

// src/plan/find-cycle.ts
function findCycle(nodes, edges) {
  const outgoing = /* @__PURE__ */ new Map();
  for (const edge of edges) outgoing.set(edge.first, [...outgoing.get(edge.first) ?? [], edge]);
  for (const list of outgoing.values()) list.sort((a, b) => compareNames(a.then, b.then));
  const done = /* @__PURE__ */ new Set();
  const path = [];
  const onPath = /* @__PURE__ */ new Set();
  const visit = (node) => {
    onPath.add(node);
    for (const edge of outgoing.get(node) ?? []) {
      if (onPath.has(edge.then)) {
        const start = path.findIndex((step) => step.first === edge.then);
        return rotate([...start < 0 ? [] : path.slice(start), edge]);
      }
      if (done.has(edge.then)) continue;
      path.push(edge);
      const found = visit(edge.then);
      if (found) return found;
      path.pop();
    }
    onPath.delete(node);
    done.add(node);
    return void 0;
  };
  for (const node of [...nodes].sort(compareNames)) {
    if (done.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return void 0;
}
function rotate(cycle) {
  const first = cycle.reduce((best, edge, index) => compareNames(edge.first, cycle[best].first) < 0 ? index : best, 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

// src/plan/order-modules.ts
function orderModules(modules, edges) {
  const descending = (a, b) => compareNames(b, a);
  const nodes = [...new Set(modules)].sort(descending);
  const dependsOn = edges.map((edge) => [edge.then, edge.first]).sort((a, b) => descending(a[1], b[1]));
  try {
    return import_toposort.default.array(nodes, dependsOn).reverse();
  } catch (error) {
    const cycle = findCycle(nodes, edges);
    if (!cycle) throw error;
    throw cycleError(cycle);
  }
}
function cycleError(cycle) {
  const path = [...cycle.map((edge) => edge.first), cycle[0].first].join(" \u2192 ");
  const statements = cycle.map(({ cause }) => `${cause.file}:${cause.line} '${cause.kind} ${cause.module}'`).join(", ");
  const first = cycle[0].cause;
  return new InputError(`cycle in requires: ${path} (\u2192 = runs before; ${statements})`, first.file, first.line);
}

// src/plan/plan-closure.ts
function collectClosure(repo, node) {
  const reasons = {};
  const queue = [];
  const add = (module, reason) => {
    if (module in reasons) return;
    reasons[module] = reason;
    queue.push(module);
  };
  for (const module of [...node.modules].sort(compareNames)) {
    add(module, { via: "node", file: `parameters/${node.name}/modules/${module}` });
  }
  while (queue.length) {
    const name = queue.shift();
    for (const requirement of findModule(repo, name, reasons[name]).requires) {
      add(requirement.module, { via: requirement.kind, by: name, file: requirement.file, line: requirement.line });
    }
  }
  return { members: Object.keys(reasons).sort(compareNames), reasons };
}
function findModule(repo, name, reason) {
  const module = repo.modules.get(name);
  if (!module) throw new InputError(`module '${name}' not found (no modules/${name}/)`, reason.file, reason.line);
  return module;
}

// src/plan/make-plan.ts
var LISTED_NODES_MAX = 10;
function makePlan(repo, nodeName) {
  const node = findNode(repo, nodeName);
  const { members, reasons } = collectClosure(repo, node);
  const order = orderModules(members, requirementEdges(repo, members));
  const modules = order.map((name) => repo.modules.get(name));
  const parameters = mergeParams([...modules.map((module) => module.parameters), node.parameters]);
  return { node: node.name, order, modules, parameters, reasons };
}
function requirementEdges(repo, members) {
  return members.flatMap(
    (name) => repo.modules.get(name).requires.map(
      (requirement) => requirement.kind === "after" ? { first: requirement.module, then: name, cause: requirement } : { first: name, then: requirement.module, cause: requirement }
    )
  );
}
function findNode(repo, name) {
  checkEntityName("node", name);
  const node = repo.nodes.get(name);
  if (node) return node;
  const known = [...repo.nodes.keys()].sort(compareNames);
  const list = known.length === 0 ? "no nodes in parameters/" : known.length <= LISTED_NODES_MAX ? `known nodes: ${known.join(", ")}` : `${known.length} known nodes, e.g. ${known.slice(0, LISTED_NODES_MAX).join(", ")}`;
  throw new InputError(`unknown node '${name}' (${list})`, `parameters/${name}`);
}

// src/plan/repo-fs.ts
import { lstatSync as lstatSync3, readdirSync as readdirSync2, readFileSync as readFileSync3, readlinkSync as readlinkSync2, realpathSync as realpathSync2, statSync } from "node:fs";
import { join as join9, relative, resolve as resolve2, sep } from "node:path";
var IGNORED_FILE = ".gitkeep";
function openRepoRoot(dir) {
  const root = resolve2(dir);
  let stats;
  try {
    stats = statSync(root);
  } catch {
    throw new InputError("repository not found", dir);
  }
  if (!stats.isDirectory()) throw new InputError("repository is not a directory", dir);
  return { root, realRoot: realpathSync2(root) };
}
var isInside = (parent, child) => child === parent || child.startsWith(parent + sep);
function resolveInRepo(repo, rel, sources) {
  const logical = join9(repo.root, rel);
  if (!lstatOrUndefined2(logical)) return void 0;
  let real;
  try {
    real = realpathSync2(logical);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") throw new InputError("symlink loop", rel);
    throw new InputError(`broken symlink (-> ${linkText(logical)})`, rel);
  }
  if (!isInside(repo.realRoot, real)) {
    throw new InputError(`symlink leads outside the repository (-> ${linkText(logical)})`, rel);
  }
  const target = relative(repo.realRoot, real).split(sep).join("/");
  if (target !== rel) sources.add(target);
  return real;
}
function listNames(realDir) {
  return readdirSync2(realDir).filter((name) => name !== IGNORED_FILE).sort(compareNames);
}
function openDir(repo, rel, sources) {
  const real = resolveInRepo(repo, rel, sources);
  if (real && !statSync(real).isDirectory()) throw new InputError("expected a directory", rel);
  return real;
}
function readTextFile(repo, rel, sources) {
  const real = resolveInRepo(repo, rel, sources);
  if (!real) return void 0;
  if (!statSync(real).isFile()) throw new InputError("expected a file", rel);
  return readFileSync3(real, "utf8");
}
function checkOnlyKnown(names, known, dirRel) {
  const unknown = names.find((name) => !known.includes(name));
  if (unknown !== void 0) {
    throw new InputError(`unexpected entry (expected only: ${known.join(", ")})`, `${dirRel}/${unknown}`);
  }
}
function lstatOrUndefined2(path) {
  try {
    return lstatSync3(path);
  } catch {
    return void 0;
  }
}
function linkText(path) {
  try {
    return readlinkSync2(path);
  } catch {
    return "?";
  }
}

// src/plan/parse-requires.ts
function parseRequires(text, file) {
  const requirements = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const statement = raw.replace(/#.*$/, "").trim();
    if (!statement) return;
    const words = statement.split(/\s+/);
    const [kind, module] = words;
    if (words.length !== 2 || kind !== "after" && kind !== "before") {
      throw new InputError(`expected 'after MODULE' or 'before MODULE', got '${statement}'`, file, line);
    }
    requirements.push({ kind, module: checkEntityName("module", module, file, line), file, line });
  });
  return requirements;
}

// src/plan/read-params.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/plan/walk-tree.ts
import { lstatSync as lstatSync4, readlinkSync as readlinkSync3, statSync as statSync2 } from "node:fs";
import { join as join10 } from "node:path";
function walkTree(repo, dirRel, options) {
  const realDir = openDir(repo, dirRel, options.sources);
  if (!realDir) return [];
  const entries = [];
  walkInto(repo, realDir, dirRel, "", options, /* @__PURE__ */ new Set([realDir]), entries);
  return entries;
}
function walkInto(repo, realDir, dirRel, prefix, options, ancestors, out) {
  for (const name of listNames(realDir)) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const source = `${dirRel}/${rel}`;
    const path = join10(realDir, name);
    let stats = lstatSync4(path);
    let real = path;
    if (stats.isSymbolicLink()) {
      if (!options.followSymlinks) {
        out.push({ rel, source, type: "symlink", real, mode: stats.mode & 4095, linkTarget: readlinkSync3(path) });
        continue;
      }
      real = resolveInRepo(repo, source, options.sources);
      stats = statSync2(real);
    }
    if (stats.isDirectory()) {
      if (ancestors.has(real)) throw new InputError("symlink loop", source);
      out.push({ rel, source, type: "directory", real, mode: stats.mode & 4095 });
      walkInto(repo, real, dirRel, rel, options, /* @__PURE__ */ new Set([...ancestors, real]), out);
    } else if (stats.isFile()) {
      out.push({ rel, source, type: "file", real, mode: stats.mode & 4095 });
    } else {
      throw new InputError("unsupported file type (only files, directories and symlinks)", source);
    }
  }
}

// src/plan/read-params.ts
function readParams(repo, dirRel, sources) {
  const entries = walkTree(repo, dirRel, { followSymlinks: true, sources });
  return entries.map((entry) => {
    const key = checkParamKey(entry.rel, entry.source);
    return entry.type === "directory" ? { key, type: "dir", origin: entry.source } : { key, type: "value", value: readFileSync4(entry.real, "utf8"), origin: entry.source };
  }).sort((a, b) => comparePaths(a.key, b.key));
}

// src/plan/sources.ts
function compactSources(sources) {
  const all = [...sources];
  return all.filter((path, index) => all.findIndex((other) => path === other || path.startsWith(other + "/")) === index);
}

// src/plan/read-module.ts
var MODULE_ENTRIES = ["requires", "parameters", "files", "templates", "scripts"];
function readModule(repo, name) {
  const dir = `modules/${name}`;
  const sources = /* @__PURE__ */ new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  if (realDir) checkOnlyKnown(listNames(realDir), MODULE_ENTRIES, dir);
  const requiresFile = `${dir}/requires`;
  const requiresText = readTextFile(repo, requiresFile, sources) ?? "";
  const files = walkTree(repo, `${dir}/files`, { followSymlinks: false, sources }).map(
    (entry) => ({
      target: `/${entry.rel}`,
      source: entry.source,
      type: entry.type,
      mode: entry.mode.toString(8).padStart(4, "0"),
      ...entry.linkTarget !== void 0 ? { linkTarget: entry.linkTarget } : {}
    })
  );
  const templates = walkTree(repo, `${dir}/templates`, { followSymlinks: true, sources }).filter((entry) => entry.type === "file").map((entry) => ({ target: `/${entry.rel}`, source: entry.source }));
  const scripts = walkTree(repo, `${dir}/scripts`, { followSymlinks: true, sources }).filter((entry) => entry.type === "file" && !entry.rel.includes("/")).map((entry) => ({ name: entry.rel, source: entry.source }));
  return {
    name,
    requires: parseRequires(requiresText, requiresFile),
    files,
    templates,
    scripts,
    parameters: readParams(repo, `${dir}/parameters`, sources),
    sources: compactSources(sources)
  };
}

// src/plan/read-node.ts
import { statSync as statSync3 } from "node:fs";
import { join as join11 } from "node:path";
var NODE_ENTRIES = ["parameters", "modules"];
function readNode(repo, name) {
  const dir = `parameters/${name}`;
  const sources = /* @__PURE__ */ new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  if (realDir) checkOnlyKnown(listNames(realDir), NODE_ENTRIES, dir);
  const modulesDir = `${dir}/modules`;
  const realModulesDir = openDir(repo, modulesDir, sources);
  const modules = realModulesDir ? listNames(realModulesDir) : [];
  for (const module of modules) {
    const file = `${modulesDir}/${module}`;
    checkEntityName("module", module, file);
    const real = resolveInRepo(repo, file, sources) ?? join11(realModulesDir, module);
    if (!statSync3(real).isFile()) throw new InputError("expected an empty file naming a module", file);
  }
  return {
    name,
    modules: [...modules].sort(compareNames),
    parameters: readParams(repo, `${dir}/parameters`, sources),
    sources: compactSources(sources)
  };
}

// src/plan/read-repo.ts
function readRepo(dir) {
  const repo = openRepoRoot(dir);
  const nodeNames = listEntities(repo, "parameters", "node");
  const moduleNames = listEntities(repo, "modules", "module");
  if (nodeNames === void 0 && moduleNames === void 0) {
    throw new InputError("not a disco repository (neither parameters/ nor modules/ exists)", dir);
  }
  const nodes = new Map((nodeNames ?? []).map((name) => [name, readNode(repo, name)]));
  const modules = new Map((moduleNames ?? []).map((name) => [name, readModule(repo, name)]));
  return { root: repo.root, nodes, modules };
}
function listEntities(repo, folder, kind) {
  const realDir = openDir(repo, folder, /* @__PURE__ */ new Set());
  if (!realDir) return void 0;
  return listNames(realDir).map((name) => checkEntityName(kind, name, `${folder}/${name}`));
}

// src/reporters/dance-text.ts
var TYPE_NAMES = {
  file: "regular file",
  directory: "directory",
  symlink: "symbolic link",
  other: "other"
};
var TYPE_BITS = { file: 32768, directory: 16384, symlink: 40960, other: 0 };
var hexMode = (type, meta) => (TYPE_BITS[type] | parseInt(meta.mode, 8)).toString(16);
var perms = (meta) => `${meta.owner}:${meta.group} ${parseInt(meta.mode, 8).toString(8)}`;
var moduleLine = (name) => `info: Processing ${name}`;
function stepText(module, step) {
  let text = step.output && !step.output.endsWith("\n") ? step.output + "\n" : step.output;
  if (step.kind === "effect") text = `info: Executed : ${step.name}
` + text;
  if (step.exitCode !== 0) {
    const why = step.reason ? `, ${step.reason}` : "";
    text += `error: ${module}: ${step.kind} ${step.name} failed (exit ${step.exitCode}${why})
`;
  }
  return text;
}
function createdFacts(change, meta) {
  const type = meta.size === 0 && change.type === "file" ? "regular empty file" : TYPE_NAMES[change.type];
  const parts = [`type=[${type}]`, `mode=[${hexMode(change.type, meta)}]`, `selinux=[${meta.selinux ?? "?"}]`];
  if (meta.md5) parts.push(`md5=[${meta.md5}]`);
  if (meta.target !== void 0) parts.push(`target=[${meta.target}]`);
  parts.push(`perms=[${perms(meta)}]`);
  return parts.join(" ");
}
function modifiedFacts(change, before, after) {
  const parts = [];
  if (before.md5 !== after.md5) parts.push(`md5=[${before.md5 ?? "-"} => ${after.md5 ?? "-"}]`);
  if (before.target !== after.target) parts.push(`target=[${before.target ?? "-"} => ${after.target ?? "-"}]`);
  if (perms(before) !== perms(after)) parts.push(`perms=[${perms(before)} => ${perms(after)}]`);
  const [m1, m2] = [hexMode(change.type, before), hexMode(change.type, after)];
  if (m1 !== m2) parts.push(`mode=[${m1} => ${m2}]`);
  if ((before.selinux ?? "?") !== (after.selinux ?? "?")) parts.push(`selinux=[${before.selinux ?? "?"} => ${after.selinux ?? "?"}]`);
  return parts.join(" ");
}
function changeText(change) {
  const head = `info: File: file: ${change.path} : ${change.action[0].toUpperCase()}${change.action.slice(1)}`;
  let facts = "";
  if (change.action === "created" && change.after) facts = createdFacts(change, change.after);
  if (change.action === "modified" && change.before && change.after) facts = modifiedFacts(change, change.before, change.after);
  let text = facts ? `${head} : ${facts}
` : `${head}
`;
  if (change.binary) text += "(binary content differs)\n";
  else if (change.diff) text += change.diff.endsWith("\n") ? change.diff : change.diff + "\n";
  return text;
}
function verdictText(report) {
  const changes = report.modules.flatMap((m) => m.changes);
  const count = (action) => changes.filter((c) => c.action === action).length;
  const blocked = report.modules.reduce((n, m) => n + m.blocked.length, 0);
  const errors = report.errors.map((e) => `error: ${e.source ? `${e.source}: ` : ""}${e.message}
`).join("");
  const verb = report.mode === "noop" ? "would change" : "changed";
  return errors + `info: ${report.node} (${report.mode}) ${report.status}: ${verb} ${count("created")} created, ${count("modified")} modified, ${count("deleted")} deleted; ${blocked} command${blocked === 1 ? "" : "s"} ${report.mode === "noop" ? "blocked" : "run after the merge"}
`;
}

// src/cli/commands/dance.ts
var print = (text) => {
  if (text) process.stdout.write(text.endsWith("\n") ? text : text + "\n");
};
function printEvent(event) {
  if (event.kind === "module") print(moduleLine(event.module));
  if (event.kind === "step") print(stepText(event.module, event.step));
}
var danceCommand = {
  name: "dance",
  usage: "dance  [--noop] [--repo DIR] [--node NAME] [--root DIR] [--json FILE]   run every module of a node (NOOP=true works too)",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        noop: { type: "boolean", default: false },
        repo: { type: "string", default: "." },
        node: { type: "string", default: hostname() },
        root: { type: "string", default: "/" },
        json: { type: "string" },
        "scratch-size": { type: "string" }
      },
      strict: true
    });
    const noop = values.noop || /^(1|true|yes)$/i.test(process.env.NOOP ?? "");
    const repoRoot = resolve3(values.repo);
    const repo = readRepo(repoRoot);
    const plan = makePlan(repo, values.node);
    const report = await dance({
      repoRoot,
      plan,
      root: resolve3(values.root),
      mode: noop ? "noop" : "apply",
      blocked: blockedCommands(repoRoot),
      scratchSize: values["scratch-size"],
      onEvent: printEvent
    });
    for (const module of report.modules) for (const change of module.changes) print(changeText(change));
    print(verdictText(report));
    if (values.json) writeReport(values.json, report);
    rememberReport(report);
    return report.status === "passed" ? EXIT_PASSED : EXIT_FAILED;
  }
};

// src/cli/commands.ts
var commands = [
  danceCommand
];

// src/cli/run.ts
var usage = () => ["usage: disco <command> [options]", "", ...commands.map((c) => `  ${c.usage}`)].join("\n");
async function run(argv) {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command '${name}' (try: disco help)
`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(args);
  } catch (error) {
    return reportError(error);
  }
}
function reportError(error) {
  const debug = process.env.DISCO_DEBUG === "1";
  if (isInputError(error)) {
    process.stderr.write(`error: ${error.message}
`);
    if (debug && error.stack) process.stderr.write(error.stack + "\n");
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${message.split("\n")[0]} (DISCO_DEBUG=1 for details)
`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + "\n");
  return 70;
}
function isInputError(error) {
  if (error instanceof InputError) return true;
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

// src/cli/index.ts
run(process.argv.slice(2)).then((code) => process.exitCode = code);
