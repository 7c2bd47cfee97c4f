#!/usr/bin/env node
import { createRequire as __discoCreateRequire } from 'node:module';
const require = __discoCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
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

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path6, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path6.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat, path6, options) {
      if (!stat.isSymbolicLink() && !stat.isFile()) {
        return false;
      }
      return checkPathExt(path6, options);
    }
    function isexe(path6, options, cb) {
      fs.stat(path6, function(er, stat) {
        cb(er, er ? false : checkStat(stat, path6, options));
      });
    }
    function sync(path6, options) {
      return checkStat(fs.statSync(path6), path6, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path6, options, cb) {
      fs.stat(path6, function(er, stat) {
        cb(er, er ? false : checkStat(stat, options));
      });
    }
    function sync(path6, options) {
      return checkStat(fs.statSync(path6), options);
    }
    function checkStat(stat, options) {
      return stat.isFile() && checkMode(stat, options);
    }
    function checkMode(stat, options) {
      var mod = stat.mode;
      var uid = stat.uid;
      var gid = stat.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path6, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve18, reject) {
          isexe(path6, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve18(is);
            }
          });
        });
      }
      core(path6, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path6, options) {
      try {
        return core.sync(path6, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path6 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve18, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve18(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path6.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve18(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve18, reject) => {
        if (ii === pathExt.length)
          return resolve18(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve18(p + ext);
          }
          return resolve18(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path6.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path6 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path6.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path6.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path6, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path6.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path6 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path6.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand2 = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand2}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn4(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn4;
    module.exports.spawn = spawn4;
    module.exports.sync = spawnSync2;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// node_modules/junit-report-builder/dist/index.js
var require_dist = __commonJS({
  "node_modules/junit-report-builder/dist/index.js"(exports, module) {
    "use strict";
    var require$$1 = __require("path");
    var require$$0 = __require("fs");
    var require$$2 = __require("util");
    var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
    function getDefaultExportFromCjs(x) {
      return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
    }
    var makeDir$2 = { exports: {} };
    var semver$1 = { exports: {} };
    (function(module2, exports$1) {
      exports$1 = module2.exports = SemVer;
      var debug;
      if (typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG)) {
        debug = function() {
          var args = Array.prototype.slice.call(arguments, 0);
          args.unshift("SEMVER");
          console.log.apply(console, args);
        };
      } else {
        debug = function() {
        };
      }
      exports$1.SEMVER_SPEC_VERSION = "2.0.0";
      var MAX_LENGTH = 256;
      var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
      9007199254740991;
      var MAX_SAFE_COMPONENT_LENGTH = 16;
      var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
      var re = exports$1.re = [];
      var safeRe = exports$1.safeRe = [];
      var src = exports$1.src = [];
      var t = exports$1.tokens = {};
      var R = 0;
      function tok(n2) {
        t[n2] = R++;
      }
      var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
      var safeRegexReplacements = [
        ["\\s", 1],
        ["\\d", MAX_LENGTH],
        [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
      ];
      function makeSafeRe(value) {
        for (var i3 = 0; i3 < safeRegexReplacements.length; i3++) {
          var token = safeRegexReplacements[i3][0];
          var max = safeRegexReplacements[i3][1];
          value = value.split(token + "*").join(token + "{0," + max + "}").split(token + "+").join(token + "{1," + max + "}");
        }
        return value;
      }
      tok("NUMERICIDENTIFIER");
      src[t.NUMERICIDENTIFIER] = "0|[1-9]\\d*";
      tok("NUMERICIDENTIFIERLOOSE");
      src[t.NUMERICIDENTIFIERLOOSE] = "\\d+";
      tok("NONNUMERICIDENTIFIER");
      src[t.NONNUMERICIDENTIFIER] = "\\d*[a-zA-Z-]" + LETTERDASHNUMBER + "*";
      tok("MAINVERSION");
      src[t.MAINVERSION] = "(" + src[t.NUMERICIDENTIFIER] + ")\\.(" + src[t.NUMERICIDENTIFIER] + ")\\.(" + src[t.NUMERICIDENTIFIER] + ")";
      tok("MAINVERSIONLOOSE");
      src[t.MAINVERSIONLOOSE] = "(" + src[t.NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[t.NUMERICIDENTIFIERLOOSE] + ")\\.(" + src[t.NUMERICIDENTIFIERLOOSE] + ")";
      tok("PRERELEASEIDENTIFIER");
      src[t.PRERELEASEIDENTIFIER] = "(?:" + src[t.NUMERICIDENTIFIER] + "|" + src[t.NONNUMERICIDENTIFIER] + ")";
      tok("PRERELEASEIDENTIFIERLOOSE");
      src[t.PRERELEASEIDENTIFIERLOOSE] = "(?:" + src[t.NUMERICIDENTIFIERLOOSE] + "|" + src[t.NONNUMERICIDENTIFIER] + ")";
      tok("PRERELEASE");
      src[t.PRERELEASE] = "(?:-(" + src[t.PRERELEASEIDENTIFIER] + "(?:\\." + src[t.PRERELEASEIDENTIFIER] + ")*))";
      tok("PRERELEASELOOSE");
      src[t.PRERELEASELOOSE] = "(?:-?(" + src[t.PRERELEASEIDENTIFIERLOOSE] + "(?:\\." + src[t.PRERELEASEIDENTIFIERLOOSE] + ")*))";
      tok("BUILDIDENTIFIER");
      src[t.BUILDIDENTIFIER] = LETTERDASHNUMBER + "+";
      tok("BUILD");
      src[t.BUILD] = "(?:\\+(" + src[t.BUILDIDENTIFIER] + "(?:\\." + src[t.BUILDIDENTIFIER] + ")*))";
      tok("FULL");
      tok("FULLPLAIN");
      src[t.FULLPLAIN] = "v?" + src[t.MAINVERSION] + src[t.PRERELEASE] + "?" + src[t.BUILD] + "?";
      src[t.FULL] = "^" + src[t.FULLPLAIN] + "$";
      tok("LOOSEPLAIN");
      src[t.LOOSEPLAIN] = "[v=\\s]*" + src[t.MAINVERSIONLOOSE] + src[t.PRERELEASELOOSE] + "?" + src[t.BUILD] + "?";
      tok("LOOSE");
      src[t.LOOSE] = "^" + src[t.LOOSEPLAIN] + "$";
      tok("GTLT");
      src[t.GTLT] = "((?:<|>)?=?)";
      tok("XRANGEIDENTIFIERLOOSE");
      src[t.XRANGEIDENTIFIERLOOSE] = src[t.NUMERICIDENTIFIERLOOSE] + "|x|X|\\*";
      tok("XRANGEIDENTIFIER");
      src[t.XRANGEIDENTIFIER] = src[t.NUMERICIDENTIFIER] + "|x|X|\\*";
      tok("XRANGEPLAIN");
      src[t.XRANGEPLAIN] = "[v=\\s]*(" + src[t.XRANGEIDENTIFIER] + ")(?:\\.(" + src[t.XRANGEIDENTIFIER] + ")(?:\\.(" + src[t.XRANGEIDENTIFIER] + ")(?:" + src[t.PRERELEASE] + ")?" + src[t.BUILD] + "?)?)?";
      tok("XRANGEPLAINLOOSE");
      src[t.XRANGEPLAINLOOSE] = "[v=\\s]*(" + src[t.XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[t.XRANGEIDENTIFIERLOOSE] + ")(?:\\.(" + src[t.XRANGEIDENTIFIERLOOSE] + ")(?:" + src[t.PRERELEASELOOSE] + ")?" + src[t.BUILD] + "?)?)?";
      tok("XRANGE");
      src[t.XRANGE] = "^" + src[t.GTLT] + "\\s*" + src[t.XRANGEPLAIN] + "$";
      tok("XRANGELOOSE");
      src[t.XRANGELOOSE] = "^" + src[t.GTLT] + "\\s*" + src[t.XRANGEPLAINLOOSE] + "$";
      tok("COERCE");
      src[t.COERCE] = "(^|[^\\d])(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "})(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:\\.(\\d{1," + MAX_SAFE_COMPONENT_LENGTH + "}))?(?:$|[^\\d])";
      tok("COERCERTL");
      re[t.COERCERTL] = new RegExp(src[t.COERCE], "g");
      safeRe[t.COERCERTL] = new RegExp(makeSafeRe(src[t.COERCE]), "g");
      tok("LONETILDE");
      src[t.LONETILDE] = "(?:~>?)";
      tok("TILDETRIM");
      src[t.TILDETRIM] = "(\\s*)" + src[t.LONETILDE] + "\\s+";
      re[t.TILDETRIM] = new RegExp(src[t.TILDETRIM], "g");
      safeRe[t.TILDETRIM] = new RegExp(makeSafeRe(src[t.TILDETRIM]), "g");
      var tildeTrimReplace = "$1~";
      tok("TILDE");
      src[t.TILDE] = "^" + src[t.LONETILDE] + src[t.XRANGEPLAIN] + "$";
      tok("TILDELOOSE");
      src[t.TILDELOOSE] = "^" + src[t.LONETILDE] + src[t.XRANGEPLAINLOOSE] + "$";
      tok("LONECARET");
      src[t.LONECARET] = "(?:\\^)";
      tok("CARETTRIM");
      src[t.CARETTRIM] = "(\\s*)" + src[t.LONECARET] + "\\s+";
      re[t.CARETTRIM] = new RegExp(src[t.CARETTRIM], "g");
      safeRe[t.CARETTRIM] = new RegExp(makeSafeRe(src[t.CARETTRIM]), "g");
      var caretTrimReplace = "$1^";
      tok("CARET");
      src[t.CARET] = "^" + src[t.LONECARET] + src[t.XRANGEPLAIN] + "$";
      tok("CARETLOOSE");
      src[t.CARETLOOSE] = "^" + src[t.LONECARET] + src[t.XRANGEPLAINLOOSE] + "$";
      tok("COMPARATORLOOSE");
      src[t.COMPARATORLOOSE] = "^" + src[t.GTLT] + "\\s*(" + src[t.LOOSEPLAIN] + ")$|^$";
      tok("COMPARATOR");
      src[t.COMPARATOR] = "^" + src[t.GTLT] + "\\s*(" + src[t.FULLPLAIN] + ")$|^$";
      tok("COMPARATORTRIM");
      src[t.COMPARATORTRIM] = "(\\s*)" + src[t.GTLT] + "\\s*(" + src[t.LOOSEPLAIN] + "|" + src[t.XRANGEPLAIN] + ")";
      re[t.COMPARATORTRIM] = new RegExp(src[t.COMPARATORTRIM], "g");
      safeRe[t.COMPARATORTRIM] = new RegExp(makeSafeRe(src[t.COMPARATORTRIM]), "g");
      var comparatorTrimReplace = "$1$2$3";
      tok("HYPHENRANGE");
      src[t.HYPHENRANGE] = "^\\s*(" + src[t.XRANGEPLAIN] + ")\\s+-\\s+(" + src[t.XRANGEPLAIN] + ")\\s*$";
      tok("HYPHENRANGELOOSE");
      src[t.HYPHENRANGELOOSE] = "^\\s*(" + src[t.XRANGEPLAINLOOSE] + ")\\s+-\\s+(" + src[t.XRANGEPLAINLOOSE] + ")\\s*$";
      tok("STAR");
      src[t.STAR] = "(<|>)?=?\\s*\\*";
      for (var i2 = 0; i2 < R; i2++) {
        debug(i2, src[i2]);
        if (!re[i2]) {
          re[i2] = new RegExp(src[i2]);
          safeRe[i2] = new RegExp(makeSafeRe(src[i2]));
        }
      }
      exports$1.parse = parse;
      function parse(version, options) {
        if (!options || typeof options !== "object") {
          options = {
            loose: !!options,
            includePrerelease: false
          };
        }
        if (version instanceof SemVer) {
          return version;
        }
        if (typeof version !== "string") {
          return null;
        }
        if (version.length > MAX_LENGTH) {
          return null;
        }
        var r = options.loose ? safeRe[t.LOOSE] : safeRe[t.FULL];
        if (!r.test(version)) {
          return null;
        }
        try {
          return new SemVer(version, options);
        } catch (er) {
          return null;
        }
      }
      exports$1.valid = valid;
      function valid(version, options) {
        var v = parse(version, options);
        return v ? v.version : null;
      }
      exports$1.clean = clean2;
      function clean2(version, options) {
        var s = parse(version.trim().replace(/^[=v]+/, ""), options);
        return s ? s.version : null;
      }
      exports$1.SemVer = SemVer;
      function SemVer(version, options) {
        if (!options || typeof options !== "object") {
          options = {
            loose: !!options,
            includePrerelease: false
          };
        }
        if (version instanceof SemVer) {
          if (version.loose === options.loose) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError("Invalid Version: " + version);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError("version is longer than " + MAX_LENGTH + " characters");
        }
        if (!(this instanceof SemVer)) {
          return new SemVer(version, options);
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        var m = version.trim().match(options.loose ? safeRe[t.LOOSE] : safeRe[t.FULL]);
        if (!m) {
          throw new TypeError("Invalid Version: " + version);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map(function(id) {
            if (/^[0-9]+$/.test(id)) {
              var num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      SemVer.prototype.format = function() {
        this.version = this.major + "." + this.minor + "." + this.patch;
        if (this.prerelease.length) {
          this.version += "-" + this.prerelease.join(".");
        }
        return this.version;
      };
      SemVer.prototype.toString = function() {
        return this.version;
      };
      SemVer.prototype.compare = function(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof SemVer)) {
          other = new SemVer(other, this.options);
        }
        return this.compareMain(other) || this.comparePre(other);
      };
      SemVer.prototype.compareMain = function(other) {
        if (!(other instanceof SemVer)) {
          other = new SemVer(other, this.options);
        }
        return compareIdentifiers(this.major, other.major) || compareIdentifiers(this.minor, other.minor) || compareIdentifiers(this.patch, other.patch);
      };
      SemVer.prototype.comparePre = function(other) {
        if (!(other instanceof SemVer)) {
          other = new SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        var i3 = 0;
        do {
          var a2 = this.prerelease[i3];
          var b = other.prerelease[i3];
          debug("prerelease compare", i3, a2, b);
          if (a2 === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a2 === void 0) {
            return -1;
          } else if (a2 === b) {
            continue;
          } else {
            return compareIdentifiers(a2, b);
          }
        } while (++i3);
      };
      SemVer.prototype.compareBuild = function(other) {
        if (!(other instanceof SemVer)) {
          other = new SemVer(other, this.options);
        }
        var i3 = 0;
        do {
          var a2 = this.build[i3];
          var b = other.build[i3];
          debug("prerelease compare", i3, a2, b);
          if (a2 === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a2 === void 0) {
            return -1;
          } else if (a2 === b) {
            continue;
          } else {
            return compareIdentifiers(a2, b);
          }
        } while (++i3);
      };
      SemVer.prototype.inc = function(release, identifier) {
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier);
            this.inc("pre", identifier);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier);
            }
            this.inc("pre", identifier);
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 "pre" would become 1.0.0-0 which is the wrong direction.
          case "pre":
            if (this.prerelease.length === 0) {
              this.prerelease = [0];
            } else {
              var i3 = this.prerelease.length;
              while (--i3 >= 0) {
                if (typeof this.prerelease[i3] === "number") {
                  this.prerelease[i3]++;
                  i3 = -2;
                }
              }
              if (i3 === -1) {
                this.prerelease.push(0);
              }
            }
            if (identifier) {
              if (this.prerelease[0] === identifier) {
                if (isNaN(this.prerelease[1])) {
                  this.prerelease = [identifier, 0];
                }
              } else {
                this.prerelease = [identifier, 0];
              }
            }
            break;
          default:
            throw new Error("invalid increment argument: " + release);
        }
        this.format();
        this.raw = this.version;
        return this;
      };
      exports$1.inc = inc;
      function inc(version, release, loose, identifier) {
        if (typeof loose === "string") {
          identifier = loose;
          loose = void 0;
        }
        try {
          return new SemVer(version, loose).inc(release, identifier).version;
        } catch (er) {
          return null;
        }
      }
      exports$1.diff = diff;
      function diff(version1, version2) {
        if (eq(version1, version2)) {
          return null;
        } else {
          var v1 = parse(version1);
          var v2 = parse(version2);
          var prefix = "";
          if (v1.prerelease.length || v2.prerelease.length) {
            prefix = "pre";
            var defaultResult = "prerelease";
          }
          for (var key in v1) {
            if (key === "major" || key === "minor" || key === "patch") {
              if (v1[key] !== v2[key]) {
                return prefix + key;
              }
            }
          }
          return defaultResult;
        }
      }
      exports$1.compareIdentifiers = compareIdentifiers;
      var numeric = /^[0-9]+$/;
      function compareIdentifiers(a2, b) {
        var anum = numeric.test(a2);
        var bnum = numeric.test(b);
        if (anum && bnum) {
          a2 = +a2;
          b = +b;
        }
        return a2 === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a2 < b ? -1 : 1;
      }
      exports$1.rcompareIdentifiers = rcompareIdentifiers;
      function rcompareIdentifiers(a2, b) {
        return compareIdentifiers(b, a2);
      }
      exports$1.major = major;
      function major(a2, loose) {
        return new SemVer(a2, loose).major;
      }
      exports$1.minor = minor;
      function minor(a2, loose) {
        return new SemVer(a2, loose).minor;
      }
      exports$1.patch = patch;
      function patch(a2, loose) {
        return new SemVer(a2, loose).patch;
      }
      exports$1.compare = compare;
      function compare(a2, b, loose) {
        return new SemVer(a2, loose).compare(new SemVer(b, loose));
      }
      exports$1.compareLoose = compareLoose;
      function compareLoose(a2, b) {
        return compare(a2, b, true);
      }
      exports$1.compareBuild = compareBuild;
      function compareBuild(a2, b, loose) {
        var versionA = new SemVer(a2, loose);
        var versionB = new SemVer(b, loose);
        return versionA.compare(versionB) || versionA.compareBuild(versionB);
      }
      exports$1.rcompare = rcompare;
      function rcompare(a2, b, loose) {
        return compare(b, a2, loose);
      }
      exports$1.sort = sort;
      function sort(list, loose) {
        return list.sort(function(a2, b) {
          return exports$1.compareBuild(a2, b, loose);
        });
      }
      exports$1.rsort = rsort;
      function rsort(list, loose) {
        return list.sort(function(a2, b) {
          return exports$1.compareBuild(b, a2, loose);
        });
      }
      exports$1.gt = gt;
      function gt(a2, b, loose) {
        return compare(a2, b, loose) > 0;
      }
      exports$1.lt = lt;
      function lt(a2, b, loose) {
        return compare(a2, b, loose) < 0;
      }
      exports$1.eq = eq;
      function eq(a2, b, loose) {
        return compare(a2, b, loose) === 0;
      }
      exports$1.neq = neq;
      function neq(a2, b, loose) {
        return compare(a2, b, loose) !== 0;
      }
      exports$1.gte = gte;
      function gte(a2, b, loose) {
        return compare(a2, b, loose) >= 0;
      }
      exports$1.lte = lte;
      function lte(a2, b, loose) {
        return compare(a2, b, loose) <= 0;
      }
      exports$1.cmp = cmp;
      function cmp(a2, op, b, loose) {
        switch (op) {
          case "===":
            if (typeof a2 === "object")
              a2 = a2.version;
            if (typeof b === "object")
              b = b.version;
            return a2 === b;
          case "!==":
            if (typeof a2 === "object")
              a2 = a2.version;
            if (typeof b === "object")
              b = b.version;
            return a2 !== b;
          case "":
          case "=":
          case "==":
            return eq(a2, b, loose);
          case "!=":
            return neq(a2, b, loose);
          case ">":
            return gt(a2, b, loose);
          case ">=":
            return gte(a2, b, loose);
          case "<":
            return lt(a2, b, loose);
          case "<=":
            return lte(a2, b, loose);
          default:
            throw new TypeError("Invalid operator: " + op);
        }
      }
      exports$1.Comparator = Comparator;
      function Comparator(comp, options) {
        if (!options || typeof options !== "object") {
          options = {
            loose: !!options,
            includePrerelease: false
          };
        }
        if (comp instanceof Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        if (!(this instanceof Comparator)) {
          return new Comparator(comp, options);
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      var ANY = {};
      Comparator.prototype.parse = function(comp) {
        var r = this.options.loose ? safeRe[t.COMPARATORLOOSE] : safeRe[t.COMPARATOR];
        var m = comp.match(r);
        if (!m) {
          throw new TypeError("Invalid comparator: " + comp);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      };
      Comparator.prototype.toString = function() {
        return this.value;
      };
      Comparator.prototype.test = function(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      };
      Comparator.prototype.intersects = function(comp, options) {
        if (!(comp instanceof Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (!options || typeof options !== "object") {
          options = {
            loose: !!options,
            includePrerelease: false
          };
        }
        var rangeTmp;
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          rangeTmp = new Range(comp.value, options);
          return satisfies(this.value, rangeTmp, options);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          rangeTmp = new Range(this.value, options);
          return satisfies(comp.semver, rangeTmp, options);
        }
        var sameDirectionIncreasing = (this.operator === ">=" || this.operator === ">") && (comp.operator === ">=" || comp.operator === ">");
        var sameDirectionDecreasing = (this.operator === "<=" || this.operator === "<") && (comp.operator === "<=" || comp.operator === "<");
        var sameSemVer = this.semver.version === comp.semver.version;
        var differentDirectionsInclusive = (this.operator === ">=" || this.operator === "<=") && (comp.operator === ">=" || comp.operator === "<=");
        var oppositeDirectionsLessThan = cmp(this.semver, "<", comp.semver, options) && ((this.operator === ">=" || this.operator === ">") && (comp.operator === "<=" || comp.operator === "<"));
        var oppositeDirectionsGreaterThan = cmp(this.semver, ">", comp.semver, options) && ((this.operator === "<=" || this.operator === "<") && (comp.operator === ">=" || comp.operator === ">"));
        return sameDirectionIncreasing || sameDirectionDecreasing || sameSemVer && differentDirectionsInclusive || oppositeDirectionsLessThan || oppositeDirectionsGreaterThan;
      };
      exports$1.Range = Range;
      function Range(range, options) {
        if (!options || typeof options !== "object") {
          options = {
            loose: !!options,
            includePrerelease: false
          };
        }
        if (range instanceof Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          return new Range(range.value, options);
        }
        if (!(this instanceof Range)) {
          return new Range(range, options);
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().split(/\s+/).join(" ");
        this.set = this.raw.split("||").map(function(range2) {
          return this.parseRange(range2.trim());
        }, this).filter(function(c3) {
          return c3.length;
        });
        if (!this.set.length) {
          throw new TypeError("Invalid SemVer Range: " + this.raw);
        }
        this.format();
      }
      Range.prototype.format = function() {
        this.range = this.set.map(function(comps) {
          return comps.join(" ").trim();
        }).join("||").trim();
        return this.range;
      };
      Range.prototype.toString = function() {
        return this.range;
      };
      Range.prototype.parseRange = function(range) {
        var loose = this.options.loose;
        var hr = loose ? safeRe[t.HYPHENRANGELOOSE] : safeRe[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace);
        debug("hyphen replace", range);
        range = range.replace(safeRe[t.COMPARATORTRIM], comparatorTrimReplace);
        debug("comparator trim", range, safeRe[t.COMPARATORTRIM]);
        range = range.replace(safeRe[t.TILDETRIM], tildeTrimReplace);
        range = range.replace(safeRe[t.CARETTRIM], caretTrimReplace);
        range = range.split(/\s+/).join(" ");
        var compRe = loose ? safeRe[t.COMPARATORLOOSE] : safeRe[t.COMPARATOR];
        var set = range.split(" ").map(function(comp) {
          return parseComparator(comp, this.options);
        }, this).join(" ").split(/\s+/);
        if (this.options.loose) {
          set = set.filter(function(comp) {
            return !!comp.match(compRe);
          });
        }
        set = set.map(function(comp) {
          return new Comparator(comp, this.options);
        }, this);
        return set;
      };
      Range.prototype.intersects = function(range, options) {
        if (!(range instanceof Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some(function(thisComparators) {
          return isSatisfiable(thisComparators, options) && range.set.some(function(rangeComparators) {
            return isSatisfiable(rangeComparators, options) && thisComparators.every(function(thisComparator) {
              return rangeComparators.every(function(rangeComparator) {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      };
      function isSatisfiable(comparators, options) {
        var result = true;
        var remainingComparators = comparators.slice();
        var testComparator = remainingComparators.pop();
        while (result && remainingComparators.length) {
          result = remainingComparators.every(function(otherComparator) {
            return testComparator.intersects(otherComparator, options);
          });
          testComparator = remainingComparators.pop();
        }
        return result;
      }
      exports$1.toComparators = toComparators;
      function toComparators(range, options) {
        return new Range(range, options).set.map(function(comp) {
          return comp.map(function(c3) {
            return c3.value;
          }).join(" ").trim().split(" ");
        });
      }
      function parseComparator(comp, options) {
        debug("comp", comp, options);
        comp = replaceCarets(comp, options);
        debug("caret", comp);
        comp = replaceTildes(comp, options);
        debug("tildes", comp);
        comp = replaceXRanges(comp, options);
        debug("xrange", comp);
        comp = replaceStars(comp, options);
        debug("stars", comp);
        return comp;
      }
      function isX(id) {
        return !id || id.toLowerCase() === "x" || id === "*";
      }
      function replaceTildes(comp, options) {
        return comp.trim().split(/\s+/).map(function(comp2) {
          return replaceTilde(comp2, options);
        }).join(" ");
      }
      function replaceTilde(comp, options) {
        var r = options.loose ? safeRe[t.TILDELOOSE] : safeRe[t.TILDE];
        return comp.replace(r, function(_2, M, m, p, pr) {
          debug("tilde", comp, _2, M, m, p, pr);
          var ret;
          if (isX(M)) {
            ret = "";
          } else if (isX(m)) {
            ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0";
          } else if (isX(p)) {
            ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0";
          } else if (pr) {
            debug("replaceTilde pr", pr);
            ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0";
          } else {
            ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0";
          }
          debug("tilde return", ret);
          return ret;
        });
      }
      function replaceCarets(comp, options) {
        return comp.trim().split(/\s+/).map(function(comp2) {
          return replaceCaret(comp2, options);
        }).join(" ");
      }
      function replaceCaret(comp, options) {
        debug("caret", comp, options);
        var r = options.loose ? safeRe[t.CARETLOOSE] : safeRe[t.CARET];
        return comp.replace(r, function(_2, M, m, p, pr) {
          debug("caret", comp, _2, M, m, p, pr);
          var ret;
          if (isX(M)) {
            ret = "";
          } else if (isX(m)) {
            ret = ">=" + M + ".0.0 <" + (+M + 1) + ".0.0";
          } else if (isX(p)) {
            if (M === "0") {
              ret = ">=" + M + "." + m + ".0 <" + M + "." + (+m + 1) + ".0";
            } else {
              ret = ">=" + M + "." + m + ".0 <" + (+M + 1) + ".0.0";
            }
          } else if (pr) {
            debug("replaceCaret pr", pr);
            if (M === "0") {
              if (m === "0") {
                ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + m + "." + (+p + 1);
              } else {
                ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + M + "." + (+m + 1) + ".0";
              }
            } else {
              ret = ">=" + M + "." + m + "." + p + "-" + pr + " <" + (+M + 1) + ".0.0";
            }
          } else {
            debug("no pr");
            if (M === "0") {
              if (m === "0") {
                ret = ">=" + M + "." + m + "." + p + " <" + M + "." + m + "." + (+p + 1);
              } else {
                ret = ">=" + M + "." + m + "." + p + " <" + M + "." + (+m + 1) + ".0";
              }
            } else {
              ret = ">=" + M + "." + m + "." + p + " <" + (+M + 1) + ".0.0";
            }
          }
          debug("caret return", ret);
          return ret;
        });
      }
      function replaceXRanges(comp, options) {
        debug("replaceXRanges", comp, options);
        return comp.split(/\s+/).map(function(comp2) {
          return replaceXRange(comp2, options);
        }).join(" ");
      }
      function replaceXRange(comp, options) {
        comp = comp.trim();
        var r = options.loose ? safeRe[t.XRANGELOOSE] : safeRe[t.XRANGE];
        return comp.replace(r, function(ret, gtlt, M, m, p, pr) {
          debug("xRange", comp, ret, gtlt, M, m, p, pr);
          var xM = isX(M);
          var xm = xM || isX(m);
          var xp = xm || isX(p);
          var anyX = xp;
          if (gtlt === "=" && anyX) {
            gtlt = "";
          }
          pr = options.includePrerelease ? "-0" : "";
          if (xM) {
            if (gtlt === ">" || gtlt === "<") {
              ret = "<0.0.0-0";
            } else {
              ret = "*";
            }
          } else if (gtlt && anyX) {
            if (xm) {
              m = 0;
            }
            p = 0;
            if (gtlt === ">") {
              gtlt = ">=";
              if (xm) {
                M = +M + 1;
                m = 0;
                p = 0;
              } else {
                m = +m + 1;
                p = 0;
              }
            } else if (gtlt === "<=") {
              gtlt = "<";
              if (xm) {
                M = +M + 1;
              } else {
                m = +m + 1;
              }
            }
            ret = gtlt + M + "." + m + "." + p + pr;
          } else if (xm) {
            ret = ">=" + M + ".0.0" + pr + " <" + (+M + 1) + ".0.0" + pr;
          } else if (xp) {
            ret = ">=" + M + "." + m + ".0" + pr + " <" + M + "." + (+m + 1) + ".0" + pr;
          }
          debug("xRange return", ret);
          return ret;
        });
      }
      function replaceStars(comp, options) {
        debug("replaceStars", comp, options);
        return comp.trim().replace(safeRe[t.STAR], "");
      }
      function hyphenReplace($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr, tb) {
        if (isX(fM)) {
          from = "";
        } else if (isX(fm)) {
          from = ">=" + fM + ".0.0";
        } else if (isX(fp)) {
          from = ">=" + fM + "." + fm + ".0";
        } else {
          from = ">=" + from;
        }
        if (isX(tM)) {
          to = "";
        } else if (isX(tm)) {
          to = "<" + (+tM + 1) + ".0.0";
        } else if (isX(tp)) {
          to = "<" + tM + "." + (+tm + 1) + ".0";
        } else if (tpr) {
          to = "<=" + tM + "." + tm + "." + tp + "-" + tpr;
        } else {
          to = "<=" + to;
        }
        return (from + " " + to).trim();
      }
      Range.prototype.test = function(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (var i3 = 0; i3 < this.set.length; i3++) {
          if (testSet(this.set[i3], version, this.options)) {
            return true;
          }
        }
        return false;
      };
      function testSet(set, version, options) {
        for (var i3 = 0; i3 < set.length; i3++) {
          if (!set[i3].test(version)) {
            return false;
          }
        }
        if (version.prerelease.length && !options.includePrerelease) {
          for (i3 = 0; i3 < set.length; i3++) {
            debug(set[i3].semver);
            if (set[i3].semver === ANY) {
              continue;
            }
            if (set[i3].semver.prerelease.length > 0) {
              var allowed = set[i3].semver;
              if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
                return true;
              }
            }
          }
          return false;
        }
        return true;
      }
      exports$1.satisfies = satisfies;
      function satisfies(version, range, options) {
        try {
          range = new Range(range, options);
        } catch (er) {
          return false;
        }
        return range.test(version);
      }
      exports$1.maxSatisfying = maxSatisfying;
      function maxSatisfying(versions, range, options) {
        var max = null;
        var maxSV = null;
        try {
          var rangeObj = new Range(range, options);
        } catch (er) {
          return null;
        }
        versions.forEach(function(v) {
          if (rangeObj.test(v)) {
            if (!max || maxSV.compare(v) === -1) {
              max = v;
              maxSV = new SemVer(max, options);
            }
          }
        });
        return max;
      }
      exports$1.minSatisfying = minSatisfying;
      function minSatisfying(versions, range, options) {
        var min = null;
        var minSV = null;
        try {
          var rangeObj = new Range(range, options);
        } catch (er) {
          return null;
        }
        versions.forEach(function(v) {
          if (rangeObj.test(v)) {
            if (!min || minSV.compare(v) === 1) {
              min = v;
              minSV = new SemVer(min, options);
            }
          }
        });
        return min;
      }
      exports$1.minVersion = minVersion;
      function minVersion(range, loose) {
        range = new Range(range, loose);
        var minver = new SemVer("0.0.0");
        if (range.test(minver)) {
          return minver;
        }
        minver = new SemVer("0.0.0-0");
        if (range.test(minver)) {
          return minver;
        }
        minver = null;
        for (var i3 = 0; i3 < range.set.length; ++i3) {
          var comparators = range.set[i3];
          comparators.forEach(function(comparator) {
            var compver = new SemVer(comparator.semver.version);
            switch (comparator.operator) {
              case ">":
                if (compver.prerelease.length === 0) {
                  compver.patch++;
                } else {
                  compver.prerelease.push(0);
                }
                compver.raw = compver.format();
              /* fallthrough */
              case "":
              case ">=":
                if (!minver || gt(minver, compver)) {
                  minver = compver;
                }
                break;
              case "<":
              case "<=":
                break;
              /* istanbul ignore next */
              default:
                throw new Error("Unexpected operation: " + comparator.operator);
            }
          });
        }
        if (minver && range.test(minver)) {
          return minver;
        }
        return null;
      }
      exports$1.validRange = validRange;
      function validRange(range, options) {
        try {
          return new Range(range, options).range || "*";
        } catch (er) {
          return null;
        }
      }
      exports$1.ltr = ltr;
      function ltr(version, range, options) {
        return outside(version, range, "<", options);
      }
      exports$1.gtr = gtr;
      function gtr(version, range, options) {
        return outside(version, range, ">", options);
      }
      exports$1.outside = outside;
      function outside(version, range, hilo, options) {
        version = new SemVer(version, options);
        range = new Range(range, options);
        var gtfn, ltefn, ltfn, comp, ecomp;
        switch (hilo) {
          case ">":
            gtfn = gt;
            ltefn = lte;
            ltfn = lt;
            comp = ">";
            ecomp = ">=";
            break;
          case "<":
            gtfn = lt;
            ltefn = gte;
            ltfn = gt;
            comp = "<";
            ecomp = "<=";
            break;
          default:
            throw new TypeError('Must provide a hilo val of "<" or ">"');
        }
        if (satisfies(version, range, options)) {
          return false;
        }
        for (var i3 = 0; i3 < range.set.length; ++i3) {
          var comparators = range.set[i3];
          var high = null;
          var low = null;
          comparators.forEach(function(comparator) {
            if (comparator.semver === ANY) {
              comparator = new Comparator(">=0.0.0");
            }
            high = high || comparator;
            low = low || comparator;
            if (gtfn(comparator.semver, high.semver, options)) {
              high = comparator;
            } else if (ltfn(comparator.semver, low.semver, options)) {
              low = comparator;
            }
          });
          if (high.operator === comp || high.operator === ecomp) {
            return false;
          }
          if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
            return false;
          } else if (low.operator === ecomp && ltfn(version, low.semver)) {
            return false;
          }
        }
        return true;
      }
      exports$1.prerelease = prerelease;
      function prerelease(version, options) {
        var parsed = parse(version, options);
        return parsed && parsed.prerelease.length ? parsed.prerelease : null;
      }
      exports$1.intersects = intersects;
      function intersects(r1, r2, options) {
        r1 = new Range(r1, options);
        r2 = new Range(r2, options);
        return r1.intersects(r2);
      }
      exports$1.coerce = coerce;
      function coerce(version, options) {
        if (version instanceof SemVer) {
          return version;
        }
        if (typeof version === "number") {
          version = String(version);
        }
        if (typeof version !== "string") {
          return null;
        }
        options = options || {};
        var match = null;
        if (!options.rtl) {
          match = version.match(safeRe[t.COERCE]);
        } else {
          var next;
          while ((next = safeRe[t.COERCERTL].exec(version)) && (!match || match.index + match[0].length !== version.length)) {
            if (!match || next.index + next[0].length !== match.index + match[0].length) {
              match = next;
            }
            safeRe[t.COERCERTL].lastIndex = next.index + next[1].length + next[2].length;
          }
          safeRe[t.COERCERTL].lastIndex = -1;
        }
        if (match === null) {
          return null;
        }
        return parse(match[2] + "." + (match[3] || "0") + "." + (match[4] || "0"), options);
      }
    })(semver$1, semver$1.exports);
    var semverExports = semver$1.exports;
    var fs = require$$0;
    var path6 = require$$1;
    var { promisify: promisify3 } = require$$2;
    var semver = semverExports;
    var useNativeRecursiveOption = semver.satisfies(process.version, ">=10.12.0");
    var checkPath = (pth) => {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path6.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
    var processOptions = (options) => {
      const defaults = {
        mode: 511,
        fs
      };
      return {
        ...defaults,
        ...options
      };
    };
    var permissionError = (pth) => {
      const error = new Error(`operation not permitted, mkdir '${pth}'`);
      error.code = "EPERM";
      error.errno = -4048;
      error.path = pth;
      error.syscall = "mkdir";
      return error;
    };
    var makeDir = async (input, options) => {
      checkPath(input);
      options = processOptions(options);
      const mkdir = promisify3(options.fs.mkdir);
      const stat = promisify3(options.fs.stat);
      if (useNativeRecursiveOption && options.fs.mkdir === fs.mkdir) {
        const pth = path6.resolve(input);
        await mkdir(pth, {
          mode: options.mode,
          recursive: true
        });
        return pth;
      }
      const make = async (pth) => {
        try {
          await mkdir(pth, options.mode);
          return pth;
        } catch (error) {
          if (error.code === "EPERM") {
            throw error;
          }
          if (error.code === "ENOENT") {
            if (path6.dirname(pth) === pth) {
              throw permissionError(pth);
            }
            if (error.message.includes("null bytes")) {
              throw error;
            }
            await make(path6.dirname(pth));
            return make(pth);
          }
          try {
            const stats = await stat(pth);
            if (!stats.isDirectory()) {
              throw new Error("The path is not a directory");
            }
          } catch (_2) {
            throw error;
          }
          return pth;
        }
      };
      return make(path6.resolve(input));
    };
    makeDir$2.exports = makeDir;
    makeDir$2.exports.sync = (input, options) => {
      checkPath(input);
      options = processOptions(options);
      if (useNativeRecursiveOption && options.fs.mkdirSync === fs.mkdirSync) {
        const pth = path6.resolve(input);
        fs.mkdirSync(pth, {
          mode: options.mode,
          recursive: true
        });
        return pth;
      }
      const make = (pth) => {
        try {
          options.fs.mkdirSync(pth, options.mode);
        } catch (error) {
          if (error.code === "EPERM") {
            throw error;
          }
          if (error.code === "ENOENT") {
            if (path6.dirname(pth) === pth) {
              throw permissionError(pth);
            }
            if (error.message.includes("null bytes")) {
              throw error;
            }
            make(path6.dirname(pth));
            return make(pth);
          }
          try {
            if (!options.fs.statSync(pth).isDirectory()) {
              throw new Error("The path is not a directory");
            }
          } catch (_2) {
            throw error;
          }
        }
        return pth;
      };
      return make(path6.resolve(input));
    };
    var makeDirExports = makeDir$2.exports;
    var makeDir$1 = /* @__PURE__ */ getDefaultExportFromCjs(makeDirExports);
    var lodash = { exports: {} };
    lodash.exports;
    (function(module2, exports$1) {
      (function() {
        var undefined$1;
        var VERSION = "4.18.1";
        var LARGE_ARRAY_SIZE = 200;
        var CORE_ERROR_TEXT = "Unsupported core-js use. Try https://npms.io/search?q=ponyfill.", FUNC_ERROR_TEXT = "Expected a function", INVALID_TEMPL_VAR_ERROR_TEXT = "Invalid `variable` option passed into `_.template`", INVALID_TEMPL_IMPORTS_ERROR_TEXT = "Invalid `imports` option passed into `_.template`";
        var HASH_UNDEFINED = "__lodash_hash_undefined__";
        var MAX_MEMOIZE_SIZE = 500;
        var PLACEHOLDER = "__lodash_placeholder__";
        var CLONE_DEEP_FLAG = 1, CLONE_FLAT_FLAG = 2, CLONE_SYMBOLS_FLAG = 4;
        var COMPARE_PARTIAL_FLAG = 1, COMPARE_UNORDERED_FLAG = 2;
        var WRAP_BIND_FLAG = 1, WRAP_BIND_KEY_FLAG = 2, WRAP_CURRY_BOUND_FLAG = 4, WRAP_CURRY_FLAG = 8, WRAP_CURRY_RIGHT_FLAG = 16, WRAP_PARTIAL_FLAG = 32, WRAP_PARTIAL_RIGHT_FLAG = 64, WRAP_ARY_FLAG = 128, WRAP_REARG_FLAG = 256, WRAP_FLIP_FLAG = 512;
        var DEFAULT_TRUNC_LENGTH = 30, DEFAULT_TRUNC_OMISSION = "...";
        var HOT_COUNT = 800, HOT_SPAN = 16;
        var LAZY_FILTER_FLAG = 1, LAZY_MAP_FLAG = 2, LAZY_WHILE_FLAG = 3;
        var INFINITY = 1 / 0, MAX_SAFE_INTEGER = 9007199254740991, MAX_INTEGER = 17976931348623157e292, NAN = 0 / 0;
        var MAX_ARRAY_LENGTH = 4294967295, MAX_ARRAY_INDEX = MAX_ARRAY_LENGTH - 1, HALF_MAX_ARRAY_LENGTH = MAX_ARRAY_LENGTH >>> 1;
        var wrapFlags = [
          ["ary", WRAP_ARY_FLAG],
          ["bind", WRAP_BIND_FLAG],
          ["bindKey", WRAP_BIND_KEY_FLAG],
          ["curry", WRAP_CURRY_FLAG],
          ["curryRight", WRAP_CURRY_RIGHT_FLAG],
          ["flip", WRAP_FLIP_FLAG],
          ["partial", WRAP_PARTIAL_FLAG],
          ["partialRight", WRAP_PARTIAL_RIGHT_FLAG],
          ["rearg", WRAP_REARG_FLAG]
        ];
        var argsTag = "[object Arguments]", arrayTag = "[object Array]", asyncTag = "[object AsyncFunction]", boolTag = "[object Boolean]", dateTag = "[object Date]", domExcTag = "[object DOMException]", errorTag = "[object Error]", funcTag = "[object Function]", genTag = "[object GeneratorFunction]", mapTag = "[object Map]", numberTag = "[object Number]", nullTag = "[object Null]", objectTag = "[object Object]", promiseTag = "[object Promise]", proxyTag = "[object Proxy]", regexpTag = "[object RegExp]", setTag = "[object Set]", stringTag = "[object String]", symbolTag = "[object Symbol]", undefinedTag = "[object Undefined]", weakMapTag = "[object WeakMap]", weakSetTag = "[object WeakSet]";
        var arrayBufferTag = "[object ArrayBuffer]", dataViewTag = "[object DataView]", float32Tag = "[object Float32Array]", float64Tag = "[object Float64Array]", int8Tag = "[object Int8Array]", int16Tag = "[object Int16Array]", int32Tag = "[object Int32Array]", uint8Tag = "[object Uint8Array]", uint8ClampedTag = "[object Uint8ClampedArray]", uint16Tag = "[object Uint16Array]", uint32Tag = "[object Uint32Array]";
        var reEmptyStringLeading = /\b__p \+= '';/g, reEmptyStringMiddle = /\b(__p \+=) '' \+/g, reEmptyStringTrailing = /(__e\(.*?\)|\b__t\)) \+\n'';/g;
        var reEscapedHtml = /&(?:amp|lt|gt|quot|#39);/g, reUnescapedHtml = /[&<>"']/g, reHasEscapedHtml = RegExp(reEscapedHtml.source), reHasUnescapedHtml = RegExp(reUnescapedHtml.source);
        var reEscape = /<%-([\s\S]+?)%>/g, reEvaluate = /<%([\s\S]+?)%>/g, reInterpolate = /<%=([\s\S]+?)%>/g;
        var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, reIsPlainProp = /^\w*$/, rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
        var reRegExpChar = /[\\^$.*+?()[\]{}|]/g, reHasRegExpChar = RegExp(reRegExpChar.source);
        var reTrimStart = /^\s+/;
        var reWhitespace = /\s/;
        var reWrapComment = /\{(?:\n\/\* \[wrapped with .+\] \*\/)?\n?/, reWrapDetails = /\{\n\/\* \[wrapped with (.+)\] \*/, reSplitDetails = /,? & /;
        var reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
        var reForbiddenIdentifierChars = /[()=,{}\[\]\/\s]/;
        var reEscapeChar = /\\(\\)?/g;
        var reEsTemplate = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g;
        var reFlags = /\w*$/;
        var reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
        var reIsBinary = /^0b[01]+$/i;
        var reIsHostCtor = /^\[object .+?Constructor\]$/;
        var reIsOctal = /^0o[0-7]+$/i;
        var reIsUint = /^(?:0|[1-9]\d*)$/;
        var reLatin = /[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g;
        var reNoMatch = /($^)/;
        var reUnescapedString = /['\n\r\u2028\u2029\\]/g;
        var rsAstralRange = "\\ud800-\\udfff", rsComboMarksRange = "\\u0300-\\u036f", reComboHalfMarksRange = "\\ufe20-\\ufe2f", rsComboSymbolsRange = "\\u20d0-\\u20ff", rsComboRange = rsComboMarksRange + reComboHalfMarksRange + rsComboSymbolsRange, rsDingbatRange = "\\u2700-\\u27bf", rsLowerRange = "a-z\\xdf-\\xf6\\xf8-\\xff", rsMathOpRange = "\\xac\\xb1\\xd7\\xf7", rsNonCharRange = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf", rsPunctuationRange = "\\u2000-\\u206f", rsSpaceRange = " \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000", rsUpperRange = "A-Z\\xc0-\\xd6\\xd8-\\xde", rsVarRange = "\\ufe0e\\ufe0f", rsBreakRange = rsMathOpRange + rsNonCharRange + rsPunctuationRange + rsSpaceRange;
        var rsApos = "['\u2019]", rsAstral = "[" + rsAstralRange + "]", rsBreak = "[" + rsBreakRange + "]", rsCombo = "[" + rsComboRange + "]", rsDigits = "\\d+", rsDingbat = "[" + rsDingbatRange + "]", rsLower = "[" + rsLowerRange + "]", rsMisc = "[^" + rsAstralRange + rsBreakRange + rsDigits + rsDingbatRange + rsLowerRange + rsUpperRange + "]", rsFitz = "\\ud83c[\\udffb-\\udfff]", rsModifier = "(?:" + rsCombo + "|" + rsFitz + ")", rsNonAstral = "[^" + rsAstralRange + "]", rsRegional = "(?:\\ud83c[\\udde6-\\uddff]){2}", rsSurrPair = "[\\ud800-\\udbff][\\udc00-\\udfff]", rsUpper = "[" + rsUpperRange + "]", rsZWJ = "\\u200d";
        var rsMiscLower = "(?:" + rsLower + "|" + rsMisc + ")", rsMiscUpper = "(?:" + rsUpper + "|" + rsMisc + ")", rsOptContrLower = "(?:" + rsApos + "(?:d|ll|m|re|s|t|ve))?", rsOptContrUpper = "(?:" + rsApos + "(?:D|LL|M|RE|S|T|VE))?", reOptMod = rsModifier + "?", rsOptVar = "[" + rsVarRange + "]?", rsOptJoin = "(?:" + rsZWJ + "(?:" + [rsNonAstral, rsRegional, rsSurrPair].join("|") + ")" + rsOptVar + reOptMod + ")*", rsOrdLower = "\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])", rsOrdUpper = "\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])", rsSeq = rsOptVar + reOptMod + rsOptJoin, rsEmoji = "(?:" + [rsDingbat, rsRegional, rsSurrPair].join("|") + ")" + rsSeq, rsSymbol = "(?:" + [rsNonAstral + rsCombo + "?", rsCombo, rsRegional, rsSurrPair, rsAstral].join("|") + ")";
        var reApos = RegExp(rsApos, "g");
        var reComboMark = RegExp(rsCombo, "g");
        var reUnicode = RegExp(rsFitz + "(?=" + rsFitz + ")|" + rsSymbol + rsSeq, "g");
        var reUnicodeWord = RegExp([
          rsUpper + "?" + rsLower + "+" + rsOptContrLower + "(?=" + [rsBreak, rsUpper, "$"].join("|") + ")",
          rsMiscUpper + "+" + rsOptContrUpper + "(?=" + [rsBreak, rsUpper + rsMiscLower, "$"].join("|") + ")",
          rsUpper + "?" + rsMiscLower + "+" + rsOptContrLower,
          rsUpper + "+" + rsOptContrUpper,
          rsOrdUpper,
          rsOrdLower,
          rsDigits,
          rsEmoji
        ].join("|"), "g");
        var reHasUnicode = RegExp("[" + rsZWJ + rsAstralRange + rsComboRange + rsVarRange + "]");
        var reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
        var contextProps = [
          "Array",
          "Buffer",
          "DataView",
          "Date",
          "Error",
          "Float32Array",
          "Float64Array",
          "Function",
          "Int8Array",
          "Int16Array",
          "Int32Array",
          "Map",
          "Math",
          "Object",
          "Promise",
          "RegExp",
          "Set",
          "String",
          "Symbol",
          "TypeError",
          "Uint8Array",
          "Uint8ClampedArray",
          "Uint16Array",
          "Uint32Array",
          "WeakMap",
          "_",
          "clearTimeout",
          "isFinite",
          "parseInt",
          "setTimeout"
        ];
        var templateCounter = -1;
        var typedArrayTags = {};
        typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
        typedArrayTags[argsTag] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
        var cloneableTags = {};
        cloneableTags[argsTag] = cloneableTags[arrayTag] = cloneableTags[arrayBufferTag] = cloneableTags[dataViewTag] = cloneableTags[boolTag] = cloneableTags[dateTag] = cloneableTags[float32Tag] = cloneableTags[float64Tag] = cloneableTags[int8Tag] = cloneableTags[int16Tag] = cloneableTags[int32Tag] = cloneableTags[mapTag] = cloneableTags[numberTag] = cloneableTags[objectTag] = cloneableTags[regexpTag] = cloneableTags[setTag] = cloneableTags[stringTag] = cloneableTags[symbolTag] = cloneableTags[uint8Tag] = cloneableTags[uint8ClampedTag] = cloneableTags[uint16Tag] = cloneableTags[uint32Tag] = true;
        cloneableTags[errorTag] = cloneableTags[funcTag] = cloneableTags[weakMapTag] = false;
        var deburredLetters = {
          // Latin-1 Supplement block.
          "\xC0": "A",
          "\xC1": "A",
          "\xC2": "A",
          "\xC3": "A",
          "\xC4": "A",
          "\xC5": "A",
          "\xE0": "a",
          "\xE1": "a",
          "\xE2": "a",
          "\xE3": "a",
          "\xE4": "a",
          "\xE5": "a",
          "\xC7": "C",
          "\xE7": "c",
          "\xD0": "D",
          "\xF0": "d",
          "\xC8": "E",
          "\xC9": "E",
          "\xCA": "E",
          "\xCB": "E",
          "\xE8": "e",
          "\xE9": "e",
          "\xEA": "e",
          "\xEB": "e",
          "\xCC": "I",
          "\xCD": "I",
          "\xCE": "I",
          "\xCF": "I",
          "\xEC": "i",
          "\xED": "i",
          "\xEE": "i",
          "\xEF": "i",
          "\xD1": "N",
          "\xF1": "n",
          "\xD2": "O",
          "\xD3": "O",
          "\xD4": "O",
          "\xD5": "O",
          "\xD6": "O",
          "\xD8": "O",
          "\xF2": "o",
          "\xF3": "o",
          "\xF4": "o",
          "\xF5": "o",
          "\xF6": "o",
          "\xF8": "o",
          "\xD9": "U",
          "\xDA": "U",
          "\xDB": "U",
          "\xDC": "U",
          "\xF9": "u",
          "\xFA": "u",
          "\xFB": "u",
          "\xFC": "u",
          "\xDD": "Y",
          "\xFD": "y",
          "\xFF": "y",
          "\xC6": "Ae",
          "\xE6": "ae",
          "\xDE": "Th",
          "\xFE": "th",
          "\xDF": "ss",
          // Latin Extended-A block.
          "\u0100": "A",
          "\u0102": "A",
          "\u0104": "A",
          "\u0101": "a",
          "\u0103": "a",
          "\u0105": "a",
          "\u0106": "C",
          "\u0108": "C",
          "\u010A": "C",
          "\u010C": "C",
          "\u0107": "c",
          "\u0109": "c",
          "\u010B": "c",
          "\u010D": "c",
          "\u010E": "D",
          "\u0110": "D",
          "\u010F": "d",
          "\u0111": "d",
          "\u0112": "E",
          "\u0114": "E",
          "\u0116": "E",
          "\u0118": "E",
          "\u011A": "E",
          "\u0113": "e",
          "\u0115": "e",
          "\u0117": "e",
          "\u0119": "e",
          "\u011B": "e",
          "\u011C": "G",
          "\u011E": "G",
          "\u0120": "G",
          "\u0122": "G",
          "\u011D": "g",
          "\u011F": "g",
          "\u0121": "g",
          "\u0123": "g",
          "\u0124": "H",
          "\u0126": "H",
          "\u0125": "h",
          "\u0127": "h",
          "\u0128": "I",
          "\u012A": "I",
          "\u012C": "I",
          "\u012E": "I",
          "\u0130": "I",
          "\u0129": "i",
          "\u012B": "i",
          "\u012D": "i",
          "\u012F": "i",
          "\u0131": "i",
          "\u0134": "J",
          "\u0135": "j",
          "\u0136": "K",
          "\u0137": "k",
          "\u0138": "k",
          "\u0139": "L",
          "\u013B": "L",
          "\u013D": "L",
          "\u013F": "L",
          "\u0141": "L",
          "\u013A": "l",
          "\u013C": "l",
          "\u013E": "l",
          "\u0140": "l",
          "\u0142": "l",
          "\u0143": "N",
          "\u0145": "N",
          "\u0147": "N",
          "\u014A": "N",
          "\u0144": "n",
          "\u0146": "n",
          "\u0148": "n",
          "\u014B": "n",
          "\u014C": "O",
          "\u014E": "O",
          "\u0150": "O",
          "\u014D": "o",
          "\u014F": "o",
          "\u0151": "o",
          "\u0154": "R",
          "\u0156": "R",
          "\u0158": "R",
          "\u0155": "r",
          "\u0157": "r",
          "\u0159": "r",
          "\u015A": "S",
          "\u015C": "S",
          "\u015E": "S",
          "\u0160": "S",
          "\u015B": "s",
          "\u015D": "s",
          "\u015F": "s",
          "\u0161": "s",
          "\u0162": "T",
          "\u0164": "T",
          "\u0166": "T",
          "\u0163": "t",
          "\u0165": "t",
          "\u0167": "t",
          "\u0168": "U",
          "\u016A": "U",
          "\u016C": "U",
          "\u016E": "U",
          "\u0170": "U",
          "\u0172": "U",
          "\u0169": "u",
          "\u016B": "u",
          "\u016D": "u",
          "\u016F": "u",
          "\u0171": "u",
          "\u0173": "u",
          "\u0174": "W",
          "\u0175": "w",
          "\u0176": "Y",
          "\u0177": "y",
          "\u0178": "Y",
          "\u0179": "Z",
          "\u017B": "Z",
          "\u017D": "Z",
          "\u017A": "z",
          "\u017C": "z",
          "\u017E": "z",
          "\u0132": "IJ",
          "\u0133": "ij",
          "\u0152": "Oe",
          "\u0153": "oe",
          "\u0149": "'n",
          "\u017F": "s"
        };
        var htmlEscapes = {
          "&": "&amp;",
          "<": "&lt;",
          ">": "&gt;",
          '"': "&quot;",
          "'": "&#39;"
        };
        var htmlUnescapes = {
          "&amp;": "&",
          "&lt;": "<",
          "&gt;": ">",
          "&quot;": '"',
          "&#39;": "'"
        };
        var stringEscapes = {
          "\\": "\\",
          "'": "'",
          "\n": "n",
          "\r": "r",
          "\u2028": "u2028",
          "\u2029": "u2029"
        };
        var freeParseFloat = parseFloat, freeParseInt = parseInt;
        var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
        var freeSelf = typeof self == "object" && self && self.Object === Object && self;
        var root = freeGlobal || freeSelf || Function("return this")();
        var freeExports = exports$1 && !exports$1.nodeType && exports$1;
        var freeModule = freeExports && true && module2 && !module2.nodeType && module2;
        var moduleExports = freeModule && freeModule.exports === freeExports;
        var freeProcess = moduleExports && freeGlobal.process;
        var nodeUtil = (function() {
          try {
            var types = freeModule && freeModule.require && freeModule.require("util").types;
            if (types) {
              return types;
            }
            return freeProcess && freeProcess.binding && freeProcess.binding("util");
          } catch (e) {
          }
        })();
        var nodeIsArrayBuffer = nodeUtil && nodeUtil.isArrayBuffer, nodeIsDate = nodeUtil && nodeUtil.isDate, nodeIsMap = nodeUtil && nodeUtil.isMap, nodeIsRegExp = nodeUtil && nodeUtil.isRegExp, nodeIsSet = nodeUtil && nodeUtil.isSet, nodeIsTypedArray = nodeUtil && nodeUtil.isTypedArray;
        function apply(func, thisArg, args) {
          switch (args.length) {
            case 0:
              return func.call(thisArg);
            case 1:
              return func.call(thisArg, args[0]);
            case 2:
              return func.call(thisArg, args[0], args[1]);
            case 3:
              return func.call(thisArg, args[0], args[1], args[2]);
          }
          return func.apply(thisArg, args);
        }
        function arrayAggregator(array2, setter, iteratee, accumulator) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          while (++index2 < length) {
            var value = array2[index2];
            setter(accumulator, value, iteratee(value), array2);
          }
          return accumulator;
        }
        function arrayEach(array2, iteratee) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          while (++index2 < length) {
            if (iteratee(array2[index2], index2, array2) === false) {
              break;
            }
          }
          return array2;
        }
        function arrayEachRight(array2, iteratee) {
          var length = array2 == null ? 0 : array2.length;
          while (length--) {
            if (iteratee(array2[length], length, array2) === false) {
              break;
            }
          }
          return array2;
        }
        function arrayEvery(array2, predicate) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          while (++index2 < length) {
            if (!predicate(array2[index2], index2, array2)) {
              return false;
            }
          }
          return true;
        }
        function arrayFilter(array2, predicate) {
          var index2 = -1, length = array2 == null ? 0 : array2.length, resIndex = 0, result = [];
          while (++index2 < length) {
            var value = array2[index2];
            if (predicate(value, index2, array2)) {
              result[resIndex++] = value;
            }
          }
          return result;
        }
        function arrayIncludes(array2, value) {
          var length = array2 == null ? 0 : array2.length;
          return !!length && baseIndexOf(array2, value, 0) > -1;
        }
        function arrayIncludesWith(array2, value, comparator) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          while (++index2 < length) {
            if (comparator(value, array2[index2])) {
              return true;
            }
          }
          return false;
        }
        function arrayMap(array2, iteratee) {
          var index2 = -1, length = array2 == null ? 0 : array2.length, result = Array(length);
          while (++index2 < length) {
            result[index2] = iteratee(array2[index2], index2, array2);
          }
          return result;
        }
        function arrayPush(array2, values) {
          var index2 = -1, length = values.length, offset = array2.length;
          while (++index2 < length) {
            array2[offset + index2] = values[index2];
          }
          return array2;
        }
        function arrayReduce(array2, iteratee, accumulator, initAccum) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          if (initAccum && length) {
            accumulator = array2[++index2];
          }
          while (++index2 < length) {
            accumulator = iteratee(accumulator, array2[index2], index2, array2);
          }
          return accumulator;
        }
        function arrayReduceRight(array2, iteratee, accumulator, initAccum) {
          var length = array2 == null ? 0 : array2.length;
          if (initAccum && length) {
            accumulator = array2[--length];
          }
          while (length--) {
            accumulator = iteratee(accumulator, array2[length], length, array2);
          }
          return accumulator;
        }
        function arraySome(array2, predicate) {
          var index2 = -1, length = array2 == null ? 0 : array2.length;
          while (++index2 < length) {
            if (predicate(array2[index2], index2, array2)) {
              return true;
            }
          }
          return false;
        }
        var asciiSize = baseProperty("length");
        function asciiToArray(string) {
          return string.split("");
        }
        function asciiWords(string) {
          return string.match(reAsciiWord) || [];
        }
        function baseFindKey(collection, predicate, eachFunc) {
          var result;
          eachFunc(collection, function(value, key, collection2) {
            if (predicate(value, key, collection2)) {
              result = key;
              return false;
            }
          });
          return result;
        }
        function baseFindIndex(array2, predicate, fromIndex, fromRight) {
          var length = array2.length, index2 = fromIndex + (fromRight ? 1 : -1);
          while (fromRight ? index2-- : ++index2 < length) {
            if (predicate(array2[index2], index2, array2)) {
              return index2;
            }
          }
          return -1;
        }
        function baseIndexOf(array2, value, fromIndex) {
          return value === value ? strictIndexOf(array2, value, fromIndex) : baseFindIndex(array2, baseIsNaN, fromIndex);
        }
        function baseIndexOfWith(array2, value, fromIndex, comparator) {
          var index2 = fromIndex - 1, length = array2.length;
          while (++index2 < length) {
            if (comparator(array2[index2], value)) {
              return index2;
            }
          }
          return -1;
        }
        function baseIsNaN(value) {
          return value !== value;
        }
        function baseMean(array2, iteratee) {
          var length = array2 == null ? 0 : array2.length;
          return length ? baseSum(array2, iteratee) / length : NAN;
        }
        function baseProperty(key) {
          return function(object2) {
            return object2 == null ? undefined$1 : object2[key];
          };
        }
        function basePropertyOf(object2) {
          return function(key) {
            return object2 == null ? undefined$1 : object2[key];
          };
        }
        function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
          eachFunc(collection, function(value, index2, collection2) {
            accumulator = initAccum ? (initAccum = false, value) : iteratee(accumulator, value, index2, collection2);
          });
          return accumulator;
        }
        function baseSortBy(array2, comparer) {
          var length = array2.length;
          array2.sort(comparer);
          while (length--) {
            array2[length] = array2[length].value;
          }
          return array2;
        }
        function baseSum(array2, iteratee) {
          var result, index2 = -1, length = array2.length;
          while (++index2 < length) {
            var current = iteratee(array2[index2]);
            if (current !== undefined$1) {
              result = result === undefined$1 ? current : result + current;
            }
          }
          return result;
        }
        function baseTimes(n2, iteratee) {
          var index2 = -1, result = Array(n2);
          while (++index2 < n2) {
            result[index2] = iteratee(index2);
          }
          return result;
        }
        function baseToPairs(object2, props) {
          return arrayMap(props, function(key) {
            return [key, object2[key]];
          });
        }
        function baseTrim(string) {
          return string ? string.slice(0, trimmedEndIndex(string) + 1).replace(reTrimStart, "") : string;
        }
        function baseUnary(func) {
          return function(value) {
            return func(value);
          };
        }
        function baseValues(object2, props) {
          return arrayMap(props, function(key) {
            return object2[key];
          });
        }
        function cacheHas(cache, key) {
          return cache.has(key);
        }
        function charsStartIndex(strSymbols, chrSymbols) {
          var index2 = -1, length = strSymbols.length;
          while (++index2 < length && baseIndexOf(chrSymbols, strSymbols[index2], 0) > -1) {
          }
          return index2;
        }
        function charsEndIndex(strSymbols, chrSymbols) {
          var index2 = strSymbols.length;
          while (index2-- && baseIndexOf(chrSymbols, strSymbols[index2], 0) > -1) {
          }
          return index2;
        }
        function countHolders(array2, placeholder) {
          var length = array2.length, result = 0;
          while (length--) {
            if (array2[length] === placeholder) {
              ++result;
            }
          }
          return result;
        }
        var deburrLetter = basePropertyOf(deburredLetters);
        var escapeHtmlChar = basePropertyOf(htmlEscapes);
        function escapeStringChar(chr) {
          return "\\" + stringEscapes[chr];
        }
        function getValue(object2, key) {
          return object2 == null ? undefined$1 : object2[key];
        }
        function hasUnicode(string) {
          return reHasUnicode.test(string);
        }
        function hasUnicodeWord(string) {
          return reHasUnicodeWord.test(string);
        }
        function iteratorToArray(iterator) {
          var data, result = [];
          while (!(data = iterator.next()).done) {
            result.push(data.value);
          }
          return result;
        }
        function mapToArray(map) {
          var index2 = -1, result = Array(map.size);
          map.forEach(function(value, key) {
            result[++index2] = [key, value];
          });
          return result;
        }
        function overArg(func, transform) {
          return function(arg) {
            return func(transform(arg));
          };
        }
        function replaceHolders(array2, placeholder) {
          var index2 = -1, length = array2.length, resIndex = 0, result = [];
          while (++index2 < length) {
            var value = array2[index2];
            if (value === placeholder || value === PLACEHOLDER) {
              array2[index2] = PLACEHOLDER;
              result[resIndex++] = index2;
            }
          }
          return result;
        }
        function setToArray(set) {
          var index2 = -1, result = Array(set.size);
          set.forEach(function(value) {
            result[++index2] = value;
          });
          return result;
        }
        function setToPairs(set) {
          var index2 = -1, result = Array(set.size);
          set.forEach(function(value) {
            result[++index2] = [value, value];
          });
          return result;
        }
        function strictIndexOf(array2, value, fromIndex) {
          var index2 = fromIndex - 1, length = array2.length;
          while (++index2 < length) {
            if (array2[index2] === value) {
              return index2;
            }
          }
          return -1;
        }
        function strictLastIndexOf(array2, value, fromIndex) {
          var index2 = fromIndex + 1;
          while (index2--) {
            if (array2[index2] === value) {
              return index2;
            }
          }
          return index2;
        }
        function stringSize(string) {
          return hasUnicode(string) ? unicodeSize(string) : asciiSize(string);
        }
        function stringToArray(string) {
          return hasUnicode(string) ? unicodeToArray(string) : asciiToArray(string);
        }
        function trimmedEndIndex(string) {
          var index2 = string.length;
          while (index2-- && reWhitespace.test(string.charAt(index2))) {
          }
          return index2;
        }
        var unescapeHtmlChar = basePropertyOf(htmlUnescapes);
        function unicodeSize(string) {
          var result = reUnicode.lastIndex = 0;
          while (reUnicode.test(string)) {
            ++result;
          }
          return result;
        }
        function unicodeToArray(string) {
          return string.match(reUnicode) || [];
        }
        function unicodeWords(string) {
          return string.match(reUnicodeWord) || [];
        }
        var runInContext = (function runInContext2(context) {
          context = context == null ? root : _2.defaults(root.Object(), context, _2.pick(root, contextProps));
          var Array2 = context.Array, Date2 = context.Date, Error2 = context.Error, Function2 = context.Function, Math2 = context.Math, Object2 = context.Object, RegExp2 = context.RegExp, String2 = context.String, TypeError2 = context.TypeError;
          var arrayProto = Array2.prototype, funcProto = Function2.prototype, objectProto = Object2.prototype;
          var coreJsData = context["__core-js_shared__"];
          var funcToString = funcProto.toString;
          var hasOwnProperty = objectProto.hasOwnProperty;
          var idCounter = 0;
          var maskSrcKey = (function() {
            var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
            return uid ? "Symbol(src)_1." + uid : "";
          })();
          var nativeObjectToString = objectProto.toString;
          var objectCtorString = funcToString.call(Object2);
          var oldDash = root._;
          var reIsNative = RegExp2(
            "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
          );
          var Buffer5 = moduleExports ? context.Buffer : undefined$1, Symbol2 = context.Symbol, Uint8Array2 = context.Uint8Array, allocUnsafe = Buffer5 ? Buffer5.allocUnsafe : undefined$1, getPrototype = overArg(Object2.getPrototypeOf, Object2), objectCreate = Object2.create, propertyIsEnumerable = objectProto.propertyIsEnumerable, splice = arrayProto.splice, spreadableSymbol = Symbol2 ? Symbol2.isConcatSpreadable : undefined$1, symIterator = Symbol2 ? Symbol2.iterator : undefined$1, symToStringTag = Symbol2 ? Symbol2.toStringTag : undefined$1;
          var defineProperty = (function() {
            try {
              var func = getNative(Object2, "defineProperty");
              func({}, "", {});
              return func;
            } catch (e) {
            }
          })();
          var ctxClearTimeout = context.clearTimeout !== root.clearTimeout && context.clearTimeout, ctxNow = Date2 && Date2.now !== root.Date.now && Date2.now, ctxSetTimeout = context.setTimeout !== root.setTimeout && context.setTimeout;
          var nativeCeil = Math2.ceil, nativeFloor = Math2.floor, nativeGetSymbols = Object2.getOwnPropertySymbols, nativeIsBuffer = Buffer5 ? Buffer5.isBuffer : undefined$1, nativeIsFinite = context.isFinite, nativeJoin = arrayProto.join, nativeKeys = overArg(Object2.keys, Object2), nativeMax = Math2.max, nativeMin = Math2.min, nativeNow = Date2.now, nativeParseInt = context.parseInt, nativeRandom = Math2.random, nativeReverse = arrayProto.reverse;
          var DataView = getNative(context, "DataView"), Map2 = getNative(context, "Map"), Promise2 = getNative(context, "Promise"), Set2 = getNative(context, "Set"), WeakMap2 = getNative(context, "WeakMap"), nativeCreate = getNative(Object2, "create");
          var metaMap = WeakMap2 && new WeakMap2();
          var realNames = {};
          var dataViewCtorString = toSource(DataView), mapCtorString = toSource(Map2), promiseCtorString = toSource(Promise2), setCtorString = toSource(Set2), weakMapCtorString = toSource(WeakMap2);
          var symbolProto = Symbol2 ? Symbol2.prototype : undefined$1, symbolValueOf = symbolProto ? symbolProto.valueOf : undefined$1, symbolToString = symbolProto ? symbolProto.toString : undefined$1;
          function lodash2(value) {
            if (isObjectLike(value) && !isArray(value) && !(value instanceof LazyWrapper)) {
              if (value instanceof LodashWrapper) {
                return value;
              }
              if (hasOwnProperty.call(value, "__wrapped__")) {
                return wrapperClone(value);
              }
            }
            return new LodashWrapper(value);
          }
          var baseCreate = /* @__PURE__ */ (function() {
            function object2() {
            }
            return function(proto) {
              if (!isObject2(proto)) {
                return {};
              }
              if (objectCreate) {
                return objectCreate(proto);
              }
              object2.prototype = proto;
              var result2 = new object2();
              object2.prototype = undefined$1;
              return result2;
            };
          })();
          function baseLodash() {
          }
          function LodashWrapper(value, chainAll) {
            this.__wrapped__ = value;
            this.__actions__ = [];
            this.__chain__ = !!chainAll;
            this.__index__ = 0;
            this.__values__ = undefined$1;
          }
          lodash2.templateSettings = {
            /**
             * Used to detect `data` property values to be HTML-escaped.
             *
             * @memberOf _.templateSettings
             * @type {RegExp}
             */
            "escape": reEscape,
            /**
             * Used to detect code to be evaluated.
             *
             * @memberOf _.templateSettings
             * @type {RegExp}
             */
            "evaluate": reEvaluate,
            /**
             * Used to detect `data` property values to inject.
             *
             * @memberOf _.templateSettings
             * @type {RegExp}
             */
            "interpolate": reInterpolate,
            /**
             * Used to reference the data object in the template text.
             *
             * @memberOf _.templateSettings
             * @type {string}
             */
            "variable": "",
            /**
             * Used to import variables into the compiled template.
             *
             * @memberOf _.templateSettings
             * @type {Object}
             */
            "imports": {
              /**
               * A reference to the `lodash` function.
               *
               * @memberOf _.templateSettings.imports
               * @type {Function}
               */
              "_": lodash2
            }
          };
          lodash2.prototype = baseLodash.prototype;
          lodash2.prototype.constructor = lodash2;
          LodashWrapper.prototype = baseCreate(baseLodash.prototype);
          LodashWrapper.prototype.constructor = LodashWrapper;
          function LazyWrapper(value) {
            this.__wrapped__ = value;
            this.__actions__ = [];
            this.__dir__ = 1;
            this.__filtered__ = false;
            this.__iteratees__ = [];
            this.__takeCount__ = MAX_ARRAY_LENGTH;
            this.__views__ = [];
          }
          function lazyClone() {
            var result2 = new LazyWrapper(this.__wrapped__);
            result2.__actions__ = copyArray(this.__actions__);
            result2.__dir__ = this.__dir__;
            result2.__filtered__ = this.__filtered__;
            result2.__iteratees__ = copyArray(this.__iteratees__);
            result2.__takeCount__ = this.__takeCount__;
            result2.__views__ = copyArray(this.__views__);
            return result2;
          }
          function lazyReverse() {
            if (this.__filtered__) {
              var result2 = new LazyWrapper(this);
              result2.__dir__ = -1;
              result2.__filtered__ = true;
            } else {
              result2 = this.clone();
              result2.__dir__ *= -1;
            }
            return result2;
          }
          function lazyValue() {
            var array2 = this.__wrapped__.value(), dir = this.__dir__, isArr = isArray(array2), isRight = dir < 0, arrLength = isArr ? array2.length : 0, view = getView(0, arrLength, this.__views__), start = view.start, end = view.end, length = end - start, index2 = isRight ? end : start - 1, iteratees = this.__iteratees__, iterLength = iteratees.length, resIndex = 0, takeCount = nativeMin(length, this.__takeCount__);
            if (!isArr || !isRight && arrLength == length && takeCount == length) {
              return baseWrapperValue(array2, this.__actions__);
            }
            var result2 = [];
            outer:
              while (length-- && resIndex < takeCount) {
                index2 += dir;
                var iterIndex = -1, value = array2[index2];
                while (++iterIndex < iterLength) {
                  var data = iteratees[iterIndex], iteratee2 = data.iteratee, type = data.type, computed = iteratee2(value);
                  if (type == LAZY_MAP_FLAG) {
                    value = computed;
                  } else if (!computed) {
                    if (type == LAZY_FILTER_FLAG) {
                      continue outer;
                    } else {
                      break outer;
                    }
                  }
                }
                result2[resIndex++] = value;
              }
            return result2;
          }
          LazyWrapper.prototype = baseCreate(baseLodash.prototype);
          LazyWrapper.prototype.constructor = LazyWrapper;
          function Hash(entries) {
            var index2 = -1, length = entries == null ? 0 : entries.length;
            this.clear();
            while (++index2 < length) {
              var entry = entries[index2];
              this.set(entry[0], entry[1]);
            }
          }
          function hashClear() {
            this.__data__ = nativeCreate ? nativeCreate(null) : {};
            this.size = 0;
          }
          function hashDelete(key) {
            var result2 = this.has(key) && delete this.__data__[key];
            this.size -= result2 ? 1 : 0;
            return result2;
          }
          function hashGet(key) {
            var data = this.__data__;
            if (nativeCreate) {
              var result2 = data[key];
              return result2 === HASH_UNDEFINED ? undefined$1 : result2;
            }
            return hasOwnProperty.call(data, key) ? data[key] : undefined$1;
          }
          function hashHas(key) {
            var data = this.__data__;
            return nativeCreate ? data[key] !== undefined$1 : hasOwnProperty.call(data, key);
          }
          function hashSet(key, value) {
            var data = this.__data__;
            this.size += this.has(key) ? 0 : 1;
            data[key] = nativeCreate && value === undefined$1 ? HASH_UNDEFINED : value;
            return this;
          }
          Hash.prototype.clear = hashClear;
          Hash.prototype["delete"] = hashDelete;
          Hash.prototype.get = hashGet;
          Hash.prototype.has = hashHas;
          Hash.prototype.set = hashSet;
          function ListCache(entries) {
            var index2 = -1, length = entries == null ? 0 : entries.length;
            this.clear();
            while (++index2 < length) {
              var entry = entries[index2];
              this.set(entry[0], entry[1]);
            }
          }
          function listCacheClear() {
            this.__data__ = [];
            this.size = 0;
          }
          function listCacheDelete(key) {
            var data = this.__data__, index2 = assocIndexOf(data, key);
            if (index2 < 0) {
              return false;
            }
            var lastIndex = data.length - 1;
            if (index2 == lastIndex) {
              data.pop();
            } else {
              splice.call(data, index2, 1);
            }
            --this.size;
            return true;
          }
          function listCacheGet(key) {
            var data = this.__data__, index2 = assocIndexOf(data, key);
            return index2 < 0 ? undefined$1 : data[index2][1];
          }
          function listCacheHas(key) {
            return assocIndexOf(this.__data__, key) > -1;
          }
          function listCacheSet(key, value) {
            var data = this.__data__, index2 = assocIndexOf(data, key);
            if (index2 < 0) {
              ++this.size;
              data.push([key, value]);
            } else {
              data[index2][1] = value;
            }
            return this;
          }
          ListCache.prototype.clear = listCacheClear;
          ListCache.prototype["delete"] = listCacheDelete;
          ListCache.prototype.get = listCacheGet;
          ListCache.prototype.has = listCacheHas;
          ListCache.prototype.set = listCacheSet;
          function MapCache(entries) {
            var index2 = -1, length = entries == null ? 0 : entries.length;
            this.clear();
            while (++index2 < length) {
              var entry = entries[index2];
              this.set(entry[0], entry[1]);
            }
          }
          function mapCacheClear() {
            this.size = 0;
            this.__data__ = {
              "hash": new Hash(),
              "map": new (Map2 || ListCache)(),
              "string": new Hash()
            };
          }
          function mapCacheDelete(key) {
            var result2 = getMapData(this, key)["delete"](key);
            this.size -= result2 ? 1 : 0;
            return result2;
          }
          function mapCacheGet(key) {
            return getMapData(this, key).get(key);
          }
          function mapCacheHas(key) {
            return getMapData(this, key).has(key);
          }
          function mapCacheSet(key, value) {
            var data = getMapData(this, key), size2 = data.size;
            data.set(key, value);
            this.size += data.size == size2 ? 0 : 1;
            return this;
          }
          MapCache.prototype.clear = mapCacheClear;
          MapCache.prototype["delete"] = mapCacheDelete;
          MapCache.prototype.get = mapCacheGet;
          MapCache.prototype.has = mapCacheHas;
          MapCache.prototype.set = mapCacheSet;
          function SetCache(values2) {
            var index2 = -1, length = values2 == null ? 0 : values2.length;
            this.__data__ = new MapCache();
            while (++index2 < length) {
              this.add(values2[index2]);
            }
          }
          function setCacheAdd(value) {
            this.__data__.set(value, HASH_UNDEFINED);
            return this;
          }
          function setCacheHas(value) {
            return this.__data__.has(value);
          }
          SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
          SetCache.prototype.has = setCacheHas;
          function Stack(entries) {
            var data = this.__data__ = new ListCache(entries);
            this.size = data.size;
          }
          function stackClear() {
            this.__data__ = new ListCache();
            this.size = 0;
          }
          function stackDelete(key) {
            var data = this.__data__, result2 = data["delete"](key);
            this.size = data.size;
            return result2;
          }
          function stackGet(key) {
            return this.__data__.get(key);
          }
          function stackHas(key) {
            return this.__data__.has(key);
          }
          function stackSet(key, value) {
            var data = this.__data__;
            if (data instanceof ListCache) {
              var pairs = data.__data__;
              if (!Map2 || pairs.length < LARGE_ARRAY_SIZE - 1) {
                pairs.push([key, value]);
                this.size = ++data.size;
                return this;
              }
              data = this.__data__ = new MapCache(pairs);
            }
            data.set(key, value);
            this.size = data.size;
            return this;
          }
          Stack.prototype.clear = stackClear;
          Stack.prototype["delete"] = stackDelete;
          Stack.prototype.get = stackGet;
          Stack.prototype.has = stackHas;
          Stack.prototype.set = stackSet;
          function arrayLikeKeys(value, inherited) {
            var isArr = isArray(value), isArg = !isArr && isArguments(value), isBuff = !isArr && !isArg && isBuffer(value), isType = !isArr && !isArg && !isBuff && isTypedArray(value), skipIndexes = isArr || isArg || isBuff || isType, result2 = skipIndexes ? baseTimes(value.length, String2) : [], length = result2.length;
            for (var key in value) {
              if ((inherited || hasOwnProperty.call(value, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
              (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
              isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
              isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
              isIndex(key, length)))) {
                result2.push(key);
              }
            }
            return result2;
          }
          function arraySample(array2) {
            var length = array2.length;
            return length ? array2[baseRandom(0, length - 1)] : undefined$1;
          }
          function arraySampleSize(array2, n2) {
            return shuffleSelf(copyArray(array2), baseClamp(n2, 0, array2.length));
          }
          function arrayShuffle(array2) {
            return shuffleSelf(copyArray(array2));
          }
          function assignMergeValue(object2, key, value) {
            if (value !== undefined$1 && !eq(object2[key], value) || value === undefined$1 && !(key in object2)) {
              baseAssignValue(object2, key, value);
            }
          }
          function assignValue(object2, key, value) {
            var objValue = object2[key];
            if (!(hasOwnProperty.call(object2, key) && eq(objValue, value)) || value === undefined$1 && !(key in object2)) {
              baseAssignValue(object2, key, value);
            }
          }
          function assocIndexOf(array2, key) {
            var length = array2.length;
            while (length--) {
              if (eq(array2[length][0], key)) {
                return length;
              }
            }
            return -1;
          }
          function baseAggregator(collection, setter, iteratee2, accumulator) {
            baseEach(collection, function(value, key, collection2) {
              setter(accumulator, value, iteratee2(value), collection2);
            });
            return accumulator;
          }
          function baseAssign(object2, source) {
            return object2 && copyObject(source, keys(source), object2);
          }
          function baseAssignIn(object2, source) {
            return object2 && copyObject(source, keysIn(source), object2);
          }
          function baseAssignValue(object2, key, value) {
            if (key == "__proto__" && defineProperty) {
              defineProperty(object2, key, {
                "configurable": true,
                "enumerable": true,
                "value": value,
                "writable": true
              });
            } else {
              object2[key] = value;
            }
          }
          function baseAt(object2, paths) {
            var index2 = -1, length = paths.length, result2 = Array2(length), skip = object2 == null;
            while (++index2 < length) {
              result2[index2] = skip ? undefined$1 : get(object2, paths[index2]);
            }
            return result2;
          }
          function baseClamp(number, lower, upper) {
            if (number === number) {
              if (upper !== undefined$1) {
                number = number <= upper ? number : upper;
              }
              if (lower !== undefined$1) {
                number = number >= lower ? number : lower;
              }
            }
            return number;
          }
          function baseClone(value, bitmask, customizer, key, object2, stack) {
            var result2, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
            if (customizer) {
              result2 = object2 ? customizer(value, key, object2, stack) : customizer(value);
            }
            if (result2 !== undefined$1) {
              return result2;
            }
            if (!isObject2(value)) {
              return value;
            }
            var isArr = isArray(value);
            if (isArr) {
              result2 = initCloneArray(value);
              if (!isDeep) {
                return copyArray(value, result2);
              }
            } else {
              var tag = getTag(value), isFunc = tag == funcTag || tag == genTag;
              if (isBuffer(value)) {
                return cloneBuffer(value, isDeep);
              }
              if (tag == objectTag || tag == argsTag || isFunc && !object2) {
                result2 = isFlat || isFunc ? {} : initCloneObject(value);
                if (!isDeep) {
                  return isFlat ? copySymbolsIn(value, baseAssignIn(result2, value)) : copySymbols(value, baseAssign(result2, value));
                }
              } else {
                if (!cloneableTags[tag]) {
                  return object2 ? value : {};
                }
                result2 = initCloneByTag(value, tag, isDeep);
              }
            }
            stack || (stack = new Stack());
            var stacked = stack.get(value);
            if (stacked) {
              return stacked;
            }
            stack.set(value, result2);
            if (isSet(value)) {
              value.forEach(function(subValue) {
                result2.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
              });
            } else if (isMap(value)) {
              value.forEach(function(subValue, key2) {
                result2.set(key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
              });
            }
            var keysFunc = isFull ? isFlat ? getAllKeysIn : getAllKeys : isFlat ? keysIn : keys;
            var props = isArr ? undefined$1 : keysFunc(value);
            arrayEach(props || value, function(subValue, key2) {
              if (props) {
                key2 = subValue;
                subValue = value[key2];
              }
              assignValue(result2, key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
            });
            return result2;
          }
          function baseConforms(source) {
            var props = keys(source);
            return function(object2) {
              return baseConformsTo(object2, source, props);
            };
          }
          function baseConformsTo(object2, source, props) {
            var length = props.length;
            if (object2 == null) {
              return !length;
            }
            object2 = Object2(object2);
            while (length--) {
              var key = props[length], predicate = source[key], value = object2[key];
              if (value === undefined$1 && !(key in object2) || !predicate(value)) {
                return false;
              }
            }
            return true;
          }
          function baseDelay(func, wait, args) {
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            return setTimeout4(function() {
              func.apply(undefined$1, args);
            }, wait);
          }
          function baseDifference(array2, values2, iteratee2, comparator) {
            var index2 = -1, includes2 = arrayIncludes, isCommon = true, length = array2.length, result2 = [], valuesLength = values2.length;
            if (!length) {
              return result2;
            }
            if (iteratee2) {
              values2 = arrayMap(values2, baseUnary(iteratee2));
            }
            if (comparator) {
              includes2 = arrayIncludesWith;
              isCommon = false;
            } else if (values2.length >= LARGE_ARRAY_SIZE) {
              includes2 = cacheHas;
              isCommon = false;
              values2 = new SetCache(values2);
            }
            outer:
              while (++index2 < length) {
                var value = array2[index2], computed = iteratee2 == null ? value : iteratee2(value);
                value = comparator || value !== 0 ? value : 0;
                if (isCommon && computed === computed) {
                  var valuesIndex = valuesLength;
                  while (valuesIndex--) {
                    if (values2[valuesIndex] === computed) {
                      continue outer;
                    }
                  }
                  result2.push(value);
                } else if (!includes2(values2, computed, comparator)) {
                  result2.push(value);
                }
              }
            return result2;
          }
          var baseEach = createBaseEach(baseForOwn);
          var baseEachRight = createBaseEach(baseForOwnRight, true);
          function baseEvery(collection, predicate) {
            var result2 = true;
            baseEach(collection, function(value, index2, collection2) {
              result2 = !!predicate(value, index2, collection2);
              return result2;
            });
            return result2;
          }
          function baseExtremum(array2, iteratee2, comparator) {
            var index2 = -1, length = array2.length;
            while (++index2 < length) {
              var value = array2[index2], current = iteratee2(value);
              if (current != null && (computed === undefined$1 ? current === current && !isSymbol(current) : comparator(current, computed))) {
                var computed = current, result2 = value;
              }
            }
            return result2;
          }
          function baseFill(array2, value, start, end) {
            var length = array2.length;
            start = toInteger(start);
            if (start < 0) {
              start = -start > length ? 0 : length + start;
            }
            end = end === undefined$1 || end > length ? length : toInteger(end);
            if (end < 0) {
              end += length;
            }
            end = start > end ? 0 : toLength(end);
            while (start < end) {
              array2[start++] = value;
            }
            return array2;
          }
          function baseFilter(collection, predicate) {
            var result2 = [];
            baseEach(collection, function(value, index2, collection2) {
              if (predicate(value, index2, collection2)) {
                result2.push(value);
              }
            });
            return result2;
          }
          function baseFlatten(array2, depth, predicate, isStrict, result2) {
            var index2 = -1, length = array2.length;
            predicate || (predicate = isFlattenable);
            result2 || (result2 = []);
            while (++index2 < length) {
              var value = array2[index2];
              if (depth > 0 && predicate(value)) {
                if (depth > 1) {
                  baseFlatten(value, depth - 1, predicate, isStrict, result2);
                } else {
                  arrayPush(result2, value);
                }
              } else if (!isStrict) {
                result2[result2.length] = value;
              }
            }
            return result2;
          }
          var baseFor = createBaseFor();
          var baseForRight = createBaseFor(true);
          function baseForOwn(object2, iteratee2) {
            return object2 && baseFor(object2, iteratee2, keys);
          }
          function baseForOwnRight(object2, iteratee2) {
            return object2 && baseForRight(object2, iteratee2, keys);
          }
          function baseFunctions(object2, props) {
            return arrayFilter(props, function(key) {
              return isFunction(object2[key]);
            });
          }
          function baseGet(object2, path7) {
            path7 = castPath(path7, object2);
            var index2 = 0, length = path7.length;
            while (object2 != null && index2 < length) {
              object2 = object2[toKey(path7[index2++])];
            }
            return index2 && index2 == length ? object2 : undefined$1;
          }
          function baseGetAllKeys(object2, keysFunc, symbolsFunc) {
            var result2 = keysFunc(object2);
            return isArray(object2) ? result2 : arrayPush(result2, symbolsFunc(object2));
          }
          function baseGetTag(value) {
            if (value == null) {
              return value === undefined$1 ? undefinedTag : nullTag;
            }
            return symToStringTag && symToStringTag in Object2(value) ? getRawTag(value) : objectToString3(value);
          }
          function baseGt(value, other) {
            return value > other;
          }
          function baseHas(object2, key) {
            return object2 != null && hasOwnProperty.call(object2, key);
          }
          function baseHasIn(object2, key) {
            return object2 != null && key in Object2(object2);
          }
          function baseInRange(number, start, end) {
            return number >= nativeMin(start, end) && number < nativeMax(start, end);
          }
          function baseIntersection(arrays, iteratee2, comparator) {
            var includes2 = comparator ? arrayIncludesWith : arrayIncludes, length = arrays[0].length, othLength = arrays.length, othIndex = othLength, caches = Array2(othLength), maxLength = Infinity, result2 = [];
            while (othIndex--) {
              var array2 = arrays[othIndex];
              if (othIndex && iteratee2) {
                array2 = arrayMap(array2, baseUnary(iteratee2));
              }
              maxLength = nativeMin(array2.length, maxLength);
              caches[othIndex] = !comparator && (iteratee2 || length >= 120 && array2.length >= 120) ? new SetCache(othIndex && array2) : undefined$1;
            }
            array2 = arrays[0];
            var index2 = -1, seen = caches[0];
            outer:
              while (++index2 < length && result2.length < maxLength) {
                var value = array2[index2], computed = iteratee2 ? iteratee2(value) : value;
                value = comparator || value !== 0 ? value : 0;
                if (!(seen ? cacheHas(seen, computed) : includes2(result2, computed, comparator))) {
                  othIndex = othLength;
                  while (--othIndex) {
                    var cache = caches[othIndex];
                    if (!(cache ? cacheHas(cache, computed) : includes2(arrays[othIndex], computed, comparator))) {
                      continue outer;
                    }
                  }
                  if (seen) {
                    seen.push(computed);
                  }
                  result2.push(value);
                }
              }
            return result2;
          }
          function baseInverter(object2, setter, iteratee2, accumulator) {
            baseForOwn(object2, function(value, key, object3) {
              setter(accumulator, iteratee2(value), key, object3);
            });
            return accumulator;
          }
          function baseInvoke(object2, path7, args) {
            path7 = castPath(path7, object2);
            object2 = parent(object2, path7);
            var func = object2 == null ? object2 : object2[toKey(last(path7))];
            return func == null ? undefined$1 : apply(func, object2, args);
          }
          function baseIsArguments(value) {
            return isObjectLike(value) && baseGetTag(value) == argsTag;
          }
          function baseIsArrayBuffer(value) {
            return isObjectLike(value) && baseGetTag(value) == arrayBufferTag;
          }
          function baseIsDate(value) {
            return isObjectLike(value) && baseGetTag(value) == dateTag;
          }
          function baseIsEqual(value, other, bitmask, customizer, stack) {
            if (value === other) {
              return true;
            }
            if (value == null || other == null || !isObjectLike(value) && !isObjectLike(other)) {
              return value !== value && other !== other;
            }
            return baseIsEqualDeep(value, other, bitmask, customizer, baseIsEqual, stack);
          }
          function baseIsEqualDeep(object2, other, bitmask, customizer, equalFunc, stack) {
            var objIsArr = isArray(object2), othIsArr = isArray(other), objTag = objIsArr ? arrayTag : getTag(object2), othTag = othIsArr ? arrayTag : getTag(other);
            objTag = objTag == argsTag ? objectTag : objTag;
            othTag = othTag == argsTag ? objectTag : othTag;
            var objIsObj = objTag == objectTag, othIsObj = othTag == objectTag, isSameTag = objTag == othTag;
            if (isSameTag && isBuffer(object2)) {
              if (!isBuffer(other)) {
                return false;
              }
              objIsArr = true;
              objIsObj = false;
            }
            if (isSameTag && !objIsObj) {
              stack || (stack = new Stack());
              return objIsArr || isTypedArray(object2) ? equalArrays(object2, other, bitmask, customizer, equalFunc, stack) : equalByTag(object2, other, objTag, bitmask, customizer, equalFunc, stack);
            }
            if (!(bitmask & COMPARE_PARTIAL_FLAG)) {
              var objIsWrapped = objIsObj && hasOwnProperty.call(object2, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty.call(other, "__wrapped__");
              if (objIsWrapped || othIsWrapped) {
                var objUnwrapped = objIsWrapped ? object2.value() : object2, othUnwrapped = othIsWrapped ? other.value() : other;
                stack || (stack = new Stack());
                return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
              }
            }
            if (!isSameTag) {
              return false;
            }
            stack || (stack = new Stack());
            return equalObjects(object2, other, bitmask, customizer, equalFunc, stack);
          }
          function baseIsMap(value) {
            return isObjectLike(value) && getTag(value) == mapTag;
          }
          function baseIsMatch(object2, source, matchData, customizer) {
            var index2 = matchData.length, length = index2, noCustomizer = !customizer;
            if (object2 == null) {
              return !length;
            }
            object2 = Object2(object2);
            while (index2--) {
              var data = matchData[index2];
              if (noCustomizer && data[2] ? data[1] !== object2[data[0]] : !(data[0] in object2)) {
                return false;
              }
            }
            while (++index2 < length) {
              data = matchData[index2];
              var key = data[0], objValue = object2[key], srcValue = data[1];
              if (noCustomizer && data[2]) {
                if (objValue === undefined$1 && !(key in object2)) {
                  return false;
                }
              } else {
                var stack = new Stack();
                if (customizer) {
                  var result2 = customizer(objValue, srcValue, key, object2, source, stack);
                }
                if (!(result2 === undefined$1 ? baseIsEqual(srcValue, objValue, COMPARE_PARTIAL_FLAG | COMPARE_UNORDERED_FLAG, customizer, stack) : result2)) {
                  return false;
                }
              }
            }
            return true;
          }
          function baseIsNative(value) {
            if (!isObject2(value) || isMasked(value)) {
              return false;
            }
            var pattern = isFunction(value) ? reIsNative : reIsHostCtor;
            return pattern.test(toSource(value));
          }
          function baseIsRegExp(value) {
            return isObjectLike(value) && baseGetTag(value) == regexpTag;
          }
          function baseIsSet(value) {
            return isObjectLike(value) && getTag(value) == setTag;
          }
          function baseIsTypedArray(value) {
            return isObjectLike(value) && isLength(value.length) && !!typedArrayTags[baseGetTag(value)];
          }
          function baseIteratee(value) {
            if (typeof value == "function") {
              return value;
            }
            if (value == null) {
              return identity3;
            }
            if (typeof value == "object") {
              return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
            }
            return property(value);
          }
          function baseKeys(object2) {
            if (!isPrototype(object2)) {
              return nativeKeys(object2);
            }
            var result2 = [];
            for (var key in Object2(object2)) {
              if (hasOwnProperty.call(object2, key) && key != "constructor") {
                result2.push(key);
              }
            }
            return result2;
          }
          function baseKeysIn(object2) {
            if (!isObject2(object2)) {
              return nativeKeysIn(object2);
            }
            var isProto = isPrototype(object2), result2 = [];
            for (var key in object2) {
              if (!(key == "constructor" && (isProto || !hasOwnProperty.call(object2, key)))) {
                result2.push(key);
              }
            }
            return result2;
          }
          function baseLt(value, other) {
            return value < other;
          }
          function baseMap(collection, iteratee2) {
            var index2 = -1, result2 = isArrayLike(collection) ? Array2(collection.length) : [];
            baseEach(collection, function(value, key, collection2) {
              result2[++index2] = iteratee2(value, key, collection2);
            });
            return result2;
          }
          function baseMatches(source) {
            var matchData = getMatchData(source);
            if (matchData.length == 1 && matchData[0][2]) {
              return matchesStrictComparable(matchData[0][0], matchData[0][1]);
            }
            return function(object2) {
              return object2 === source || baseIsMatch(object2, source, matchData);
            };
          }
          function baseMatchesProperty(path7, srcValue) {
            if (isKey(path7) && isStrictComparable(srcValue)) {
              return matchesStrictComparable(toKey(path7), srcValue);
            }
            return function(object2) {
              var objValue = get(object2, path7);
              return objValue === undefined$1 && objValue === srcValue ? hasIn(object2, path7) : baseIsEqual(srcValue, objValue, COMPARE_PARTIAL_FLAG | COMPARE_UNORDERED_FLAG);
            };
          }
          function baseMerge(object2, source, srcIndex, customizer, stack) {
            if (object2 === source) {
              return;
            }
            baseFor(source, function(srcValue, key) {
              stack || (stack = new Stack());
              if (isObject2(srcValue)) {
                baseMergeDeep(object2, source, key, srcIndex, baseMerge, customizer, stack);
              } else {
                var newValue = customizer ? customizer(safeGet(object2, key), srcValue, key + "", object2, source, stack) : undefined$1;
                if (newValue === undefined$1) {
                  newValue = srcValue;
                }
                assignMergeValue(object2, key, newValue);
              }
            }, keysIn);
          }
          function baseMergeDeep(object2, source, key, srcIndex, mergeFunc, customizer, stack) {
            var objValue = safeGet(object2, key), srcValue = safeGet(source, key), stacked = stack.get(srcValue);
            if (stacked) {
              assignMergeValue(object2, key, stacked);
              return;
            }
            var newValue = customizer ? customizer(objValue, srcValue, key + "", object2, source, stack) : undefined$1;
            var isCommon = newValue === undefined$1;
            if (isCommon) {
              var isArr = isArray(srcValue), isBuff = !isArr && isBuffer(srcValue), isTyped = !isArr && !isBuff && isTypedArray(srcValue);
              newValue = srcValue;
              if (isArr || isBuff || isTyped) {
                if (isArray(objValue)) {
                  newValue = objValue;
                } else if (isArrayLikeObject(objValue)) {
                  newValue = copyArray(objValue);
                } else if (isBuff) {
                  isCommon = false;
                  newValue = cloneBuffer(srcValue, true);
                } else if (isTyped) {
                  isCommon = false;
                  newValue = cloneTypedArray(srcValue, true);
                } else {
                  newValue = [];
                }
              } else if (isPlainObject2(srcValue) || isArguments(srcValue)) {
                newValue = objValue;
                if (isArguments(objValue)) {
                  newValue = toPlainObject(objValue);
                } else if (!isObject2(objValue) || isFunction(objValue)) {
                  newValue = initCloneObject(srcValue);
                }
              } else {
                isCommon = false;
              }
            }
            if (isCommon) {
              stack.set(srcValue, newValue);
              mergeFunc(newValue, srcValue, srcIndex, customizer, stack);
              stack["delete"](srcValue);
            }
            assignMergeValue(object2, key, newValue);
          }
          function baseNth(array2, n2) {
            var length = array2.length;
            if (!length) {
              return;
            }
            n2 += n2 < 0 ? length : 0;
            return isIndex(n2, length) ? array2[n2] : undefined$1;
          }
          function baseOrderBy(collection, iteratees, orders) {
            if (iteratees.length) {
              iteratees = arrayMap(iteratees, function(iteratee2) {
                if (isArray(iteratee2)) {
                  return function(value) {
                    return baseGet(value, iteratee2.length === 1 ? iteratee2[0] : iteratee2);
                  };
                }
                return iteratee2;
              });
            } else {
              iteratees = [identity3];
            }
            var index2 = -1;
            iteratees = arrayMap(iteratees, baseUnary(getIteratee()));
            var result2 = baseMap(collection, function(value, key, collection2) {
              var criteria = arrayMap(iteratees, function(iteratee2) {
                return iteratee2(value);
              });
              return { "criteria": criteria, "index": ++index2, "value": value };
            });
            return baseSortBy(result2, function(object2, other) {
              return compareMultiple(object2, other, orders);
            });
          }
          function basePick(object2, paths) {
            return basePickBy(object2, paths, function(value, path7) {
              return hasIn(object2, path7);
            });
          }
          function basePickBy(object2, paths, predicate) {
            var index2 = -1, length = paths.length, result2 = {};
            while (++index2 < length) {
              var path7 = paths[index2], value = baseGet(object2, path7);
              if (predicate(value, path7)) {
                baseSet(result2, castPath(path7, object2), value);
              }
            }
            return result2;
          }
          function basePropertyDeep(path7) {
            return function(object2) {
              return baseGet(object2, path7);
            };
          }
          function basePullAll(array2, values2, iteratee2, comparator) {
            var indexOf2 = comparator ? baseIndexOfWith : baseIndexOf, index2 = -1, length = values2.length, seen = array2;
            if (array2 === values2) {
              values2 = copyArray(values2);
            }
            if (iteratee2) {
              seen = arrayMap(array2, baseUnary(iteratee2));
            }
            while (++index2 < length) {
              var fromIndex = 0, value = values2[index2], computed = iteratee2 ? iteratee2(value) : value;
              while ((fromIndex = indexOf2(seen, computed, fromIndex, comparator)) > -1) {
                if (seen !== array2) {
                  splice.call(seen, fromIndex, 1);
                }
                splice.call(array2, fromIndex, 1);
              }
            }
            return array2;
          }
          function basePullAt(array2, indexes) {
            var length = array2 ? indexes.length : 0, lastIndex = length - 1;
            while (length--) {
              var index2 = indexes[length];
              if (length == lastIndex || index2 !== previous) {
                var previous = index2;
                if (isIndex(index2)) {
                  splice.call(array2, index2, 1);
                } else {
                  baseUnset(array2, index2);
                }
              }
            }
            return array2;
          }
          function baseRandom(lower, upper) {
            return lower + nativeFloor(nativeRandom() * (upper - lower + 1));
          }
          function baseRange(start, end, step, fromRight) {
            var index2 = -1, length = nativeMax(nativeCeil((end - start) / (step || 1)), 0), result2 = Array2(length);
            while (length--) {
              result2[fromRight ? length : ++index2] = start;
              start += step;
            }
            return result2;
          }
          function baseRepeat(string, n2) {
            var result2 = "";
            if (!string || n2 < 1 || n2 > MAX_SAFE_INTEGER) {
              return result2;
            }
            do {
              if (n2 % 2) {
                result2 += string;
              }
              n2 = nativeFloor(n2 / 2);
              if (n2) {
                string += string;
              }
            } while (n2);
            return result2;
          }
          function baseRest(func, start) {
            return setToString(overRest(func, start, identity3), func + "");
          }
          function baseSample(collection) {
            return arraySample(values(collection));
          }
          function baseSampleSize(collection, n2) {
            var array2 = values(collection);
            return shuffleSelf(array2, baseClamp(n2, 0, array2.length));
          }
          function baseSet(object2, path7, value, customizer) {
            if (!isObject2(object2)) {
              return object2;
            }
            path7 = castPath(path7, object2);
            var index2 = -1, length = path7.length, lastIndex = length - 1, nested = object2;
            while (nested != null && ++index2 < length) {
              var key = toKey(path7[index2]), newValue = value;
              if (key === "__proto__" || key === "constructor" || key === "prototype") {
                return object2;
              }
              if (index2 != lastIndex) {
                var objValue = nested[key];
                newValue = customizer ? customizer(objValue, key, nested) : undefined$1;
                if (newValue === undefined$1) {
                  newValue = isObject2(objValue) ? objValue : isIndex(path7[index2 + 1]) ? [] : {};
                }
              }
              assignValue(nested, key, newValue);
              nested = nested[key];
            }
            return object2;
          }
          var baseSetData = !metaMap ? identity3 : function(func, data) {
            metaMap.set(func, data);
            return func;
          };
          var baseSetToString = !defineProperty ? identity3 : function(func, string) {
            return defineProperty(func, "toString", {
              "configurable": true,
              "enumerable": false,
              "value": constant(string),
              "writable": true
            });
          };
          function baseShuffle(collection) {
            return shuffleSelf(values(collection));
          }
          function baseSlice(array2, start, end) {
            var index2 = -1, length = array2.length;
            if (start < 0) {
              start = -start > length ? 0 : length + start;
            }
            end = end > length ? length : end;
            if (end < 0) {
              end += length;
            }
            length = start > end ? 0 : end - start >>> 0;
            start >>>= 0;
            var result2 = Array2(length);
            while (++index2 < length) {
              result2[index2] = array2[index2 + start];
            }
            return result2;
          }
          function baseSome(collection, predicate) {
            var result2;
            baseEach(collection, function(value, index2, collection2) {
              result2 = predicate(value, index2, collection2);
              return !result2;
            });
            return !!result2;
          }
          function baseSortedIndex(array2, value, retHighest) {
            var low = 0, high = array2 == null ? low : array2.length;
            if (typeof value == "number" && value === value && high <= HALF_MAX_ARRAY_LENGTH) {
              while (low < high) {
                var mid = low + high >>> 1, computed = array2[mid];
                if (computed !== null && !isSymbol(computed) && (retHighest ? computed <= value : computed < value)) {
                  low = mid + 1;
                } else {
                  high = mid;
                }
              }
              return high;
            }
            return baseSortedIndexBy(array2, value, identity3, retHighest);
          }
          function baseSortedIndexBy(array2, value, iteratee2, retHighest) {
            var low = 0, high = array2 == null ? 0 : array2.length;
            if (high === 0) {
              return 0;
            }
            value = iteratee2(value);
            var valIsNaN = value !== value, valIsNull = value === null, valIsSymbol = isSymbol(value), valIsUndefined = value === undefined$1;
            while (low < high) {
              var mid = nativeFloor((low + high) / 2), computed = iteratee2(array2[mid]), othIsDefined = computed !== undefined$1, othIsNull = computed === null, othIsReflexive = computed === computed, othIsSymbol = isSymbol(computed);
              if (valIsNaN) {
                var setLow = retHighest || othIsReflexive;
              } else if (valIsUndefined) {
                setLow = othIsReflexive && (retHighest || othIsDefined);
              } else if (valIsNull) {
                setLow = othIsReflexive && othIsDefined && (retHighest || !othIsNull);
              } else if (valIsSymbol) {
                setLow = othIsReflexive && othIsDefined && !othIsNull && (retHighest || !othIsSymbol);
              } else if (othIsNull || othIsSymbol) {
                setLow = false;
              } else {
                setLow = retHighest ? computed <= value : computed < value;
              }
              if (setLow) {
                low = mid + 1;
              } else {
                high = mid;
              }
            }
            return nativeMin(high, MAX_ARRAY_INDEX);
          }
          function baseSortedUniq(array2, iteratee2) {
            var index2 = -1, length = array2.length, resIndex = 0, result2 = [];
            while (++index2 < length) {
              var value = array2[index2], computed = iteratee2 ? iteratee2(value) : value;
              if (!index2 || !eq(computed, seen)) {
                var seen = computed;
                result2[resIndex++] = value === 0 ? 0 : value;
              }
            }
            return result2;
          }
          function baseToNumber(value) {
            if (typeof value == "number") {
              return value;
            }
            if (isSymbol(value)) {
              return NAN;
            }
            return +value;
          }
          function baseToString(value) {
            if (typeof value == "string") {
              return value;
            }
            if (isArray(value)) {
              return arrayMap(value, baseToString) + "";
            }
            if (isSymbol(value)) {
              return symbolToString ? symbolToString.call(value) : "";
            }
            var result2 = value + "";
            return result2 == "0" && 1 / value == -INFINITY ? "-0" : result2;
          }
          function baseUniq(array2, iteratee2, comparator) {
            var index2 = -1, includes2 = arrayIncludes, length = array2.length, isCommon = true, result2 = [], seen = result2;
            if (comparator) {
              isCommon = false;
              includes2 = arrayIncludesWith;
            } else if (length >= LARGE_ARRAY_SIZE) {
              var set2 = iteratee2 ? null : createSet(array2);
              if (set2) {
                return setToArray(set2);
              }
              isCommon = false;
              includes2 = cacheHas;
              seen = new SetCache();
            } else {
              seen = iteratee2 ? [] : result2;
            }
            outer:
              while (++index2 < length) {
                var value = array2[index2], computed = iteratee2 ? iteratee2(value) : value;
                value = comparator || value !== 0 ? value : 0;
                if (isCommon && computed === computed) {
                  var seenIndex = seen.length;
                  while (seenIndex--) {
                    if (seen[seenIndex] === computed) {
                      continue outer;
                    }
                  }
                  if (iteratee2) {
                    seen.push(computed);
                  }
                  result2.push(value);
                } else if (!includes2(seen, computed, comparator)) {
                  if (seen !== result2) {
                    seen.push(computed);
                  }
                  result2.push(value);
                }
              }
            return result2;
          }
          function baseUnset(object2, path7) {
            path7 = castPath(path7, object2);
            var index2 = -1, length = path7.length;
            if (!length) {
              return true;
            }
            while (++index2 < length) {
              var key = toKey(path7[index2]);
              if (key === "__proto__" && !hasOwnProperty.call(object2, "__proto__")) {
                return false;
              }
              if ((key === "constructor" || key === "prototype") && index2 < length - 1) {
                return false;
              }
            }
            var obj = parent(object2, path7);
            return obj == null || delete obj[toKey(last(path7))];
          }
          function baseUpdate(object2, path7, updater, customizer) {
            return baseSet(object2, path7, updater(baseGet(object2, path7)), customizer);
          }
          function baseWhile(array2, predicate, isDrop, fromRight) {
            var length = array2.length, index2 = fromRight ? length : -1;
            while ((fromRight ? index2-- : ++index2 < length) && predicate(array2[index2], index2, array2)) {
            }
            return isDrop ? baseSlice(array2, fromRight ? 0 : index2, fromRight ? index2 + 1 : length) : baseSlice(array2, fromRight ? index2 + 1 : 0, fromRight ? length : index2);
          }
          function baseWrapperValue(value, actions) {
            var result2 = value;
            if (result2 instanceof LazyWrapper) {
              result2 = result2.value();
            }
            return arrayReduce(actions, function(result3, action) {
              return action.func.apply(action.thisArg, arrayPush([result3], action.args));
            }, result2);
          }
          function baseXor(arrays, iteratee2, comparator) {
            var length = arrays.length;
            if (length < 2) {
              return length ? baseUniq(arrays[0]) : [];
            }
            var index2 = -1, result2 = Array2(length);
            while (++index2 < length) {
              var array2 = arrays[index2], othIndex = -1;
              while (++othIndex < length) {
                if (othIndex != index2) {
                  result2[index2] = baseDifference(result2[index2] || array2, arrays[othIndex], iteratee2, comparator);
                }
              }
            }
            return baseUniq(baseFlatten(result2, 1), iteratee2, comparator);
          }
          function baseZipObject(props, values2, assignFunc) {
            var index2 = -1, length = props.length, valsLength = values2.length, result2 = {};
            while (++index2 < length) {
              var value = index2 < valsLength ? values2[index2] : undefined$1;
              assignFunc(result2, props[index2], value);
            }
            return result2;
          }
          function castArrayLikeObject(value) {
            return isArrayLikeObject(value) ? value : [];
          }
          function castFunction(value) {
            return typeof value == "function" ? value : identity3;
          }
          function castPath(value, object2) {
            if (isArray(value)) {
              return value;
            }
            return isKey(value, object2) ? [value] : stringToPath(toString2(value));
          }
          var castRest = baseRest;
          function castSlice(array2, start, end) {
            var length = array2.length;
            end = end === undefined$1 ? length : end;
            return !start && end >= length ? array2 : baseSlice(array2, start, end);
          }
          var clearTimeout2 = ctxClearTimeout || function(id) {
            return root.clearTimeout(id);
          };
          function cloneBuffer(buffer, isDeep) {
            if (isDeep) {
              return buffer.slice();
            }
            var length = buffer.length, result2 = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);
            buffer.copy(result2);
            return result2;
          }
          function cloneArrayBuffer(arrayBuffer) {
            var result2 = new arrayBuffer.constructor(arrayBuffer.byteLength);
            new Uint8Array2(result2).set(new Uint8Array2(arrayBuffer));
            return result2;
          }
          function cloneDataView(dataView, isDeep) {
            var buffer = isDeep ? cloneArrayBuffer(dataView.buffer) : dataView.buffer;
            return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
          }
          function cloneRegExp(regexp) {
            var result2 = new regexp.constructor(regexp.source, reFlags.exec(regexp));
            result2.lastIndex = regexp.lastIndex;
            return result2;
          }
          function cloneSymbol(symbol) {
            return symbolValueOf ? Object2(symbolValueOf.call(symbol)) : {};
          }
          function cloneTypedArray(typedArray, isDeep) {
            var buffer = isDeep ? cloneArrayBuffer(typedArray.buffer) : typedArray.buffer;
            return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
          }
          function compareAscending(value, other) {
            if (value !== other) {
              var valIsDefined = value !== undefined$1, valIsNull = value === null, valIsReflexive = value === value, valIsSymbol = isSymbol(value);
              var othIsDefined = other !== undefined$1, othIsNull = other === null, othIsReflexive = other === other, othIsSymbol = isSymbol(other);
              if (!othIsNull && !othIsSymbol && !valIsSymbol && value > other || valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol || valIsNull && othIsDefined && othIsReflexive || !valIsDefined && othIsReflexive || !valIsReflexive) {
                return 1;
              }
              if (!valIsNull && !valIsSymbol && !othIsSymbol && value < other || othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol || othIsNull && valIsDefined && valIsReflexive || !othIsDefined && valIsReflexive || !othIsReflexive) {
                return -1;
              }
            }
            return 0;
          }
          function compareMultiple(object2, other, orders) {
            var index2 = -1, objCriteria = object2.criteria, othCriteria = other.criteria, length = objCriteria.length, ordersLength = orders.length;
            while (++index2 < length) {
              var result2 = compareAscending(objCriteria[index2], othCriteria[index2]);
              if (result2) {
                if (index2 >= ordersLength) {
                  return result2;
                }
                var order = orders[index2];
                return result2 * (order == "desc" ? -1 : 1);
              }
            }
            return object2.index - other.index;
          }
          function composeArgs(args, partials, holders, isCurried) {
            var argsIndex = -1, argsLength = args.length, holdersLength = holders.length, leftIndex = -1, leftLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result2 = Array2(leftLength + rangeLength), isUncurried = !isCurried;
            while (++leftIndex < leftLength) {
              result2[leftIndex] = partials[leftIndex];
            }
            while (++argsIndex < holdersLength) {
              if (isUncurried || argsIndex < argsLength) {
                result2[holders[argsIndex]] = args[argsIndex];
              }
            }
            while (rangeLength--) {
              result2[leftIndex++] = args[argsIndex++];
            }
            return result2;
          }
          function composeArgsRight(args, partials, holders, isCurried) {
            var argsIndex = -1, argsLength = args.length, holdersIndex = -1, holdersLength = holders.length, rightIndex = -1, rightLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result2 = Array2(rangeLength + rightLength), isUncurried = !isCurried;
            while (++argsIndex < rangeLength) {
              result2[argsIndex] = args[argsIndex];
            }
            var offset = argsIndex;
            while (++rightIndex < rightLength) {
              result2[offset + rightIndex] = partials[rightIndex];
            }
            while (++holdersIndex < holdersLength) {
              if (isUncurried || argsIndex < argsLength) {
                result2[offset + holders[holdersIndex]] = args[argsIndex++];
              }
            }
            return result2;
          }
          function copyArray(source, array2) {
            var index2 = -1, length = source.length;
            array2 || (array2 = Array2(length));
            while (++index2 < length) {
              array2[index2] = source[index2];
            }
            return array2;
          }
          function copyObject(source, props, object2, customizer) {
            var isNew = !object2;
            object2 || (object2 = {});
            var index2 = -1, length = props.length;
            while (++index2 < length) {
              var key = props[index2];
              var newValue = customizer ? customizer(object2[key], source[key], key, object2, source) : undefined$1;
              if (newValue === undefined$1) {
                newValue = source[key];
              }
              if (isNew) {
                baseAssignValue(object2, key, newValue);
              } else {
                assignValue(object2, key, newValue);
              }
            }
            return object2;
          }
          function copySymbols(source, object2) {
            return copyObject(source, getSymbols(source), object2);
          }
          function copySymbolsIn(source, object2) {
            return copyObject(source, getSymbolsIn(source), object2);
          }
          function createAggregator(setter, initializer) {
            return function(collection, iteratee2) {
              var func = isArray(collection) ? arrayAggregator : baseAggregator, accumulator = initializer ? initializer() : {};
              return func(collection, setter, getIteratee(iteratee2, 2), accumulator);
            };
          }
          function createAssigner(assigner) {
            return baseRest(function(object2, sources) {
              var index2 = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : undefined$1, guard = length > 2 ? sources[2] : undefined$1;
              customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : undefined$1;
              if (guard && isIterateeCall(sources[0], sources[1], guard)) {
                customizer = length < 3 ? undefined$1 : customizer;
                length = 1;
              }
              object2 = Object2(object2);
              while (++index2 < length) {
                var source = sources[index2];
                if (source) {
                  assigner(object2, source, index2, customizer);
                }
              }
              return object2;
            });
          }
          function createBaseEach(eachFunc, fromRight) {
            return function(collection, iteratee2) {
              if (collection == null) {
                return collection;
              }
              if (!isArrayLike(collection)) {
                return eachFunc(collection, iteratee2);
              }
              var length = collection.length, index2 = fromRight ? length : -1, iterable = Object2(collection);
              while (fromRight ? index2-- : ++index2 < length) {
                if (iteratee2(iterable[index2], index2, iterable) === false) {
                  break;
                }
              }
              return collection;
            };
          }
          function createBaseFor(fromRight) {
            return function(object2, iteratee2, keysFunc) {
              var index2 = -1, iterable = Object2(object2), props = keysFunc(object2), length = props.length;
              while (length--) {
                var key = props[fromRight ? length : ++index2];
                if (iteratee2(iterable[key], key, iterable) === false) {
                  break;
                }
              }
              return object2;
            };
          }
          function createBind(func, bitmask, thisArg) {
            var isBind = bitmask & WRAP_BIND_FLAG, Ctor = createCtor(func);
            function wrapper() {
              var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
              return fn.apply(isBind ? thisArg : this, arguments);
            }
            return wrapper;
          }
          function createCaseFirst(methodName) {
            return function(string) {
              string = toString2(string);
              var strSymbols = hasUnicode(string) ? stringToArray(string) : undefined$1;
              var chr = strSymbols ? strSymbols[0] : string.charAt(0);
              var trailing = strSymbols ? castSlice(strSymbols, 1).join("") : string.slice(1);
              return chr[methodName]() + trailing;
            };
          }
          function createCompounder(callback) {
            return function(string) {
              return arrayReduce(words(deburr(string).replace(reApos, "")), callback, "");
            };
          }
          function createCtor(Ctor) {
            return function() {
              var args = arguments;
              switch (args.length) {
                case 0:
                  return new Ctor();
                case 1:
                  return new Ctor(args[0]);
                case 2:
                  return new Ctor(args[0], args[1]);
                case 3:
                  return new Ctor(args[0], args[1], args[2]);
                case 4:
                  return new Ctor(args[0], args[1], args[2], args[3]);
                case 5:
                  return new Ctor(args[0], args[1], args[2], args[3], args[4]);
                case 6:
                  return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5]);
                case 7:
                  return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
              }
              var thisBinding = baseCreate(Ctor.prototype), result2 = Ctor.apply(thisBinding, args);
              return isObject2(result2) ? result2 : thisBinding;
            };
          }
          function createCurry(func, bitmask, arity) {
            var Ctor = createCtor(func);
            function wrapper() {
              var length = arguments.length, args = Array2(length), index2 = length, placeholder = getHolder(wrapper);
              while (index2--) {
                args[index2] = arguments[index2];
              }
              var holders = length < 3 && args[0] !== placeholder && args[length - 1] !== placeholder ? [] : replaceHolders(args, placeholder);
              length -= holders.length;
              if (length < arity) {
                return createRecurry(
                  func,
                  bitmask,
                  createHybrid,
                  wrapper.placeholder,
                  undefined$1,
                  args,
                  holders,
                  undefined$1,
                  undefined$1,
                  arity - length
                );
              }
              var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
              return apply(fn, this, args);
            }
            return wrapper;
          }
          function createFind(findIndexFunc) {
            return function(collection, predicate, fromIndex) {
              var iterable = Object2(collection);
              if (!isArrayLike(collection)) {
                var iteratee2 = getIteratee(predicate, 3);
                collection = keys(collection);
                predicate = function(key) {
                  return iteratee2(iterable[key], key, iterable);
                };
              }
              var index2 = findIndexFunc(collection, predicate, fromIndex);
              return index2 > -1 ? iterable[iteratee2 ? collection[index2] : index2] : undefined$1;
            };
          }
          function createFlow(fromRight) {
            return flatRest(function(funcs) {
              var length = funcs.length, index2 = length, prereq = LodashWrapper.prototype.thru;
              if (fromRight) {
                funcs.reverse();
              }
              while (index2--) {
                var func = funcs[index2];
                if (typeof func != "function") {
                  throw new TypeError2(FUNC_ERROR_TEXT);
                }
                if (prereq && !wrapper && getFuncName(func) == "wrapper") {
                  var wrapper = new LodashWrapper([], true);
                }
              }
              index2 = wrapper ? index2 : length;
              while (++index2 < length) {
                func = funcs[index2];
                var funcName = getFuncName(func), data = funcName == "wrapper" ? getData(func) : undefined$1;
                if (data && isLaziable(data[0]) && data[1] == (WRAP_ARY_FLAG | WRAP_CURRY_FLAG | WRAP_PARTIAL_FLAG | WRAP_REARG_FLAG) && !data[4].length && data[9] == 1) {
                  wrapper = wrapper[getFuncName(data[0])].apply(wrapper, data[3]);
                } else {
                  wrapper = func.length == 1 && isLaziable(func) ? wrapper[funcName]() : wrapper.thru(func);
                }
              }
              return function() {
                var args = arguments, value = args[0];
                if (wrapper && args.length == 1 && isArray(value)) {
                  return wrapper.plant(value).value();
                }
                var index3 = 0, result2 = length ? funcs[index3].apply(this, args) : value;
                while (++index3 < length) {
                  result2 = funcs[index3].call(this, result2);
                }
                return result2;
              };
            });
          }
          function createHybrid(func, bitmask, thisArg, partials, holders, partialsRight, holdersRight, argPos, ary2, arity) {
            var isAry = bitmask & WRAP_ARY_FLAG, isBind = bitmask & WRAP_BIND_FLAG, isBindKey = bitmask & WRAP_BIND_KEY_FLAG, isCurried = bitmask & (WRAP_CURRY_FLAG | WRAP_CURRY_RIGHT_FLAG), isFlip = bitmask & WRAP_FLIP_FLAG, Ctor = isBindKey ? undefined$1 : createCtor(func);
            function wrapper() {
              var length = arguments.length, args = Array2(length), index2 = length;
              while (index2--) {
                args[index2] = arguments[index2];
              }
              if (isCurried) {
                var placeholder = getHolder(wrapper), holdersCount = countHolders(args, placeholder);
              }
              if (partials) {
                args = composeArgs(args, partials, holders, isCurried);
              }
              if (partialsRight) {
                args = composeArgsRight(args, partialsRight, holdersRight, isCurried);
              }
              length -= holdersCount;
              if (isCurried && length < arity) {
                var newHolders = replaceHolders(args, placeholder);
                return createRecurry(
                  func,
                  bitmask,
                  createHybrid,
                  wrapper.placeholder,
                  thisArg,
                  args,
                  newHolders,
                  argPos,
                  ary2,
                  arity - length
                );
              }
              var thisBinding = isBind ? thisArg : this, fn = isBindKey ? thisBinding[func] : func;
              length = args.length;
              if (argPos) {
                args = reorder(args, argPos);
              } else if (isFlip && length > 1) {
                args.reverse();
              }
              if (isAry && ary2 < length) {
                args.length = ary2;
              }
              if (this && this !== root && this instanceof wrapper) {
                fn = Ctor || createCtor(fn);
              }
              return fn.apply(thisBinding, args);
            }
            return wrapper;
          }
          function createInverter(setter, toIteratee) {
            return function(object2, iteratee2) {
              return baseInverter(object2, setter, toIteratee(iteratee2), {});
            };
          }
          function createMathOperation(operator, defaultValue) {
            return function(value, other) {
              var result2;
              if (value === undefined$1 && other === undefined$1) {
                return defaultValue;
              }
              if (value !== undefined$1) {
                result2 = value;
              }
              if (other !== undefined$1) {
                if (result2 === undefined$1) {
                  return other;
                }
                if (typeof value == "string" || typeof other == "string") {
                  value = baseToString(value);
                  other = baseToString(other);
                } else {
                  value = baseToNumber(value);
                  other = baseToNumber(other);
                }
                result2 = operator(value, other);
              }
              return result2;
            };
          }
          function createOver(arrayFunc) {
            return flatRest(function(iteratees) {
              iteratees = arrayMap(iteratees, baseUnary(getIteratee()));
              return baseRest(function(args) {
                var thisArg = this;
                return arrayFunc(iteratees, function(iteratee2) {
                  return apply(iteratee2, thisArg, args);
                });
              });
            });
          }
          function createPadding(length, chars) {
            chars = chars === undefined$1 ? " " : baseToString(chars);
            var charsLength = chars.length;
            if (charsLength < 2) {
              return charsLength ? baseRepeat(chars, length) : chars;
            }
            var result2 = baseRepeat(chars, nativeCeil(length / stringSize(chars)));
            return hasUnicode(chars) ? castSlice(stringToArray(result2), 0, length).join("") : result2.slice(0, length);
          }
          function createPartial(func, bitmask, thisArg, partials) {
            var isBind = bitmask & WRAP_BIND_FLAG, Ctor = createCtor(func);
            function wrapper() {
              var argsIndex = -1, argsLength = arguments.length, leftIndex = -1, leftLength = partials.length, args = Array2(leftLength + argsLength), fn = this && this !== root && this instanceof wrapper ? Ctor : func;
              while (++leftIndex < leftLength) {
                args[leftIndex] = partials[leftIndex];
              }
              while (argsLength--) {
                args[leftIndex++] = arguments[++argsIndex];
              }
              return apply(fn, isBind ? thisArg : this, args);
            }
            return wrapper;
          }
          function createRange(fromRight) {
            return function(start, end, step) {
              if (step && typeof step != "number" && isIterateeCall(start, end, step)) {
                end = step = undefined$1;
              }
              start = toFinite(start);
              if (end === undefined$1) {
                end = start;
                start = 0;
              } else {
                end = toFinite(end);
              }
              step = step === undefined$1 ? start < end ? 1 : -1 : toFinite(step);
              return baseRange(start, end, step, fromRight);
            };
          }
          function createRelationalOperation(operator) {
            return function(value, other) {
              if (!(typeof value == "string" && typeof other == "string")) {
                value = toNumber(value);
                other = toNumber(other);
              }
              return operator(value, other);
            };
          }
          function createRecurry(func, bitmask, wrapFunc, placeholder, thisArg, partials, holders, argPos, ary2, arity) {
            var isCurry = bitmask & WRAP_CURRY_FLAG, newHolders = isCurry ? holders : undefined$1, newHoldersRight = isCurry ? undefined$1 : holders, newPartials = isCurry ? partials : undefined$1, newPartialsRight = isCurry ? undefined$1 : partials;
            bitmask |= isCurry ? WRAP_PARTIAL_FLAG : WRAP_PARTIAL_RIGHT_FLAG;
            bitmask &= ~(isCurry ? WRAP_PARTIAL_RIGHT_FLAG : WRAP_PARTIAL_FLAG);
            if (!(bitmask & WRAP_CURRY_BOUND_FLAG)) {
              bitmask &= -4;
            }
            var newData = [
              func,
              bitmask,
              thisArg,
              newPartials,
              newHolders,
              newPartialsRight,
              newHoldersRight,
              argPos,
              ary2,
              arity
            ];
            var result2 = wrapFunc.apply(undefined$1, newData);
            if (isLaziable(func)) {
              setData(result2, newData);
            }
            result2.placeholder = placeholder;
            return setWrapToString(result2, func, bitmask);
          }
          function createRound(methodName) {
            var func = Math2[methodName];
            return function(number, precision) {
              number = toNumber(number);
              precision = precision == null ? 0 : nativeMin(toInteger(precision), 292);
              if (precision && nativeIsFinite(number)) {
                var pair = (toString2(number) + "e").split("e"), value = func(pair[0] + "e" + (+pair[1] + precision));
                pair = (toString2(value) + "e").split("e");
                return +(pair[0] + "e" + (+pair[1] - precision));
              }
              return func(number);
            };
          }
          var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop3 : function(values2) {
            return new Set2(values2);
          };
          function createToPairs(keysFunc) {
            return function(object2) {
              var tag = getTag(object2);
              if (tag == mapTag) {
                return mapToArray(object2);
              }
              if (tag == setTag) {
                return setToPairs(object2);
              }
              return baseToPairs(object2, keysFunc(object2));
            };
          }
          function createWrap(func, bitmask, thisArg, partials, holders, argPos, ary2, arity) {
            var isBindKey = bitmask & WRAP_BIND_KEY_FLAG;
            if (!isBindKey && typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            var length = partials ? partials.length : 0;
            if (!length) {
              bitmask &= -97;
              partials = holders = undefined$1;
            }
            ary2 = ary2 === undefined$1 ? ary2 : nativeMax(toInteger(ary2), 0);
            arity = arity === undefined$1 ? arity : toInteger(arity);
            length -= holders ? holders.length : 0;
            if (bitmask & WRAP_PARTIAL_RIGHT_FLAG) {
              var partialsRight = partials, holdersRight = holders;
              partials = holders = undefined$1;
            }
            var data = isBindKey ? undefined$1 : getData(func);
            var newData = [
              func,
              bitmask,
              thisArg,
              partials,
              holders,
              partialsRight,
              holdersRight,
              argPos,
              ary2,
              arity
            ];
            if (data) {
              mergeData(newData, data);
            }
            func = newData[0];
            bitmask = newData[1];
            thisArg = newData[2];
            partials = newData[3];
            holders = newData[4];
            arity = newData[9] = newData[9] === undefined$1 ? isBindKey ? 0 : func.length : nativeMax(newData[9] - length, 0);
            if (!arity && bitmask & (WRAP_CURRY_FLAG | WRAP_CURRY_RIGHT_FLAG)) {
              bitmask &= -25;
            }
            if (!bitmask || bitmask == WRAP_BIND_FLAG) {
              var result2 = createBind(func, bitmask, thisArg);
            } else if (bitmask == WRAP_CURRY_FLAG || bitmask == WRAP_CURRY_RIGHT_FLAG) {
              result2 = createCurry(func, bitmask, arity);
            } else if ((bitmask == WRAP_PARTIAL_FLAG || bitmask == (WRAP_BIND_FLAG | WRAP_PARTIAL_FLAG)) && !holders.length) {
              result2 = createPartial(func, bitmask, thisArg, partials);
            } else {
              result2 = createHybrid.apply(undefined$1, newData);
            }
            var setter = data ? baseSetData : setData;
            return setWrapToString(setter(result2, newData), func, bitmask);
          }
          function customDefaultsAssignIn(objValue, srcValue, key, object2) {
            if (objValue === undefined$1 || eq(objValue, objectProto[key]) && !hasOwnProperty.call(object2, key)) {
              return srcValue;
            }
            return objValue;
          }
          function customDefaultsMerge(objValue, srcValue, key, object2, source, stack) {
            if (isObject2(objValue) && isObject2(srcValue)) {
              stack.set(srcValue, objValue);
              baseMerge(objValue, srcValue, undefined$1, customDefaultsMerge, stack);
              stack["delete"](srcValue);
            }
            return objValue;
          }
          function customOmitClone(value) {
            return isPlainObject2(value) ? undefined$1 : value;
          }
          function equalArrays(array2, other, bitmask, customizer, equalFunc, stack) {
            var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array2.length, othLength = other.length;
            if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
              return false;
            }
            var arrStacked = stack.get(array2);
            var othStacked = stack.get(other);
            if (arrStacked && othStacked) {
              return arrStacked == other && othStacked == array2;
            }
            var index2 = -1, result2 = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache() : undefined$1;
            stack.set(array2, other);
            stack.set(other, array2);
            while (++index2 < arrLength) {
              var arrValue = array2[index2], othValue = other[index2];
              if (customizer) {
                var compared = isPartial ? customizer(othValue, arrValue, index2, other, array2, stack) : customizer(arrValue, othValue, index2, array2, other, stack);
              }
              if (compared !== undefined$1) {
                if (compared) {
                  continue;
                }
                result2 = false;
                break;
              }
              if (seen) {
                if (!arraySome(other, function(othValue2, othIndex) {
                  if (!cacheHas(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
                    return seen.push(othIndex);
                  }
                })) {
                  result2 = false;
                  break;
                }
              } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
                result2 = false;
                break;
              }
            }
            stack["delete"](array2);
            stack["delete"](other);
            return result2;
          }
          function equalByTag(object2, other, tag, bitmask, customizer, equalFunc, stack) {
            switch (tag) {
              case dataViewTag:
                if (object2.byteLength != other.byteLength || object2.byteOffset != other.byteOffset) {
                  return false;
                }
                object2 = object2.buffer;
                other = other.buffer;
              case arrayBufferTag:
                if (object2.byteLength != other.byteLength || !equalFunc(new Uint8Array2(object2), new Uint8Array2(other))) {
                  return false;
                }
                return true;
              case boolTag:
              case dateTag:
              case numberTag:
                return eq(+object2, +other);
              case errorTag:
                return object2.name == other.name && object2.message == other.message;
              case regexpTag:
              case stringTag:
                return object2 == other + "";
              case mapTag:
                var convert = mapToArray;
              case setTag:
                var isPartial = bitmask & COMPARE_PARTIAL_FLAG;
                convert || (convert = setToArray);
                if (object2.size != other.size && !isPartial) {
                  return false;
                }
                var stacked = stack.get(object2);
                if (stacked) {
                  return stacked == other;
                }
                bitmask |= COMPARE_UNORDERED_FLAG;
                stack.set(object2, other);
                var result2 = equalArrays(convert(object2), convert(other), bitmask, customizer, equalFunc, stack);
                stack["delete"](object2);
                return result2;
              case symbolTag:
                if (symbolValueOf) {
                  return symbolValueOf.call(object2) == symbolValueOf.call(other);
                }
            }
            return false;
          }
          function equalObjects(object2, other, bitmask, customizer, equalFunc, stack) {
            var isPartial = bitmask & COMPARE_PARTIAL_FLAG, objProps = getAllKeys(object2), objLength = objProps.length, othProps = getAllKeys(other), othLength = othProps.length;
            if (objLength != othLength && !isPartial) {
              return false;
            }
            var index2 = objLength;
            while (index2--) {
              var key = objProps[index2];
              if (!(isPartial ? key in other : hasOwnProperty.call(other, key))) {
                return false;
              }
            }
            var objStacked = stack.get(object2);
            var othStacked = stack.get(other);
            if (objStacked && othStacked) {
              return objStacked == other && othStacked == object2;
            }
            var result2 = true;
            stack.set(object2, other);
            stack.set(other, object2);
            var skipCtor = isPartial;
            while (++index2 < objLength) {
              key = objProps[index2];
              var objValue = object2[key], othValue = other[key];
              if (customizer) {
                var compared = isPartial ? customizer(othValue, objValue, key, other, object2, stack) : customizer(objValue, othValue, key, object2, other, stack);
              }
              if (!(compared === undefined$1 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
                result2 = false;
                break;
              }
              skipCtor || (skipCtor = key == "constructor");
            }
            if (result2 && !skipCtor) {
              var objCtor = object2.constructor, othCtor = other.constructor;
              if (objCtor != othCtor && ("constructor" in object2 && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
                result2 = false;
              }
            }
            stack["delete"](object2);
            stack["delete"](other);
            return result2;
          }
          function flatRest(func) {
            return setToString(overRest(func, undefined$1, flatten), func + "");
          }
          function getAllKeys(object2) {
            return baseGetAllKeys(object2, keys, getSymbols);
          }
          function getAllKeysIn(object2) {
            return baseGetAllKeys(object2, keysIn, getSymbolsIn);
          }
          var getData = !metaMap ? noop3 : function(func) {
            return metaMap.get(func);
          };
          function getFuncName(func) {
            var result2 = func.name + "", array2 = realNames[result2], length = hasOwnProperty.call(realNames, result2) ? array2.length : 0;
            while (length--) {
              var data = array2[length], otherFunc = data.func;
              if (otherFunc == null || otherFunc == func) {
                return data.name;
              }
            }
            return result2;
          }
          function getHolder(func) {
            var object2 = hasOwnProperty.call(lodash2, "placeholder") ? lodash2 : func;
            return object2.placeholder;
          }
          function getIteratee() {
            var result2 = lodash2.iteratee || iteratee;
            result2 = result2 === iteratee ? baseIteratee : result2;
            return arguments.length ? result2(arguments[0], arguments[1]) : result2;
          }
          function getMapData(map2, key) {
            var data = map2.__data__;
            return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
          }
          function getMatchData(object2) {
            var result2 = keys(object2), length = result2.length;
            while (length--) {
              var key = result2[length], value = object2[key];
              result2[length] = [key, value, isStrictComparable(value)];
            }
            return result2;
          }
          function getNative(object2, key) {
            var value = getValue(object2, key);
            return baseIsNative(value) ? value : undefined$1;
          }
          function getRawTag(value) {
            var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
            try {
              value[symToStringTag] = undefined$1;
              var unmasked = true;
            } catch (e) {
            }
            var result2 = nativeObjectToString.call(value);
            if (unmasked) {
              if (isOwn) {
                value[symToStringTag] = tag;
              } else {
                delete value[symToStringTag];
              }
            }
            return result2;
          }
          var getSymbols = !nativeGetSymbols ? stubArray : function(object2) {
            if (object2 == null) {
              return [];
            }
            object2 = Object2(object2);
            return arrayFilter(nativeGetSymbols(object2), function(symbol) {
              return propertyIsEnumerable.call(object2, symbol);
            });
          };
          var getSymbolsIn = !nativeGetSymbols ? stubArray : function(object2) {
            var result2 = [];
            while (object2) {
              arrayPush(result2, getSymbols(object2));
              object2 = getPrototype(object2);
            }
            return result2;
          };
          var getTag = baseGetTag;
          if (DataView && getTag(new DataView(new ArrayBuffer(1))) != dataViewTag || Map2 && getTag(new Map2()) != mapTag || Promise2 && getTag(Promise2.resolve()) != promiseTag || Set2 && getTag(new Set2()) != setTag || WeakMap2 && getTag(new WeakMap2()) != weakMapTag) {
            getTag = function(value) {
              var result2 = baseGetTag(value), Ctor = result2 == objectTag ? value.constructor : undefined$1, ctorString = Ctor ? toSource(Ctor) : "";
              if (ctorString) {
                switch (ctorString) {
                  case dataViewCtorString:
                    return dataViewTag;
                  case mapCtorString:
                    return mapTag;
                  case promiseCtorString:
                    return promiseTag;
                  case setCtorString:
                    return setTag;
                  case weakMapCtorString:
                    return weakMapTag;
                }
              }
              return result2;
            };
          }
          function getView(start, end, transforms) {
            var index2 = -1, length = transforms.length;
            while (++index2 < length) {
              var data = transforms[index2], size2 = data.size;
              switch (data.type) {
                case "drop":
                  start += size2;
                  break;
                case "dropRight":
                  end -= size2;
                  break;
                case "take":
                  end = nativeMin(end, start + size2);
                  break;
                case "takeRight":
                  start = nativeMax(start, end - size2);
                  break;
              }
            }
            return { "start": start, "end": end };
          }
          function getWrapDetails(source) {
            var match = source.match(reWrapDetails);
            return match ? match[1].split(reSplitDetails) : [];
          }
          function hasPath(object2, path7, hasFunc) {
            path7 = castPath(path7, object2);
            var index2 = -1, length = path7.length, result2 = false;
            while (++index2 < length) {
              var key = toKey(path7[index2]);
              if (!(result2 = object2 != null && hasFunc(object2, key))) {
                break;
              }
              object2 = object2[key];
            }
            if (result2 || ++index2 != length) {
              return result2;
            }
            length = object2 == null ? 0 : object2.length;
            return !!length && isLength(length) && isIndex(key, length) && (isArray(object2) || isArguments(object2));
          }
          function initCloneArray(array2) {
            var length = array2.length, result2 = new array2.constructor(length);
            if (length && typeof array2[0] == "string" && hasOwnProperty.call(array2, "index")) {
              result2.index = array2.index;
              result2.input = array2.input;
            }
            return result2;
          }
          function initCloneObject(object2) {
            return typeof object2.constructor == "function" && !isPrototype(object2) ? baseCreate(getPrototype(object2)) : {};
          }
          function initCloneByTag(object2, tag, isDeep) {
            var Ctor = object2.constructor;
            switch (tag) {
              case arrayBufferTag:
                return cloneArrayBuffer(object2);
              case boolTag:
              case dateTag:
                return new Ctor(+object2);
              case dataViewTag:
                return cloneDataView(object2, isDeep);
              case float32Tag:
              case float64Tag:
              case int8Tag:
              case int16Tag:
              case int32Tag:
              case uint8Tag:
              case uint8ClampedTag:
              case uint16Tag:
              case uint32Tag:
                return cloneTypedArray(object2, isDeep);
              case mapTag:
                return new Ctor();
              case numberTag:
              case stringTag:
                return new Ctor(object2);
              case regexpTag:
                return cloneRegExp(object2);
              case setTag:
                return new Ctor();
              case symbolTag:
                return cloneSymbol(object2);
            }
          }
          function insertWrapDetails(source, details) {
            var length = details.length;
            if (!length) {
              return source;
            }
            var lastIndex = length - 1;
            details[lastIndex] = (length > 1 ? "& " : "") + details[lastIndex];
            details = details.join(length > 2 ? ", " : " ");
            return source.replace(reWrapComment, "{\n/* [wrapped with " + details + "] */\n");
          }
          function isFlattenable(value) {
            return isArray(value) || isArguments(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
          }
          function isIndex(value, length) {
            var type = typeof value;
            length = length == null ? MAX_SAFE_INTEGER : length;
            return !!length && (type == "number" || type != "symbol" && reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
          }
          function isIterateeCall(value, index2, object2) {
            if (!isObject2(object2)) {
              return false;
            }
            var type = typeof index2;
            if (type == "number" ? isArrayLike(object2) && isIndex(index2, object2.length) : type == "string" && index2 in object2) {
              return eq(object2[index2], value);
            }
            return false;
          }
          function isKey(value, object2) {
            if (isArray(value)) {
              return false;
            }
            var type = typeof value;
            if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol(value)) {
              return true;
            }
            return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object2 != null && value in Object2(object2);
          }
          function isKeyable(value) {
            var type = typeof value;
            return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
          }
          function isLaziable(func) {
            var funcName = getFuncName(func), other = lodash2[funcName];
            if (typeof other != "function" || !(funcName in LazyWrapper.prototype)) {
              return false;
            }
            if (func === other) {
              return true;
            }
            var data = getData(other);
            return !!data && func === data[0];
          }
          function isMasked(func) {
            return !!maskSrcKey && maskSrcKey in func;
          }
          var isMaskable = coreJsData ? isFunction : stubFalse;
          function isPrototype(value) {
            var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto;
            return value === proto;
          }
          function isStrictComparable(value) {
            return value === value && !isObject2(value);
          }
          function matchesStrictComparable(key, srcValue) {
            return function(object2) {
              if (object2 == null) {
                return false;
              }
              return object2[key] === srcValue && (srcValue !== undefined$1 || key in Object2(object2));
            };
          }
          function memoizeCapped(func) {
            var result2 = memoize(func, function(key) {
              if (cache.size === MAX_MEMOIZE_SIZE) {
                cache.clear();
              }
              return key;
            });
            var cache = result2.cache;
            return result2;
          }
          function mergeData(data, source) {
            var bitmask = data[1], srcBitmask = source[1], newBitmask = bitmask | srcBitmask, isCommon = newBitmask < (WRAP_BIND_FLAG | WRAP_BIND_KEY_FLAG | WRAP_ARY_FLAG);
            var isCombo = srcBitmask == WRAP_ARY_FLAG && bitmask == WRAP_CURRY_FLAG || srcBitmask == WRAP_ARY_FLAG && bitmask == WRAP_REARG_FLAG && data[7].length <= source[8] || srcBitmask == (WRAP_ARY_FLAG | WRAP_REARG_FLAG) && source[7].length <= source[8] && bitmask == WRAP_CURRY_FLAG;
            if (!(isCommon || isCombo)) {
              return data;
            }
            if (srcBitmask & WRAP_BIND_FLAG) {
              data[2] = source[2];
              newBitmask |= bitmask & WRAP_BIND_FLAG ? 0 : WRAP_CURRY_BOUND_FLAG;
            }
            var value = source[3];
            if (value) {
              var partials = data[3];
              data[3] = partials ? composeArgs(partials, value, source[4]) : value;
              data[4] = partials ? replaceHolders(data[3], PLACEHOLDER) : source[4];
            }
            value = source[5];
            if (value) {
              partials = data[5];
              data[5] = partials ? composeArgsRight(partials, value, source[6]) : value;
              data[6] = partials ? replaceHolders(data[5], PLACEHOLDER) : source[6];
            }
            value = source[7];
            if (value) {
              data[7] = value;
            }
            if (srcBitmask & WRAP_ARY_FLAG) {
              data[8] = data[8] == null ? source[8] : nativeMin(data[8], source[8]);
            }
            if (data[9] == null) {
              data[9] = source[9];
            }
            data[0] = source[0];
            data[1] = newBitmask;
            return data;
          }
          function nativeKeysIn(object2) {
            var result2 = [];
            if (object2 != null) {
              for (var key in Object2(object2)) {
                result2.push(key);
              }
            }
            return result2;
          }
          function objectToString3(value) {
            return nativeObjectToString.call(value);
          }
          function overRest(func, start, transform2) {
            start = nativeMax(start === undefined$1 ? func.length - 1 : start, 0);
            return function() {
              var args = arguments, index2 = -1, length = nativeMax(args.length - start, 0), array2 = Array2(length);
              while (++index2 < length) {
                array2[index2] = args[start + index2];
              }
              index2 = -1;
              var otherArgs = Array2(start + 1);
              while (++index2 < start) {
                otherArgs[index2] = args[index2];
              }
              otherArgs[start] = transform2(array2);
              return apply(func, this, otherArgs);
            };
          }
          function parent(object2, path7) {
            return path7.length < 2 ? object2 : baseGet(object2, baseSlice(path7, 0, -1));
          }
          function reorder(array2, indexes) {
            var arrLength = array2.length, length = nativeMin(indexes.length, arrLength), oldArray = copyArray(array2);
            while (length--) {
              var index2 = indexes[length];
              array2[length] = isIndex(index2, arrLength) ? oldArray[index2] : undefined$1;
            }
            return array2;
          }
          function safeGet(object2, key) {
            if (key === "constructor" && typeof object2[key] === "function") {
              return;
            }
            if (key == "__proto__") {
              return;
            }
            return object2[key];
          }
          var setData = shortOut(baseSetData);
          var setTimeout4 = ctxSetTimeout || function(func, wait) {
            return root.setTimeout(func, wait);
          };
          var setToString = shortOut(baseSetToString);
          function setWrapToString(wrapper, reference, bitmask) {
            var source = reference + "";
            return setToString(wrapper, insertWrapDetails(source, updateWrapDetails(getWrapDetails(source), bitmask)));
          }
          function shortOut(func) {
            var count3 = 0, lastCalled = 0;
            return function() {
              var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
              lastCalled = stamp;
              if (remaining > 0) {
                if (++count3 >= HOT_COUNT) {
                  return arguments[0];
                }
              } else {
                count3 = 0;
              }
              return func.apply(undefined$1, arguments);
            };
          }
          function shuffleSelf(array2, size2) {
            var index2 = -1, length = array2.length, lastIndex = length - 1;
            size2 = size2 === undefined$1 ? length : size2;
            while (++index2 < size2) {
              var rand = baseRandom(index2, lastIndex), value = array2[rand];
              array2[rand] = array2[index2];
              array2[index2] = value;
            }
            array2.length = size2;
            return array2;
          }
          var stringToPath = memoizeCapped(function(string) {
            var result2 = [];
            if (string.charCodeAt(0) === 46) {
              result2.push("");
            }
            string.replace(rePropName, function(match, number, quote, subString) {
              result2.push(quote ? subString.replace(reEscapeChar, "$1") : number || match);
            });
            return result2;
          });
          function toKey(value) {
            if (typeof value == "string" || isSymbol(value)) {
              return value;
            }
            var result2 = value + "";
            return result2 == "0" && 1 / value == -INFINITY ? "-0" : result2;
          }
          function toSource(func) {
            if (func != null) {
              try {
                return funcToString.call(func);
              } catch (e) {
              }
              try {
                return func + "";
              } catch (e) {
              }
            }
            return "";
          }
          function updateWrapDetails(details, bitmask) {
            arrayEach(wrapFlags, function(pair) {
              var value = "_." + pair[0];
              if (bitmask & pair[1] && !arrayIncludes(details, value)) {
                details.push(value);
              }
            });
            return details.sort();
          }
          function wrapperClone(wrapper) {
            if (wrapper instanceof LazyWrapper) {
              return wrapper.clone();
            }
            var result2 = new LodashWrapper(wrapper.__wrapped__, wrapper.__chain__);
            result2.__actions__ = copyArray(wrapper.__actions__);
            result2.__index__ = wrapper.__index__;
            result2.__values__ = wrapper.__values__;
            return result2;
          }
          function chunk(array2, size2, guard) {
            if (guard ? isIterateeCall(array2, size2, guard) : size2 === undefined$1) {
              size2 = 1;
            } else {
              size2 = nativeMax(toInteger(size2), 0);
            }
            var length = array2 == null ? 0 : array2.length;
            if (!length || size2 < 1) {
              return [];
            }
            var index2 = 0, resIndex = 0, result2 = Array2(nativeCeil(length / size2));
            while (index2 < length) {
              result2[resIndex++] = baseSlice(array2, index2, index2 += size2);
            }
            return result2;
          }
          function compact(array2) {
            var index2 = -1, length = array2 == null ? 0 : array2.length, resIndex = 0, result2 = [];
            while (++index2 < length) {
              var value = array2[index2];
              if (value) {
                result2[resIndex++] = value;
              }
            }
            return result2;
          }
          function concat() {
            var length = arguments.length;
            if (!length) {
              return [];
            }
            var args = Array2(length - 1), array2 = arguments[0], index2 = length;
            while (index2--) {
              args[index2 - 1] = arguments[index2];
            }
            return arrayPush(isArray(array2) ? copyArray(array2) : [array2], baseFlatten(args, 1));
          }
          var difference = baseRest(function(array2, values2) {
            return isArrayLikeObject(array2) ? baseDifference(array2, baseFlatten(values2, 1, isArrayLikeObject, true)) : [];
          });
          var differenceBy = baseRest(function(array2, values2) {
            var iteratee2 = last(values2);
            if (isArrayLikeObject(iteratee2)) {
              iteratee2 = undefined$1;
            }
            return isArrayLikeObject(array2) ? baseDifference(array2, baseFlatten(values2, 1, isArrayLikeObject, true), getIteratee(iteratee2, 2)) : [];
          });
          var differenceWith = baseRest(function(array2, values2) {
            var comparator = last(values2);
            if (isArrayLikeObject(comparator)) {
              comparator = undefined$1;
            }
            return isArrayLikeObject(array2) ? baseDifference(array2, baseFlatten(values2, 1, isArrayLikeObject, true), undefined$1, comparator) : [];
          });
          function drop(array2, n2, guard) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            n2 = guard || n2 === undefined$1 ? 1 : toInteger(n2);
            return baseSlice(array2, n2 < 0 ? 0 : n2, length);
          }
          function dropRight(array2, n2, guard) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            n2 = guard || n2 === undefined$1 ? 1 : toInteger(n2);
            n2 = length - n2;
            return baseSlice(array2, 0, n2 < 0 ? 0 : n2);
          }
          function dropRightWhile(array2, predicate) {
            return array2 && array2.length ? baseWhile(array2, getIteratee(predicate, 3), true, true) : [];
          }
          function dropWhile(array2, predicate) {
            return array2 && array2.length ? baseWhile(array2, getIteratee(predicate, 3), true) : [];
          }
          function fill(array2, value, start, end) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            if (start && typeof start != "number" && isIterateeCall(array2, value, start)) {
              start = 0;
              end = length;
            }
            return baseFill(array2, value, start, end);
          }
          function findIndex(array2, predicate, fromIndex) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return -1;
            }
            var index2 = fromIndex == null ? 0 : toInteger(fromIndex);
            if (index2 < 0) {
              index2 = nativeMax(length + index2, 0);
            }
            return baseFindIndex(array2, getIteratee(predicate, 3), index2);
          }
          function findLastIndex(array2, predicate, fromIndex) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return -1;
            }
            var index2 = length - 1;
            if (fromIndex !== undefined$1) {
              index2 = toInteger(fromIndex);
              index2 = fromIndex < 0 ? nativeMax(length + index2, 0) : nativeMin(index2, length - 1);
            }
            return baseFindIndex(array2, getIteratee(predicate, 3), index2, true);
          }
          function flatten(array2) {
            var length = array2 == null ? 0 : array2.length;
            return length ? baseFlatten(array2, 1) : [];
          }
          function flattenDeep(array2) {
            var length = array2 == null ? 0 : array2.length;
            return length ? baseFlatten(array2, INFINITY) : [];
          }
          function flattenDepth(array2, depth) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            depth = depth === undefined$1 ? 1 : toInteger(depth);
            return baseFlatten(array2, depth);
          }
          function fromPairs(pairs) {
            var index2 = -1, length = pairs == null ? 0 : pairs.length, result2 = {};
            while (++index2 < length) {
              var pair = pairs[index2];
              baseAssignValue(result2, pair[0], pair[1]);
            }
            return result2;
          }
          function head(array2) {
            return array2 && array2.length ? array2[0] : undefined$1;
          }
          function indexOf(array2, value, fromIndex) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return -1;
            }
            var index2 = fromIndex == null ? 0 : toInteger(fromIndex);
            if (index2 < 0) {
              index2 = nativeMax(length + index2, 0);
            }
            return baseIndexOf(array2, value, index2);
          }
          function initial(array2) {
            var length = array2 == null ? 0 : array2.length;
            return length ? baseSlice(array2, 0, -1) : [];
          }
          var intersection = baseRest(function(arrays) {
            var mapped = arrayMap(arrays, castArrayLikeObject);
            return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped) : [];
          });
          var intersectionBy = baseRest(function(arrays) {
            var iteratee2 = last(arrays), mapped = arrayMap(arrays, castArrayLikeObject);
            if (iteratee2 === last(mapped)) {
              iteratee2 = undefined$1;
            } else {
              mapped.pop();
            }
            return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped, getIteratee(iteratee2, 2)) : [];
          });
          var intersectionWith = baseRest(function(arrays) {
            var comparator = last(arrays), mapped = arrayMap(arrays, castArrayLikeObject);
            comparator = typeof comparator == "function" ? comparator : undefined$1;
            if (comparator) {
              mapped.pop();
            }
            return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped, undefined$1, comparator) : [];
          });
          function join31(array2, separator) {
            return array2 == null ? "" : nativeJoin.call(array2, separator);
          }
          function last(array2) {
            var length = array2 == null ? 0 : array2.length;
            return length ? array2[length - 1] : undefined$1;
          }
          function lastIndexOf(array2, value, fromIndex) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return -1;
            }
            var index2 = length;
            if (fromIndex !== undefined$1) {
              index2 = toInteger(fromIndex);
              index2 = index2 < 0 ? nativeMax(length + index2, 0) : nativeMin(index2, length - 1);
            }
            return value === value ? strictLastIndexOf(array2, value, index2) : baseFindIndex(array2, baseIsNaN, index2, true);
          }
          function nth(array2, n2) {
            return array2 && array2.length ? baseNth(array2, toInteger(n2)) : undefined$1;
          }
          var pull = baseRest(pullAll);
          function pullAll(array2, values2) {
            return array2 && array2.length && values2 && values2.length ? basePullAll(array2, values2) : array2;
          }
          function pullAllBy(array2, values2, iteratee2) {
            return array2 && array2.length && values2 && values2.length ? basePullAll(array2, values2, getIteratee(iteratee2, 2)) : array2;
          }
          function pullAllWith(array2, values2, comparator) {
            return array2 && array2.length && values2 && values2.length ? basePullAll(array2, values2, undefined$1, comparator) : array2;
          }
          var pullAt = flatRest(function(array2, indexes) {
            var length = array2 == null ? 0 : array2.length, result2 = baseAt(array2, indexes);
            basePullAt(array2, arrayMap(indexes, function(index2) {
              return isIndex(index2, length) ? +index2 : index2;
            }).sort(compareAscending));
            return result2;
          });
          function remove(array2, predicate) {
            var result2 = [];
            if (!(array2 && array2.length)) {
              return result2;
            }
            var index2 = -1, indexes = [], length = array2.length;
            predicate = getIteratee(predicate, 3);
            while (++index2 < length) {
              var value = array2[index2];
              if (predicate(value, index2, array2)) {
                result2.push(value);
                indexes.push(index2);
              }
            }
            basePullAt(array2, indexes);
            return result2;
          }
          function reverse(array2) {
            return array2 == null ? array2 : nativeReverse.call(array2);
          }
          function slice(array2, start, end) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            if (end && typeof end != "number" && isIterateeCall(array2, start, end)) {
              start = 0;
              end = length;
            } else {
              start = start == null ? 0 : toInteger(start);
              end = end === undefined$1 ? length : toInteger(end);
            }
            return baseSlice(array2, start, end);
          }
          function sortedIndex(array2, value) {
            return baseSortedIndex(array2, value);
          }
          function sortedIndexBy(array2, value, iteratee2) {
            return baseSortedIndexBy(array2, value, getIteratee(iteratee2, 2));
          }
          function sortedIndexOf(array2, value) {
            var length = array2 == null ? 0 : array2.length;
            if (length) {
              var index2 = baseSortedIndex(array2, value);
              if (index2 < length && eq(array2[index2], value)) {
                return index2;
              }
            }
            return -1;
          }
          function sortedLastIndex(array2, value) {
            return baseSortedIndex(array2, value, true);
          }
          function sortedLastIndexBy(array2, value, iteratee2) {
            return baseSortedIndexBy(array2, value, getIteratee(iteratee2, 2), true);
          }
          function sortedLastIndexOf(array2, value) {
            var length = array2 == null ? 0 : array2.length;
            if (length) {
              var index2 = baseSortedIndex(array2, value, true) - 1;
              if (eq(array2[index2], value)) {
                return index2;
              }
            }
            return -1;
          }
          function sortedUniq(array2) {
            return array2 && array2.length ? baseSortedUniq(array2) : [];
          }
          function sortedUniqBy(array2, iteratee2) {
            return array2 && array2.length ? baseSortedUniq(array2, getIteratee(iteratee2, 2)) : [];
          }
          function tail2(array2) {
            var length = array2 == null ? 0 : array2.length;
            return length ? baseSlice(array2, 1, length) : [];
          }
          function take(array2, n2, guard) {
            if (!(array2 && array2.length)) {
              return [];
            }
            n2 = guard || n2 === undefined$1 ? 1 : toInteger(n2);
            return baseSlice(array2, 0, n2 < 0 ? 0 : n2);
          }
          function takeRight(array2, n2, guard) {
            var length = array2 == null ? 0 : array2.length;
            if (!length) {
              return [];
            }
            n2 = guard || n2 === undefined$1 ? 1 : toInteger(n2);
            n2 = length - n2;
            return baseSlice(array2, n2 < 0 ? 0 : n2, length);
          }
          function takeRightWhile(array2, predicate) {
            return array2 && array2.length ? baseWhile(array2, getIteratee(predicate, 3), false, true) : [];
          }
          function takeWhile(array2, predicate) {
            return array2 && array2.length ? baseWhile(array2, getIteratee(predicate, 3)) : [];
          }
          var union = baseRest(function(arrays) {
            return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true));
          });
          var unionBy = baseRest(function(arrays) {
            var iteratee2 = last(arrays);
            if (isArrayLikeObject(iteratee2)) {
              iteratee2 = undefined$1;
            }
            return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), getIteratee(iteratee2, 2));
          });
          var unionWith = baseRest(function(arrays) {
            var comparator = last(arrays);
            comparator = typeof comparator == "function" ? comparator : undefined$1;
            return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), undefined$1, comparator);
          });
          function uniq(array2) {
            return array2 && array2.length ? baseUniq(array2) : [];
          }
          function uniqBy(array2, iteratee2) {
            return array2 && array2.length ? baseUniq(array2, getIteratee(iteratee2, 2)) : [];
          }
          function uniqWith(array2, comparator) {
            comparator = typeof comparator == "function" ? comparator : undefined$1;
            return array2 && array2.length ? baseUniq(array2, undefined$1, comparator) : [];
          }
          function unzip(array2) {
            if (!(array2 && array2.length)) {
              return [];
            }
            var length = 0;
            array2 = arrayFilter(array2, function(group) {
              if (isArrayLikeObject(group)) {
                length = nativeMax(group.length, length);
                return true;
              }
            });
            return baseTimes(length, function(index2) {
              return arrayMap(array2, baseProperty(index2));
            });
          }
          function unzipWith(array2, iteratee2) {
            if (!(array2 && array2.length)) {
              return [];
            }
            var result2 = unzip(array2);
            if (iteratee2 == null) {
              return result2;
            }
            return arrayMap(result2, function(group) {
              return apply(iteratee2, undefined$1, group);
            });
          }
          var without = baseRest(function(array2, values2) {
            return isArrayLikeObject(array2) ? baseDifference(array2, values2) : [];
          });
          var xor = baseRest(function(arrays) {
            return baseXor(arrayFilter(arrays, isArrayLikeObject));
          });
          var xorBy = baseRest(function(arrays) {
            var iteratee2 = last(arrays);
            if (isArrayLikeObject(iteratee2)) {
              iteratee2 = undefined$1;
            }
            return baseXor(arrayFilter(arrays, isArrayLikeObject), getIteratee(iteratee2, 2));
          });
          var xorWith = baseRest(function(arrays) {
            var comparator = last(arrays);
            comparator = typeof comparator == "function" ? comparator : undefined$1;
            return baseXor(arrayFilter(arrays, isArrayLikeObject), undefined$1, comparator);
          });
          var zip = baseRest(unzip);
          function zipObject(props, values2) {
            return baseZipObject(props || [], values2 || [], assignValue);
          }
          function zipObjectDeep(props, values2) {
            return baseZipObject(props || [], values2 || [], baseSet);
          }
          var zipWith = baseRest(function(arrays) {
            var length = arrays.length, iteratee2 = length > 1 ? arrays[length - 1] : undefined$1;
            iteratee2 = typeof iteratee2 == "function" ? (arrays.pop(), iteratee2) : undefined$1;
            return unzipWith(arrays, iteratee2);
          });
          function chain(value) {
            var result2 = lodash2(value);
            result2.__chain__ = true;
            return result2;
          }
          function tap(value, interceptor) {
            interceptor(value);
            return value;
          }
          function thru(value, interceptor) {
            return interceptor(value);
          }
          var wrapperAt = flatRest(function(paths) {
            var length = paths.length, start = length ? paths[0] : 0, value = this.__wrapped__, interceptor = function(object2) {
              return baseAt(object2, paths);
            };
            if (length > 1 || this.__actions__.length || !(value instanceof LazyWrapper) || !isIndex(start)) {
              return this.thru(interceptor);
            }
            value = value.slice(start, +start + (length ? 1 : 0));
            value.__actions__.push({
              "func": thru,
              "args": [interceptor],
              "thisArg": undefined$1
            });
            return new LodashWrapper(value, this.__chain__).thru(function(array2) {
              if (length && !array2.length) {
                array2.push(undefined$1);
              }
              return array2;
            });
          });
          function wrapperChain() {
            return chain(this);
          }
          function wrapperCommit() {
            return new LodashWrapper(this.value(), this.__chain__);
          }
          function wrapperNext() {
            if (this.__values__ === undefined$1) {
              this.__values__ = toArray(this.value());
            }
            var done = this.__index__ >= this.__values__.length, value = done ? undefined$1 : this.__values__[this.__index__++];
            return { "done": done, "value": value };
          }
          function wrapperToIterator() {
            return this;
          }
          function wrapperPlant(value) {
            var result2, parent2 = this;
            while (parent2 instanceof baseLodash) {
              var clone2 = wrapperClone(parent2);
              clone2.__index__ = 0;
              clone2.__values__ = undefined$1;
              if (result2) {
                previous.__wrapped__ = clone2;
              } else {
                result2 = clone2;
              }
              var previous = clone2;
              parent2 = parent2.__wrapped__;
            }
            previous.__wrapped__ = value;
            return result2;
          }
          function wrapperReverse() {
            var value = this.__wrapped__;
            if (value instanceof LazyWrapper) {
              var wrapped = value;
              if (this.__actions__.length) {
                wrapped = new LazyWrapper(this);
              }
              wrapped = wrapped.reverse();
              wrapped.__actions__.push({
                "func": thru,
                "args": [reverse],
                "thisArg": undefined$1
              });
              return new LodashWrapper(wrapped, this.__chain__);
            }
            return this.thru(reverse);
          }
          function wrapperValue() {
            return baseWrapperValue(this.__wrapped__, this.__actions__);
          }
          var countBy = createAggregator(function(result2, value, key) {
            if (hasOwnProperty.call(result2, key)) {
              ++result2[key];
            } else {
              baseAssignValue(result2, key, 1);
            }
          });
          function every(collection, predicate, guard) {
            var func = isArray(collection) ? arrayEvery : baseEvery;
            if (guard && isIterateeCall(collection, predicate, guard)) {
              predicate = undefined$1;
            }
            return func(collection, getIteratee(predicate, 3));
          }
          function filter(collection, predicate) {
            var func = isArray(collection) ? arrayFilter : baseFilter;
            return func(collection, getIteratee(predicate, 3));
          }
          var find = createFind(findIndex);
          var findLast = createFind(findLastIndex);
          function flatMap(collection, iteratee2) {
            return baseFlatten(map(collection, iteratee2), 1);
          }
          function flatMapDeep(collection, iteratee2) {
            return baseFlatten(map(collection, iteratee2), INFINITY);
          }
          function flatMapDepth(collection, iteratee2, depth) {
            depth = depth === undefined$1 ? 1 : toInteger(depth);
            return baseFlatten(map(collection, iteratee2), depth);
          }
          function forEach(collection, iteratee2) {
            var func = isArray(collection) ? arrayEach : baseEach;
            return func(collection, getIteratee(iteratee2, 3));
          }
          function forEachRight(collection, iteratee2) {
            var func = isArray(collection) ? arrayEachRight : baseEachRight;
            return func(collection, getIteratee(iteratee2, 3));
          }
          var groupBy = createAggregator(function(result2, value, key) {
            if (hasOwnProperty.call(result2, key)) {
              result2[key].push(value);
            } else {
              baseAssignValue(result2, key, [value]);
            }
          });
          function includes(collection, value, fromIndex, guard) {
            collection = isArrayLike(collection) ? collection : values(collection);
            fromIndex = fromIndex && !guard ? toInteger(fromIndex) : 0;
            var length = collection.length;
            if (fromIndex < 0) {
              fromIndex = nativeMax(length + fromIndex, 0);
            }
            return isString2(collection) ? fromIndex <= length && collection.indexOf(value, fromIndex) > -1 : !!length && baseIndexOf(collection, value, fromIndex) > -1;
          }
          var invokeMap = baseRest(function(collection, path7, args) {
            var index2 = -1, isFunc = typeof path7 == "function", result2 = isArrayLike(collection) ? Array2(collection.length) : [];
            baseEach(collection, function(value) {
              result2[++index2] = isFunc ? apply(path7, value, args) : baseInvoke(value, path7, args);
            });
            return result2;
          });
          var keyBy = createAggregator(function(result2, value, key) {
            baseAssignValue(result2, key, value);
          });
          function map(collection, iteratee2) {
            var func = isArray(collection) ? arrayMap : baseMap;
            return func(collection, getIteratee(iteratee2, 3));
          }
          function orderBy(collection, iteratees, orders, guard) {
            if (collection == null) {
              return [];
            }
            if (!isArray(iteratees)) {
              iteratees = iteratees == null ? [] : [iteratees];
            }
            orders = guard ? undefined$1 : orders;
            if (!isArray(orders)) {
              orders = orders == null ? [] : [orders];
            }
            return baseOrderBy(collection, iteratees, orders);
          }
          var partition = createAggregator(function(result2, value, key) {
            result2[key ? 0 : 1].push(value);
          }, function() {
            return [[], []];
          });
          function reduce(collection, iteratee2, accumulator) {
            var func = isArray(collection) ? arrayReduce : baseReduce, initAccum = arguments.length < 3;
            return func(collection, getIteratee(iteratee2, 4), accumulator, initAccum, baseEach);
          }
          function reduceRight(collection, iteratee2, accumulator) {
            var func = isArray(collection) ? arrayReduceRight : baseReduce, initAccum = arguments.length < 3;
            return func(collection, getIteratee(iteratee2, 4), accumulator, initAccum, baseEachRight);
          }
          function reject(collection, predicate) {
            var func = isArray(collection) ? arrayFilter : baseFilter;
            return func(collection, negate(getIteratee(predicate, 3)));
          }
          function sample(collection) {
            var func = isArray(collection) ? arraySample : baseSample;
            return func(collection);
          }
          function sampleSize(collection, n2, guard) {
            if (guard ? isIterateeCall(collection, n2, guard) : n2 === undefined$1) {
              n2 = 1;
            } else {
              n2 = toInteger(n2);
            }
            var func = isArray(collection) ? arraySampleSize : baseSampleSize;
            return func(collection, n2);
          }
          function shuffle(collection) {
            var func = isArray(collection) ? arrayShuffle : baseShuffle;
            return func(collection);
          }
          function size(collection) {
            if (collection == null) {
              return 0;
            }
            if (isArrayLike(collection)) {
              return isString2(collection) ? stringSize(collection) : collection.length;
            }
            var tag = getTag(collection);
            if (tag == mapTag || tag == setTag) {
              return collection.size;
            }
            return baseKeys(collection).length;
          }
          function some(collection, predicate, guard) {
            var func = isArray(collection) ? arraySome : baseSome;
            if (guard && isIterateeCall(collection, predicate, guard)) {
              predicate = undefined$1;
            }
            return func(collection, getIteratee(predicate, 3));
          }
          var sortBy = baseRest(function(collection, iteratees) {
            if (collection == null) {
              return [];
            }
            var length = iteratees.length;
            if (length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) {
              iteratees = [];
            } else if (length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) {
              iteratees = [iteratees[0]];
            }
            return baseOrderBy(collection, baseFlatten(iteratees, 1), []);
          });
          var now = ctxNow || function() {
            return root.Date.now();
          };
          function after(n2, func) {
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            n2 = toInteger(n2);
            return function() {
              if (--n2 < 1) {
                return func.apply(this, arguments);
              }
            };
          }
          function ary(func, n2, guard) {
            n2 = guard ? undefined$1 : n2;
            n2 = func && n2 == null ? func.length : n2;
            return createWrap(func, WRAP_ARY_FLAG, undefined$1, undefined$1, undefined$1, undefined$1, n2);
          }
          function before(n2, func) {
            var result2;
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            n2 = toInteger(n2);
            return function() {
              if (--n2 > 0) {
                result2 = func.apply(this, arguments);
              }
              if (n2 <= 1) {
                func = undefined$1;
              }
              return result2;
            };
          }
          var bind = baseRest(function(func, thisArg, partials) {
            var bitmask = WRAP_BIND_FLAG;
            if (partials.length) {
              var holders = replaceHolders(partials, getHolder(bind));
              bitmask |= WRAP_PARTIAL_FLAG;
            }
            return createWrap(func, bitmask, thisArg, partials, holders);
          });
          var bindKey = baseRest(function(object2, key, partials) {
            var bitmask = WRAP_BIND_FLAG | WRAP_BIND_KEY_FLAG;
            if (partials.length) {
              var holders = replaceHolders(partials, getHolder(bindKey));
              bitmask |= WRAP_PARTIAL_FLAG;
            }
            return createWrap(key, bitmask, object2, partials, holders);
          });
          function curry(func, arity, guard) {
            arity = guard ? undefined$1 : arity;
            var result2 = createWrap(func, WRAP_CURRY_FLAG, undefined$1, undefined$1, undefined$1, undefined$1, undefined$1, arity);
            result2.placeholder = curry.placeholder;
            return result2;
          }
          function curryRight(func, arity, guard) {
            arity = guard ? undefined$1 : arity;
            var result2 = createWrap(func, WRAP_CURRY_RIGHT_FLAG, undefined$1, undefined$1, undefined$1, undefined$1, undefined$1, arity);
            result2.placeholder = curryRight.placeholder;
            return result2;
          }
          function debounce(func, wait, options) {
            var lastArgs, lastThis, maxWait, result2, timerId, lastCallTime, lastInvokeTime = 0, leading = false, maxing = false, trailing = true;
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            wait = toNumber(wait) || 0;
            if (isObject2(options)) {
              leading = !!options.leading;
              maxing = "maxWait" in options;
              maxWait = maxing ? nativeMax(toNumber(options.maxWait) || 0, wait) : maxWait;
              trailing = "trailing" in options ? !!options.trailing : trailing;
            }
            function invokeFunc(time) {
              var args = lastArgs, thisArg = lastThis;
              lastArgs = lastThis = undefined$1;
              lastInvokeTime = time;
              result2 = func.apply(thisArg, args);
              return result2;
            }
            function leadingEdge(time) {
              lastInvokeTime = time;
              timerId = setTimeout4(timerExpired, wait);
              return leading ? invokeFunc(time) : result2;
            }
            function remainingWait(time) {
              var timeSinceLastCall = time - lastCallTime, timeSinceLastInvoke = time - lastInvokeTime, timeWaiting = wait - timeSinceLastCall;
              return maxing ? nativeMin(timeWaiting, maxWait - timeSinceLastInvoke) : timeWaiting;
            }
            function shouldInvoke(time) {
              var timeSinceLastCall = time - lastCallTime, timeSinceLastInvoke = time - lastInvokeTime;
              return lastCallTime === undefined$1 || timeSinceLastCall >= wait || timeSinceLastCall < 0 || maxing && timeSinceLastInvoke >= maxWait;
            }
            function timerExpired() {
              var time = now();
              if (shouldInvoke(time)) {
                return trailingEdge(time);
              }
              timerId = setTimeout4(timerExpired, remainingWait(time));
            }
            function trailingEdge(time) {
              timerId = undefined$1;
              if (trailing && lastArgs) {
                return invokeFunc(time);
              }
              lastArgs = lastThis = undefined$1;
              return result2;
            }
            function cancel() {
              if (timerId !== undefined$1) {
                clearTimeout2(timerId);
              }
              lastInvokeTime = 0;
              lastArgs = lastCallTime = lastThis = timerId = undefined$1;
            }
            function flush() {
              return timerId === undefined$1 ? result2 : trailingEdge(now());
            }
            function debounced() {
              var time = now(), isInvoking = shouldInvoke(time);
              lastArgs = arguments;
              lastThis = this;
              lastCallTime = time;
              if (isInvoking) {
                if (timerId === undefined$1) {
                  return leadingEdge(lastCallTime);
                }
                if (maxing) {
                  clearTimeout2(timerId);
                  timerId = setTimeout4(timerExpired, wait);
                  return invokeFunc(lastCallTime);
                }
              }
              if (timerId === undefined$1) {
                timerId = setTimeout4(timerExpired, wait);
              }
              return result2;
            }
            debounced.cancel = cancel;
            debounced.flush = flush;
            return debounced;
          }
          var defer = baseRest(function(func, args) {
            return baseDelay(func, 1, args);
          });
          var delay = baseRest(function(func, wait, args) {
            return baseDelay(func, toNumber(wait) || 0, args);
          });
          function flip(func) {
            return createWrap(func, WRAP_FLIP_FLAG);
          }
          function memoize(func, resolver) {
            if (typeof func != "function" || resolver != null && typeof resolver != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            var memoized = function() {
              var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
              if (cache.has(key)) {
                return cache.get(key);
              }
              var result2 = func.apply(this, args);
              memoized.cache = cache.set(key, result2) || cache;
              return result2;
            };
            memoized.cache = new (memoize.Cache || MapCache)();
            return memoized;
          }
          memoize.Cache = MapCache;
          function negate(predicate) {
            if (typeof predicate != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            return function() {
              var args = arguments;
              switch (args.length) {
                case 0:
                  return !predicate.call(this);
                case 1:
                  return !predicate.call(this, args[0]);
                case 2:
                  return !predicate.call(this, args[0], args[1]);
                case 3:
                  return !predicate.call(this, args[0], args[1], args[2]);
              }
              return !predicate.apply(this, args);
            };
          }
          function once9(func) {
            return before(2, func);
          }
          var overArgs = castRest(function(func, transforms) {
            transforms = transforms.length == 1 && isArray(transforms[0]) ? arrayMap(transforms[0], baseUnary(getIteratee())) : arrayMap(baseFlatten(transforms, 1), baseUnary(getIteratee()));
            var funcsLength = transforms.length;
            return baseRest(function(args) {
              var index2 = -1, length = nativeMin(args.length, funcsLength);
              while (++index2 < length) {
                args[index2] = transforms[index2].call(this, args[index2]);
              }
              return apply(func, this, args);
            });
          });
          var partial = baseRest(function(func, partials) {
            var holders = replaceHolders(partials, getHolder(partial));
            return createWrap(func, WRAP_PARTIAL_FLAG, undefined$1, partials, holders);
          });
          var partialRight = baseRest(function(func, partials) {
            var holders = replaceHolders(partials, getHolder(partialRight));
            return createWrap(func, WRAP_PARTIAL_RIGHT_FLAG, undefined$1, partials, holders);
          });
          var rearg = flatRest(function(func, indexes) {
            return createWrap(func, WRAP_REARG_FLAG, undefined$1, undefined$1, undefined$1, indexes);
          });
          function rest(func, start) {
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            start = start === undefined$1 ? start : toInteger(start);
            return baseRest(func, start);
          }
          function spread(func, start) {
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            start = start == null ? 0 : nativeMax(toInteger(start), 0);
            return baseRest(function(args) {
              var array2 = args[start], otherArgs = castSlice(args, 0, start);
              if (array2) {
                arrayPush(otherArgs, array2);
              }
              return apply(func, this, otherArgs);
            });
          }
          function throttle(func, wait, options) {
            var leading = true, trailing = true;
            if (typeof func != "function") {
              throw new TypeError2(FUNC_ERROR_TEXT);
            }
            if (isObject2(options)) {
              leading = "leading" in options ? !!options.leading : leading;
              trailing = "trailing" in options ? !!options.trailing : trailing;
            }
            return debounce(func, wait, {
              "leading": leading,
              "maxWait": wait,
              "trailing": trailing
            });
          }
          function unary(func) {
            return ary(func, 1);
          }
          function wrap(value, wrapper) {
            return partial(castFunction(wrapper), value);
          }
          function castArray() {
            if (!arguments.length) {
              return [];
            }
            var value = arguments[0];
            return isArray(value) ? value : [value];
          }
          function clone(value) {
            return baseClone(value, CLONE_SYMBOLS_FLAG);
          }
          function cloneWith(value, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            return baseClone(value, CLONE_SYMBOLS_FLAG, customizer);
          }
          function cloneDeep(value) {
            return baseClone(value, CLONE_DEEP_FLAG | CLONE_SYMBOLS_FLAG);
          }
          function cloneDeepWith(value, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            return baseClone(value, CLONE_DEEP_FLAG | CLONE_SYMBOLS_FLAG, customizer);
          }
          function conformsTo(object2, source) {
            return source == null || baseConformsTo(object2, source, keys(source));
          }
          function eq(value, other) {
            return value === other || value !== value && other !== other;
          }
          var gt = createRelationalOperation(baseGt);
          var gte = createRelationalOperation(function(value, other) {
            return value >= other;
          });
          var isArguments = baseIsArguments(/* @__PURE__ */ (function() {
            return arguments;
          })()) ? baseIsArguments : function(value) {
            return isObjectLike(value) && hasOwnProperty.call(value, "callee") && !propertyIsEnumerable.call(value, "callee");
          };
          var isArray = Array2.isArray;
          var isArrayBuffer2 = nodeIsArrayBuffer ? baseUnary(nodeIsArrayBuffer) : baseIsArrayBuffer;
          function isArrayLike(value) {
            return value != null && isLength(value.length) && !isFunction(value);
          }
          function isArrayLikeObject(value) {
            return isObjectLike(value) && isArrayLike(value);
          }
          function isBoolean(value) {
            return value === true || value === false || isObjectLike(value) && baseGetTag(value) == boolTag;
          }
          var isBuffer = nativeIsBuffer || stubFalse;
          var isDate = nodeIsDate ? baseUnary(nodeIsDate) : baseIsDate;
          function isElement(value) {
            return isObjectLike(value) && value.nodeType === 1 && !isPlainObject2(value);
          }
          function isEmpty(value) {
            if (value == null) {
              return true;
            }
            if (isArrayLike(value) && (isArray(value) || typeof value == "string" || typeof value.splice == "function" || isBuffer(value) || isTypedArray(value) || isArguments(value))) {
              return !value.length;
            }
            var tag = getTag(value);
            if (tag == mapTag || tag == setTag) {
              return !value.size;
            }
            if (isPrototype(value)) {
              return !baseKeys(value).length;
            }
            for (var key in value) {
              if (hasOwnProperty.call(value, key)) {
                return false;
              }
            }
            return true;
          }
          function isEqual(value, other) {
            return baseIsEqual(value, other);
          }
          function isEqualWith(value, other, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            var result2 = customizer ? customizer(value, other) : undefined$1;
            return result2 === undefined$1 ? baseIsEqual(value, other, undefined$1, customizer) : !!result2;
          }
          function isError(value) {
            if (!isObjectLike(value)) {
              return false;
            }
            var tag = baseGetTag(value);
            return tag == errorTag || tag == domExcTag || typeof value.message == "string" && typeof value.name == "string" && !isPlainObject2(value);
          }
          function isFinite(value) {
            return typeof value == "number" && nativeIsFinite(value);
          }
          function isFunction(value) {
            if (!isObject2(value)) {
              return false;
            }
            var tag = baseGetTag(value);
            return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
          }
          function isInteger(value) {
            return typeof value == "number" && value == toInteger(value);
          }
          function isLength(value) {
            return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER;
          }
          function isObject2(value) {
            var type = typeof value;
            return value != null && (type == "object" || type == "function");
          }
          function isObjectLike(value) {
            return value != null && typeof value == "object";
          }
          var isMap = nodeIsMap ? baseUnary(nodeIsMap) : baseIsMap;
          function isMatch(object2, source) {
            return object2 === source || baseIsMatch(object2, source, getMatchData(source));
          }
          function isMatchWith(object2, source, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            return baseIsMatch(object2, source, getMatchData(source), customizer);
          }
          function isNaN2(value) {
            return isNumber(value) && value != +value;
          }
          function isNative(value) {
            if (isMaskable(value)) {
              throw new Error2(CORE_ERROR_TEXT);
            }
            return baseIsNative(value);
          }
          function isNull(value) {
            return value === null;
          }
          function isNil(value) {
            return value == null;
          }
          function isNumber(value) {
            return typeof value == "number" || isObjectLike(value) && baseGetTag(value) == numberTag;
          }
          function isPlainObject2(value) {
            if (!isObjectLike(value) || baseGetTag(value) != objectTag) {
              return false;
            }
            var proto = getPrototype(value);
            if (proto === null) {
              return true;
            }
            var Ctor = hasOwnProperty.call(proto, "constructor") && proto.constructor;
            return typeof Ctor == "function" && Ctor instanceof Ctor && funcToString.call(Ctor) == objectCtorString;
          }
          var isRegExp = nodeIsRegExp ? baseUnary(nodeIsRegExp) : baseIsRegExp;
          function isSafeInteger(value) {
            return isInteger(value) && value >= -MAX_SAFE_INTEGER && value <= MAX_SAFE_INTEGER;
          }
          var isSet = nodeIsSet ? baseUnary(nodeIsSet) : baseIsSet;
          function isString2(value) {
            return typeof value == "string" || !isArray(value) && isObjectLike(value) && baseGetTag(value) == stringTag;
          }
          function isSymbol(value) {
            return typeof value == "symbol" || isObjectLike(value) && baseGetTag(value) == symbolTag;
          }
          var isTypedArray = nodeIsTypedArray ? baseUnary(nodeIsTypedArray) : baseIsTypedArray;
          function isUndefined(value) {
            return value === undefined$1;
          }
          function isWeakMap(value) {
            return isObjectLike(value) && getTag(value) == weakMapTag;
          }
          function isWeakSet(value) {
            return isObjectLike(value) && baseGetTag(value) == weakSetTag;
          }
          var lt = createRelationalOperation(baseLt);
          var lte = createRelationalOperation(function(value, other) {
            return value <= other;
          });
          function toArray(value) {
            if (!value) {
              return [];
            }
            if (isArrayLike(value)) {
              return isString2(value) ? stringToArray(value) : copyArray(value);
            }
            if (symIterator && value[symIterator]) {
              return iteratorToArray(value[symIterator]());
            }
            var tag = getTag(value), func = tag == mapTag ? mapToArray : tag == setTag ? setToArray : values;
            return func(value);
          }
          function toFinite(value) {
            if (!value) {
              return value === 0 ? value : 0;
            }
            value = toNumber(value);
            if (value === INFINITY || value === -INFINITY) {
              var sign = value < 0 ? -1 : 1;
              return sign * MAX_INTEGER;
            }
            return value === value ? value : 0;
          }
          function toInteger(value) {
            var result2 = toFinite(value), remainder = result2 % 1;
            return result2 === result2 ? remainder ? result2 - remainder : result2 : 0;
          }
          function toLength(value) {
            return value ? baseClamp(toInteger(value), 0, MAX_ARRAY_LENGTH) : 0;
          }
          function toNumber(value) {
            if (typeof value == "number") {
              return value;
            }
            if (isSymbol(value)) {
              return NAN;
            }
            if (isObject2(value)) {
              var other = typeof value.valueOf == "function" ? value.valueOf() : value;
              value = isObject2(other) ? other + "" : other;
            }
            if (typeof value != "string") {
              return value === 0 ? value : +value;
            }
            value = baseTrim(value);
            var isBinary2 = reIsBinary.test(value);
            return isBinary2 || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary2 ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
          }
          function toPlainObject(value) {
            return copyObject(value, keysIn(value));
          }
          function toSafeInteger(value) {
            return value ? baseClamp(toInteger(value), -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) : value === 0 ? value : 0;
          }
          function toString2(value) {
            return value == null ? "" : baseToString(value);
          }
          var assign = createAssigner(function(object2, source) {
            if (isPrototype(source) || isArrayLike(source)) {
              copyObject(source, keys(source), object2);
              return;
            }
            for (var key in source) {
              if (hasOwnProperty.call(source, key)) {
                assignValue(object2, key, source[key]);
              }
            }
          });
          var assignIn = createAssigner(function(object2, source) {
            copyObject(source, keysIn(source), object2);
          });
          var assignInWith = createAssigner(function(object2, source, srcIndex, customizer) {
            copyObject(source, keysIn(source), object2, customizer);
          });
          var assignWith = createAssigner(function(object2, source, srcIndex, customizer) {
            copyObject(source, keys(source), object2, customizer);
          });
          var at = flatRest(baseAt);
          function create(prototype, properties) {
            var result2 = baseCreate(prototype);
            return properties == null ? result2 : baseAssign(result2, properties);
          }
          var defaults = baseRest(function(object2, sources) {
            object2 = Object2(object2);
            var index2 = -1;
            var length = sources.length;
            var guard = length > 2 ? sources[2] : undefined$1;
            if (guard && isIterateeCall(sources[0], sources[1], guard)) {
              length = 1;
            }
            while (++index2 < length) {
              var source = sources[index2];
              var props = keysIn(source);
              var propsIndex = -1;
              var propsLength = props.length;
              while (++propsIndex < propsLength) {
                var key = props[propsIndex];
                var value = object2[key];
                if (value === undefined$1 || eq(value, objectProto[key]) && !hasOwnProperty.call(object2, key)) {
                  object2[key] = source[key];
                }
              }
            }
            return object2;
          });
          var defaultsDeep = baseRest(function(args) {
            args.push(undefined$1, customDefaultsMerge);
            return apply(mergeWith, undefined$1, args);
          });
          function findKey(object2, predicate) {
            return baseFindKey(object2, getIteratee(predicate, 3), baseForOwn);
          }
          function findLastKey(object2, predicate) {
            return baseFindKey(object2, getIteratee(predicate, 3), baseForOwnRight);
          }
          function forIn(object2, iteratee2) {
            return object2 == null ? object2 : baseFor(object2, getIteratee(iteratee2, 3), keysIn);
          }
          function forInRight(object2, iteratee2) {
            return object2 == null ? object2 : baseForRight(object2, getIteratee(iteratee2, 3), keysIn);
          }
          function forOwn(object2, iteratee2) {
            return object2 && baseForOwn(object2, getIteratee(iteratee2, 3));
          }
          function forOwnRight(object2, iteratee2) {
            return object2 && baseForOwnRight(object2, getIteratee(iteratee2, 3));
          }
          function functions(object2) {
            return object2 == null ? [] : baseFunctions(object2, keys(object2));
          }
          function functionsIn(object2) {
            return object2 == null ? [] : baseFunctions(object2, keysIn(object2));
          }
          function get(object2, path7, defaultValue) {
            var result2 = object2 == null ? undefined$1 : baseGet(object2, path7);
            return result2 === undefined$1 ? defaultValue : result2;
          }
          function has(object2, path7) {
            return object2 != null && hasPath(object2, path7, baseHas);
          }
          function hasIn(object2, path7) {
            return object2 != null && hasPath(object2, path7, baseHasIn);
          }
          var invert = createInverter(function(result2, value, key) {
            if (value != null && typeof value.toString != "function") {
              value = nativeObjectToString.call(value);
            }
            result2[value] = key;
          }, constant(identity3));
          var invertBy = createInverter(function(result2, value, key) {
            if (value != null && typeof value.toString != "function") {
              value = nativeObjectToString.call(value);
            }
            if (hasOwnProperty.call(result2, value)) {
              result2[value].push(key);
            } else {
              result2[value] = [key];
            }
          }, getIteratee);
          var invoke = baseRest(baseInvoke);
          function keys(object2) {
            return isArrayLike(object2) ? arrayLikeKeys(object2) : baseKeys(object2);
          }
          function keysIn(object2) {
            return isArrayLike(object2) ? arrayLikeKeys(object2, true) : baseKeysIn(object2);
          }
          function mapKeys(object2, iteratee2) {
            var result2 = {};
            iteratee2 = getIteratee(iteratee2, 3);
            baseForOwn(object2, function(value, key, object3) {
              baseAssignValue(result2, iteratee2(value, key, object3), value);
            });
            return result2;
          }
          function mapValues(object2, iteratee2) {
            var result2 = {};
            iteratee2 = getIteratee(iteratee2, 3);
            baseForOwn(object2, function(value, key, object3) {
              baseAssignValue(result2, key, iteratee2(value, key, object3));
            });
            return result2;
          }
          var merge = createAssigner(function(object2, source, srcIndex) {
            baseMerge(object2, source, srcIndex);
          });
          var mergeWith = createAssigner(function(object2, source, srcIndex, customizer) {
            baseMerge(object2, source, srcIndex, customizer);
          });
          var omit = flatRest(function(object2, paths) {
            var result2 = {};
            if (object2 == null) {
              return result2;
            }
            var isDeep = false;
            paths = arrayMap(paths, function(path7) {
              path7 = castPath(path7, object2);
              isDeep || (isDeep = path7.length > 1);
              return path7;
            });
            copyObject(object2, getAllKeysIn(object2), result2);
            if (isDeep) {
              result2 = baseClone(result2, CLONE_DEEP_FLAG | CLONE_FLAT_FLAG | CLONE_SYMBOLS_FLAG, customOmitClone);
            }
            var length = paths.length;
            while (length--) {
              baseUnset(result2, paths[length]);
            }
            return result2;
          });
          function omitBy(object2, predicate) {
            return pickBy(object2, negate(getIteratee(predicate)));
          }
          var pick = flatRest(function(object2, paths) {
            return object2 == null ? {} : basePick(object2, paths);
          });
          function pickBy(object2, predicate) {
            if (object2 == null) {
              return {};
            }
            var props = arrayMap(getAllKeysIn(object2), function(prop) {
              return [prop];
            });
            predicate = getIteratee(predicate);
            return basePickBy(object2, props, function(value, path7) {
              return predicate(value, path7[0]);
            });
          }
          function result(object2, path7, defaultValue) {
            path7 = castPath(path7, object2);
            var index2 = -1, length = path7.length;
            if (!length) {
              length = 1;
              object2 = undefined$1;
            }
            while (++index2 < length) {
              var value = object2 == null ? undefined$1 : object2[toKey(path7[index2])];
              if (value === undefined$1) {
                index2 = length;
                value = defaultValue;
              }
              object2 = isFunction(value) ? value.call(object2) : value;
            }
            return object2;
          }
          function set(object2, path7, value) {
            return object2 == null ? object2 : baseSet(object2, path7, value);
          }
          function setWith(object2, path7, value, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            return object2 == null ? object2 : baseSet(object2, path7, value, customizer);
          }
          var toPairs = createToPairs(keys);
          var toPairsIn = createToPairs(keysIn);
          function transform(object2, iteratee2, accumulator) {
            var isArr = isArray(object2), isArrLike = isArr || isBuffer(object2) || isTypedArray(object2);
            iteratee2 = getIteratee(iteratee2, 4);
            if (accumulator == null) {
              var Ctor = object2 && object2.constructor;
              if (isArrLike) {
                accumulator = isArr ? new Ctor() : [];
              } else if (isObject2(object2)) {
                accumulator = isFunction(Ctor) ? baseCreate(getPrototype(object2)) : {};
              } else {
                accumulator = {};
              }
            }
            (isArrLike ? arrayEach : baseForOwn)(object2, function(value, index2, object3) {
              return iteratee2(accumulator, value, index2, object3);
            });
            return accumulator;
          }
          function unset(object2, path7) {
            return object2 == null ? true : baseUnset(object2, path7);
          }
          function update(object2, path7, updater) {
            return object2 == null ? object2 : baseUpdate(object2, path7, castFunction(updater));
          }
          function updateWith(object2, path7, updater, customizer) {
            customizer = typeof customizer == "function" ? customizer : undefined$1;
            return object2 == null ? object2 : baseUpdate(object2, path7, castFunction(updater), customizer);
          }
          function values(object2) {
            return object2 == null ? [] : baseValues(object2, keys(object2));
          }
          function valuesIn(object2) {
            return object2 == null ? [] : baseValues(object2, keysIn(object2));
          }
          function clamp(number, lower, upper) {
            if (upper === undefined$1) {
              upper = lower;
              lower = undefined$1;
            }
            if (upper !== undefined$1) {
              upper = toNumber(upper);
              upper = upper === upper ? upper : 0;
            }
            if (lower !== undefined$1) {
              lower = toNumber(lower);
              lower = lower === lower ? lower : 0;
            }
            return baseClamp(toNumber(number), lower, upper);
          }
          function inRange(number, start, end) {
            start = toFinite(start);
            if (end === undefined$1) {
              end = start;
              start = 0;
            } else {
              end = toFinite(end);
            }
            number = toNumber(number);
            return baseInRange(number, start, end);
          }
          function random(lower, upper, floating) {
            if (floating && typeof floating != "boolean" && isIterateeCall(lower, upper, floating)) {
              upper = floating = undefined$1;
            }
            if (floating === undefined$1) {
              if (typeof upper == "boolean") {
                floating = upper;
                upper = undefined$1;
              } else if (typeof lower == "boolean") {
                floating = lower;
                lower = undefined$1;
              }
            }
            if (lower === undefined$1 && upper === undefined$1) {
              lower = 0;
              upper = 1;
            } else {
              lower = toFinite(lower);
              if (upper === undefined$1) {
                upper = lower;
                lower = 0;
              } else {
                upper = toFinite(upper);
              }
            }
            if (lower > upper) {
              var temp = lower;
              lower = upper;
              upper = temp;
            }
            if (floating || lower % 1 || upper % 1) {
              var rand = nativeRandom();
              return nativeMin(lower + rand * (upper - lower + freeParseFloat("1e-" + ((rand + "").length - 1))), upper);
            }
            return baseRandom(lower, upper);
          }
          var camelCase = createCompounder(function(result2, word, index2) {
            word = word.toLowerCase();
            return result2 + (index2 ? capitalize2(word) : word);
          });
          function capitalize2(string) {
            return upperFirst(toString2(string).toLowerCase());
          }
          function deburr(string) {
            string = toString2(string);
            return string && string.replace(reLatin, deburrLetter).replace(reComboMark, "");
          }
          function endsWith(string, target, position) {
            string = toString2(string);
            target = baseToString(target);
            var length = string.length;
            position = position === undefined$1 ? length : baseClamp(toInteger(position), 0, length);
            var end = position;
            position -= target.length;
            return position >= 0 && string.slice(position, end) == target;
          }
          function escape(string) {
            string = toString2(string);
            return string && reHasUnescapedHtml.test(string) ? string.replace(reUnescapedHtml, escapeHtmlChar) : string;
          }
          function escapeRegExp(string) {
            string = toString2(string);
            return string && reHasRegExpChar.test(string) ? string.replace(reRegExpChar, "\\$&") : string;
          }
          var kebabCase = createCompounder(function(result2, word, index2) {
            return result2 + (index2 ? "-" : "") + word.toLowerCase();
          });
          var lowerCase = createCompounder(function(result2, word, index2) {
            return result2 + (index2 ? " " : "") + word.toLowerCase();
          });
          var lowerFirst = createCaseFirst("toLowerCase");
          function pad(string, length, chars) {
            string = toString2(string);
            length = toInteger(length);
            var strLength = length ? stringSize(string) : 0;
            if (!length || strLength >= length) {
              return string;
            }
            var mid = (length - strLength) / 2;
            return createPadding(nativeFloor(mid), chars) + string + createPadding(nativeCeil(mid), chars);
          }
          function padEnd(string, length, chars) {
            string = toString2(string);
            length = toInteger(length);
            var strLength = length ? stringSize(string) : 0;
            return length && strLength < length ? string + createPadding(length - strLength, chars) : string;
          }
          function padStart(string, length, chars) {
            string = toString2(string);
            length = toInteger(length);
            var strLength = length ? stringSize(string) : 0;
            return length && strLength < length ? createPadding(length - strLength, chars) + string : string;
          }
          function parseInt2(string, radix, guard) {
            if (guard || radix == null) {
              radix = 0;
            } else if (radix) {
              radix = +radix;
            }
            return nativeParseInt(toString2(string).replace(reTrimStart, ""), radix || 0);
          }
          function repeat(string, n2, guard) {
            if (guard ? isIterateeCall(string, n2, guard) : n2 === undefined$1) {
              n2 = 1;
            } else {
              n2 = toInteger(n2);
            }
            return baseRepeat(toString2(string), n2);
          }
          function replace() {
            var args = arguments, string = toString2(args[0]);
            return args.length < 3 ? string : string.replace(args[1], args[2]);
          }
          var snakeCase = createCompounder(function(result2, word, index2) {
            return result2 + (index2 ? "_" : "") + word.toLowerCase();
          });
          function split(string, separator, limit) {
            if (limit && typeof limit != "number" && isIterateeCall(string, separator, limit)) {
              separator = limit = undefined$1;
            }
            limit = limit === undefined$1 ? MAX_ARRAY_LENGTH : limit >>> 0;
            if (!limit) {
              return [];
            }
            string = toString2(string);
            if (string && (typeof separator == "string" || separator != null && !isRegExp(separator))) {
              separator = baseToString(separator);
              if (!separator && hasUnicode(string)) {
                return castSlice(stringToArray(string), 0, limit);
              }
            }
            return string.split(separator, limit);
          }
          var startCase = createCompounder(function(result2, word, index2) {
            return result2 + (index2 ? " " : "") + upperFirst(word);
          });
          function startsWith(string, target, position) {
            string = toString2(string);
            position = position == null ? 0 : baseClamp(toInteger(position), 0, string.length);
            target = baseToString(target);
            return string.slice(position, position + target.length) == target;
          }
          function template(string, options, guard) {
            var settings = lodash2.templateSettings;
            if (guard && isIterateeCall(string, options, guard)) {
              options = undefined$1;
            }
            string = toString2(string);
            options = assignWith({}, options, settings, customDefaultsAssignIn);
            var imports = assignWith({}, options.imports, settings.imports, customDefaultsAssignIn), importsKeys = keys(imports), importsValues = baseValues(imports, importsKeys);
            arrayEach(importsKeys, function(key) {
              if (reForbiddenIdentifierChars.test(key)) {
                throw new Error2(INVALID_TEMPL_IMPORTS_ERROR_TEXT);
              }
            });
            var isEscaping, isEvaluating, index2 = 0, interpolate = options.interpolate || reNoMatch, source = "__p += '";
            var reDelimiters = RegExp2(
              (options.escape || reNoMatch).source + "|" + interpolate.source + "|" + (interpolate === reInterpolate ? reEsTemplate : reNoMatch).source + "|" + (options.evaluate || reNoMatch).source + "|$",
              "g"
            );
            var sourceURL = "//# sourceURL=" + (hasOwnProperty.call(options, "sourceURL") ? (options.sourceURL + "").replace(/\s/g, " ") : "lodash.templateSources[" + ++templateCounter + "]") + "\n";
            string.replace(reDelimiters, function(match, escapeValue, interpolateValue, esTemplateValue, evaluateValue, offset) {
              interpolateValue || (interpolateValue = esTemplateValue);
              source += string.slice(index2, offset).replace(reUnescapedString, escapeStringChar);
              if (escapeValue) {
                isEscaping = true;
                source += "' +\n__e(" + escapeValue + ") +\n'";
              }
              if (evaluateValue) {
                isEvaluating = true;
                source += "';\n" + evaluateValue + ";\n__p += '";
              }
              if (interpolateValue) {
                source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'";
              }
              index2 = offset + match.length;
              return match;
            });
            source += "';\n";
            var variable = hasOwnProperty.call(options, "variable") && options.variable;
            if (!variable) {
              source = "with (obj) {\n" + source + "\n}\n";
            } else if (reForbiddenIdentifierChars.test(variable)) {
              throw new Error2(INVALID_TEMPL_VAR_ERROR_TEXT);
            }
            source = (isEvaluating ? source.replace(reEmptyStringLeading, "") : source).replace(reEmptyStringMiddle, "$1").replace(reEmptyStringTrailing, "$1;");
            source = "function(" + (variable || "obj") + ") {\n" + (variable ? "" : "obj || (obj = {});\n") + "var __t, __p = ''" + (isEscaping ? ", __e = _.escape" : "") + (isEvaluating ? ", __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, '') }\n" : ";\n") + source + "return __p\n}";
            var result2 = attempt(function() {
              return Function2(importsKeys, sourceURL + "return " + source).apply(undefined$1, importsValues);
            });
            result2.source = source;
            if (isError(result2)) {
              throw result2;
            }
            return result2;
          }
          function toLower(value) {
            return toString2(value).toLowerCase();
          }
          function toUpper(value) {
            return toString2(value).toUpperCase();
          }
          function trim(string, chars, guard) {
            string = toString2(string);
            if (string && (guard || chars === undefined$1)) {
              return baseTrim(string);
            }
            if (!string || !(chars = baseToString(chars))) {
              return string;
            }
            var strSymbols = stringToArray(string), chrSymbols = stringToArray(chars), start = charsStartIndex(strSymbols, chrSymbols), end = charsEndIndex(strSymbols, chrSymbols) + 1;
            return castSlice(strSymbols, start, end).join("");
          }
          function trimEnd(string, chars, guard) {
            string = toString2(string);
            if (string && (guard || chars === undefined$1)) {
              return string.slice(0, trimmedEndIndex(string) + 1);
            }
            if (!string || !(chars = baseToString(chars))) {
              return string;
            }
            var strSymbols = stringToArray(string), end = charsEndIndex(strSymbols, stringToArray(chars)) + 1;
            return castSlice(strSymbols, 0, end).join("");
          }
          function trimStart(string, chars, guard) {
            string = toString2(string);
            if (string && (guard || chars === undefined$1)) {
              return string.replace(reTrimStart, "");
            }
            if (!string || !(chars = baseToString(chars))) {
              return string;
            }
            var strSymbols = stringToArray(string), start = charsStartIndex(strSymbols, stringToArray(chars));
            return castSlice(strSymbols, start).join("");
          }
          function truncate(string, options) {
            var length = DEFAULT_TRUNC_LENGTH, omission = DEFAULT_TRUNC_OMISSION;
            if (isObject2(options)) {
              var separator = "separator" in options ? options.separator : separator;
              length = "length" in options ? toInteger(options.length) : length;
              omission = "omission" in options ? baseToString(options.omission) : omission;
            }
            string = toString2(string);
            var strLength = string.length;
            if (hasUnicode(string)) {
              var strSymbols = stringToArray(string);
              strLength = strSymbols.length;
            }
            if (length >= strLength) {
              return string;
            }
            var end = length - stringSize(omission);
            if (end < 1) {
              return omission;
            }
            var result2 = strSymbols ? castSlice(strSymbols, 0, end).join("") : string.slice(0, end);
            if (separator === undefined$1) {
              return result2 + omission;
            }
            if (strSymbols) {
              end += result2.length - end;
            }
            if (isRegExp(separator)) {
              if (string.slice(end).search(separator)) {
                var match, substring = result2;
                if (!separator.global) {
                  separator = RegExp2(separator.source, toString2(reFlags.exec(separator)) + "g");
                }
                separator.lastIndex = 0;
                while (match = separator.exec(substring)) {
                  var newEnd = match.index;
                }
                result2 = result2.slice(0, newEnd === undefined$1 ? end : newEnd);
              }
            } else if (string.indexOf(baseToString(separator), end) != end) {
              var index2 = result2.lastIndexOf(separator);
              if (index2 > -1) {
                result2 = result2.slice(0, index2);
              }
            }
            return result2 + omission;
          }
          function unescape(string) {
            string = toString2(string);
            return string && reHasEscapedHtml.test(string) ? string.replace(reEscapedHtml, unescapeHtmlChar) : string;
          }
          var upperCase = createCompounder(function(result2, word, index2) {
            return result2 + (index2 ? " " : "") + word.toUpperCase();
          });
          var upperFirst = createCaseFirst("toUpperCase");
          function words(string, pattern, guard) {
            string = toString2(string);
            pattern = guard ? undefined$1 : pattern;
            if (pattern === undefined$1) {
              return hasUnicodeWord(string) ? unicodeWords(string) : asciiWords(string);
            }
            return string.match(pattern) || [];
          }
          var attempt = baseRest(function(func, args) {
            try {
              return apply(func, undefined$1, args);
            } catch (e) {
              return isError(e) ? e : new Error2(e);
            }
          });
          var bindAll = flatRest(function(object2, methodNames) {
            arrayEach(methodNames, function(key) {
              key = toKey(key);
              baseAssignValue(object2, key, bind(object2[key], object2));
            });
            return object2;
          });
          function cond(pairs) {
            var length = pairs == null ? 0 : pairs.length, toIteratee = getIteratee();
            pairs = !length ? [] : arrayMap(pairs, function(pair) {
              if (typeof pair[1] != "function") {
                throw new TypeError2(FUNC_ERROR_TEXT);
              }
              return [toIteratee(pair[0]), pair[1]];
            });
            return baseRest(function(args) {
              var index2 = -1;
              while (++index2 < length) {
                var pair = pairs[index2];
                if (apply(pair[0], this, args)) {
                  return apply(pair[1], this, args);
                }
              }
            });
          }
          function conforms(source) {
            return baseConforms(baseClone(source, CLONE_DEEP_FLAG));
          }
          function constant(value) {
            return function() {
              return value;
            };
          }
          function defaultTo(value, defaultValue) {
            return value == null || value !== value ? defaultValue : value;
          }
          var flow = createFlow();
          var flowRight = createFlow(true);
          function identity3(value) {
            return value;
          }
          function iteratee(func) {
            return baseIteratee(typeof func == "function" ? func : baseClone(func, CLONE_DEEP_FLAG));
          }
          function matches(source) {
            return baseMatches(baseClone(source, CLONE_DEEP_FLAG));
          }
          function matchesProperty(path7, srcValue) {
            return baseMatchesProperty(path7, baseClone(srcValue, CLONE_DEEP_FLAG));
          }
          var method = baseRest(function(path7, args) {
            return function(object2) {
              return baseInvoke(object2, path7, args);
            };
          });
          var methodOf = baseRest(function(object2, args) {
            return function(path7) {
              return baseInvoke(object2, path7, args);
            };
          });
          function mixin(object2, source, options) {
            var props = keys(source), methodNames = baseFunctions(source, props);
            if (options == null && !(isObject2(source) && (methodNames.length || !props.length))) {
              options = source;
              source = object2;
              object2 = this;
              methodNames = baseFunctions(source, keys(source));
            }
            var chain2 = !(isObject2(options) && "chain" in options) || !!options.chain, isFunc = isFunction(object2);
            arrayEach(methodNames, function(methodName) {
              var func = source[methodName];
              object2[methodName] = func;
              if (isFunc) {
                object2.prototype[methodName] = function() {
                  var chainAll = this.__chain__;
                  if (chain2 || chainAll) {
                    var result2 = object2(this.__wrapped__), actions = result2.__actions__ = copyArray(this.__actions__);
                    actions.push({ "func": func, "args": arguments, "thisArg": object2 });
                    result2.__chain__ = chainAll;
                    return result2;
                  }
                  return func.apply(object2, arrayPush([this.value()], arguments));
                };
              }
            });
            return object2;
          }
          function noConflict() {
            if (root._ === this) {
              root._ = oldDash;
            }
            return this;
          }
          function noop3() {
          }
          function nthArg(n2) {
            n2 = toInteger(n2);
            return baseRest(function(args) {
              return baseNth(args, n2);
            });
          }
          var over = createOver(arrayMap);
          var overEvery = createOver(arrayEvery);
          var overSome = createOver(arraySome);
          function property(path7) {
            return isKey(path7) ? baseProperty(toKey(path7)) : basePropertyDeep(path7);
          }
          function propertyOf(object2) {
            return function(path7) {
              return object2 == null ? undefined$1 : baseGet(object2, path7);
            };
          }
          var range = createRange();
          var rangeRight = createRange(true);
          function stubArray() {
            return [];
          }
          function stubFalse() {
            return false;
          }
          function stubObject() {
            return {};
          }
          function stubString() {
            return "";
          }
          function stubTrue() {
            return true;
          }
          function times(n2, iteratee2) {
            n2 = toInteger(n2);
            if (n2 < 1 || n2 > MAX_SAFE_INTEGER) {
              return [];
            }
            var index2 = MAX_ARRAY_LENGTH, length = nativeMin(n2, MAX_ARRAY_LENGTH);
            iteratee2 = getIteratee(iteratee2);
            n2 -= MAX_ARRAY_LENGTH;
            var result2 = baseTimes(length, iteratee2);
            while (++index2 < n2) {
              iteratee2(index2);
            }
            return result2;
          }
          function toPath2(value) {
            if (isArray(value)) {
              return arrayMap(value, toKey);
            }
            return isSymbol(value) ? [value] : copyArray(stringToPath(toString2(value)));
          }
          function uniqueId(prefix) {
            var id = ++idCounter;
            return toString2(prefix) + id;
          }
          var add = createMathOperation(function(augend, addend) {
            return augend + addend;
          }, 0);
          var ceil = createRound("ceil");
          var divide = createMathOperation(function(dividend, divisor) {
            return dividend / divisor;
          }, 1);
          var floor = createRound("floor");
          function max(array2) {
            return array2 && array2.length ? baseExtremum(array2, identity3, baseGt) : undefined$1;
          }
          function maxBy(array2, iteratee2) {
            return array2 && array2.length ? baseExtremum(array2, getIteratee(iteratee2, 2), baseGt) : undefined$1;
          }
          function mean(array2) {
            return baseMean(array2, identity3);
          }
          function meanBy(array2, iteratee2) {
            return baseMean(array2, getIteratee(iteratee2, 2));
          }
          function min(array2) {
            return array2 && array2.length ? baseExtremum(array2, identity3, baseLt) : undefined$1;
          }
          function minBy(array2, iteratee2) {
            return array2 && array2.length ? baseExtremum(array2, getIteratee(iteratee2, 2), baseLt) : undefined$1;
          }
          var multiply = createMathOperation(function(multiplier, multiplicand) {
            return multiplier * multiplicand;
          }, 1);
          var round2 = createRound("round");
          var subtract = createMathOperation(function(minuend, subtrahend) {
            return minuend - subtrahend;
          }, 0);
          function sum(array2) {
            return array2 && array2.length ? baseSum(array2, identity3) : 0;
          }
          function sumBy(array2, iteratee2) {
            return array2 && array2.length ? baseSum(array2, getIteratee(iteratee2, 2)) : 0;
          }
          lodash2.after = after;
          lodash2.ary = ary;
          lodash2.assign = assign;
          lodash2.assignIn = assignIn;
          lodash2.assignInWith = assignInWith;
          lodash2.assignWith = assignWith;
          lodash2.at = at;
          lodash2.before = before;
          lodash2.bind = bind;
          lodash2.bindAll = bindAll;
          lodash2.bindKey = bindKey;
          lodash2.castArray = castArray;
          lodash2.chain = chain;
          lodash2.chunk = chunk;
          lodash2.compact = compact;
          lodash2.concat = concat;
          lodash2.cond = cond;
          lodash2.conforms = conforms;
          lodash2.constant = constant;
          lodash2.countBy = countBy;
          lodash2.create = create;
          lodash2.curry = curry;
          lodash2.curryRight = curryRight;
          lodash2.debounce = debounce;
          lodash2.defaults = defaults;
          lodash2.defaultsDeep = defaultsDeep;
          lodash2.defer = defer;
          lodash2.delay = delay;
          lodash2.difference = difference;
          lodash2.differenceBy = differenceBy;
          lodash2.differenceWith = differenceWith;
          lodash2.drop = drop;
          lodash2.dropRight = dropRight;
          lodash2.dropRightWhile = dropRightWhile;
          lodash2.dropWhile = dropWhile;
          lodash2.fill = fill;
          lodash2.filter = filter;
          lodash2.flatMap = flatMap;
          lodash2.flatMapDeep = flatMapDeep;
          lodash2.flatMapDepth = flatMapDepth;
          lodash2.flatten = flatten;
          lodash2.flattenDeep = flattenDeep;
          lodash2.flattenDepth = flattenDepth;
          lodash2.flip = flip;
          lodash2.flow = flow;
          lodash2.flowRight = flowRight;
          lodash2.fromPairs = fromPairs;
          lodash2.functions = functions;
          lodash2.functionsIn = functionsIn;
          lodash2.groupBy = groupBy;
          lodash2.initial = initial;
          lodash2.intersection = intersection;
          lodash2.intersectionBy = intersectionBy;
          lodash2.intersectionWith = intersectionWith;
          lodash2.invert = invert;
          lodash2.invertBy = invertBy;
          lodash2.invokeMap = invokeMap;
          lodash2.iteratee = iteratee;
          lodash2.keyBy = keyBy;
          lodash2.keys = keys;
          lodash2.keysIn = keysIn;
          lodash2.map = map;
          lodash2.mapKeys = mapKeys;
          lodash2.mapValues = mapValues;
          lodash2.matches = matches;
          lodash2.matchesProperty = matchesProperty;
          lodash2.memoize = memoize;
          lodash2.merge = merge;
          lodash2.mergeWith = mergeWith;
          lodash2.method = method;
          lodash2.methodOf = methodOf;
          lodash2.mixin = mixin;
          lodash2.negate = negate;
          lodash2.nthArg = nthArg;
          lodash2.omit = omit;
          lodash2.omitBy = omitBy;
          lodash2.once = once9;
          lodash2.orderBy = orderBy;
          lodash2.over = over;
          lodash2.overArgs = overArgs;
          lodash2.overEvery = overEvery;
          lodash2.overSome = overSome;
          lodash2.partial = partial;
          lodash2.partialRight = partialRight;
          lodash2.partition = partition;
          lodash2.pick = pick;
          lodash2.pickBy = pickBy;
          lodash2.property = property;
          lodash2.propertyOf = propertyOf;
          lodash2.pull = pull;
          lodash2.pullAll = pullAll;
          lodash2.pullAllBy = pullAllBy;
          lodash2.pullAllWith = pullAllWith;
          lodash2.pullAt = pullAt;
          lodash2.range = range;
          lodash2.rangeRight = rangeRight;
          lodash2.rearg = rearg;
          lodash2.reject = reject;
          lodash2.remove = remove;
          lodash2.rest = rest;
          lodash2.reverse = reverse;
          lodash2.sampleSize = sampleSize;
          lodash2.set = set;
          lodash2.setWith = setWith;
          lodash2.shuffle = shuffle;
          lodash2.slice = slice;
          lodash2.sortBy = sortBy;
          lodash2.sortedUniq = sortedUniq;
          lodash2.sortedUniqBy = sortedUniqBy;
          lodash2.split = split;
          lodash2.spread = spread;
          lodash2.tail = tail2;
          lodash2.take = take;
          lodash2.takeRight = takeRight;
          lodash2.takeRightWhile = takeRightWhile;
          lodash2.takeWhile = takeWhile;
          lodash2.tap = tap;
          lodash2.throttle = throttle;
          lodash2.thru = thru;
          lodash2.toArray = toArray;
          lodash2.toPairs = toPairs;
          lodash2.toPairsIn = toPairsIn;
          lodash2.toPath = toPath2;
          lodash2.toPlainObject = toPlainObject;
          lodash2.transform = transform;
          lodash2.unary = unary;
          lodash2.union = union;
          lodash2.unionBy = unionBy;
          lodash2.unionWith = unionWith;
          lodash2.uniq = uniq;
          lodash2.uniqBy = uniqBy;
          lodash2.uniqWith = uniqWith;
          lodash2.unset = unset;
          lodash2.unzip = unzip;
          lodash2.unzipWith = unzipWith;
          lodash2.update = update;
          lodash2.updateWith = updateWith;
          lodash2.values = values;
          lodash2.valuesIn = valuesIn;
          lodash2.without = without;
          lodash2.words = words;
          lodash2.wrap = wrap;
          lodash2.xor = xor;
          lodash2.xorBy = xorBy;
          lodash2.xorWith = xorWith;
          lodash2.zip = zip;
          lodash2.zipObject = zipObject;
          lodash2.zipObjectDeep = zipObjectDeep;
          lodash2.zipWith = zipWith;
          lodash2.entries = toPairs;
          lodash2.entriesIn = toPairsIn;
          lodash2.extend = assignIn;
          lodash2.extendWith = assignInWith;
          mixin(lodash2, lodash2);
          lodash2.add = add;
          lodash2.attempt = attempt;
          lodash2.camelCase = camelCase;
          lodash2.capitalize = capitalize2;
          lodash2.ceil = ceil;
          lodash2.clamp = clamp;
          lodash2.clone = clone;
          lodash2.cloneDeep = cloneDeep;
          lodash2.cloneDeepWith = cloneDeepWith;
          lodash2.cloneWith = cloneWith;
          lodash2.conformsTo = conformsTo;
          lodash2.deburr = deburr;
          lodash2.defaultTo = defaultTo;
          lodash2.divide = divide;
          lodash2.endsWith = endsWith;
          lodash2.eq = eq;
          lodash2.escape = escape;
          lodash2.escapeRegExp = escapeRegExp;
          lodash2.every = every;
          lodash2.find = find;
          lodash2.findIndex = findIndex;
          lodash2.findKey = findKey;
          lodash2.findLast = findLast;
          lodash2.findLastIndex = findLastIndex;
          lodash2.findLastKey = findLastKey;
          lodash2.floor = floor;
          lodash2.forEach = forEach;
          lodash2.forEachRight = forEachRight;
          lodash2.forIn = forIn;
          lodash2.forInRight = forInRight;
          lodash2.forOwn = forOwn;
          lodash2.forOwnRight = forOwnRight;
          lodash2.get = get;
          lodash2.gt = gt;
          lodash2.gte = gte;
          lodash2.has = has;
          lodash2.hasIn = hasIn;
          lodash2.head = head;
          lodash2.identity = identity3;
          lodash2.includes = includes;
          lodash2.indexOf = indexOf;
          lodash2.inRange = inRange;
          lodash2.invoke = invoke;
          lodash2.isArguments = isArguments;
          lodash2.isArray = isArray;
          lodash2.isArrayBuffer = isArrayBuffer2;
          lodash2.isArrayLike = isArrayLike;
          lodash2.isArrayLikeObject = isArrayLikeObject;
          lodash2.isBoolean = isBoolean;
          lodash2.isBuffer = isBuffer;
          lodash2.isDate = isDate;
          lodash2.isElement = isElement;
          lodash2.isEmpty = isEmpty;
          lodash2.isEqual = isEqual;
          lodash2.isEqualWith = isEqualWith;
          lodash2.isError = isError;
          lodash2.isFinite = isFinite;
          lodash2.isFunction = isFunction;
          lodash2.isInteger = isInteger;
          lodash2.isLength = isLength;
          lodash2.isMap = isMap;
          lodash2.isMatch = isMatch;
          lodash2.isMatchWith = isMatchWith;
          lodash2.isNaN = isNaN2;
          lodash2.isNative = isNative;
          lodash2.isNil = isNil;
          lodash2.isNull = isNull;
          lodash2.isNumber = isNumber;
          lodash2.isObject = isObject2;
          lodash2.isObjectLike = isObjectLike;
          lodash2.isPlainObject = isPlainObject2;
          lodash2.isRegExp = isRegExp;
          lodash2.isSafeInteger = isSafeInteger;
          lodash2.isSet = isSet;
          lodash2.isString = isString2;
          lodash2.isSymbol = isSymbol;
          lodash2.isTypedArray = isTypedArray;
          lodash2.isUndefined = isUndefined;
          lodash2.isWeakMap = isWeakMap;
          lodash2.isWeakSet = isWeakSet;
          lodash2.join = join31;
          lodash2.kebabCase = kebabCase;
          lodash2.last = last;
          lodash2.lastIndexOf = lastIndexOf;
          lodash2.lowerCase = lowerCase;
          lodash2.lowerFirst = lowerFirst;
          lodash2.lt = lt;
          lodash2.lte = lte;
          lodash2.max = max;
          lodash2.maxBy = maxBy;
          lodash2.mean = mean;
          lodash2.meanBy = meanBy;
          lodash2.min = min;
          lodash2.minBy = minBy;
          lodash2.stubArray = stubArray;
          lodash2.stubFalse = stubFalse;
          lodash2.stubObject = stubObject;
          lodash2.stubString = stubString;
          lodash2.stubTrue = stubTrue;
          lodash2.multiply = multiply;
          lodash2.nth = nth;
          lodash2.noConflict = noConflict;
          lodash2.noop = noop3;
          lodash2.now = now;
          lodash2.pad = pad;
          lodash2.padEnd = padEnd;
          lodash2.padStart = padStart;
          lodash2.parseInt = parseInt2;
          lodash2.random = random;
          lodash2.reduce = reduce;
          lodash2.reduceRight = reduceRight;
          lodash2.repeat = repeat;
          lodash2.replace = replace;
          lodash2.result = result;
          lodash2.round = round2;
          lodash2.runInContext = runInContext2;
          lodash2.sample = sample;
          lodash2.size = size;
          lodash2.snakeCase = snakeCase;
          lodash2.some = some;
          lodash2.sortedIndex = sortedIndex;
          lodash2.sortedIndexBy = sortedIndexBy;
          lodash2.sortedIndexOf = sortedIndexOf;
          lodash2.sortedLastIndex = sortedLastIndex;
          lodash2.sortedLastIndexBy = sortedLastIndexBy;
          lodash2.sortedLastIndexOf = sortedLastIndexOf;
          lodash2.startCase = startCase;
          lodash2.startsWith = startsWith;
          lodash2.subtract = subtract;
          lodash2.sum = sum;
          lodash2.sumBy = sumBy;
          lodash2.template = template;
          lodash2.times = times;
          lodash2.toFinite = toFinite;
          lodash2.toInteger = toInteger;
          lodash2.toLength = toLength;
          lodash2.toLower = toLower;
          lodash2.toNumber = toNumber;
          lodash2.toSafeInteger = toSafeInteger;
          lodash2.toString = toString2;
          lodash2.toUpper = toUpper;
          lodash2.trim = trim;
          lodash2.trimEnd = trimEnd;
          lodash2.trimStart = trimStart;
          lodash2.truncate = truncate;
          lodash2.unescape = unescape;
          lodash2.uniqueId = uniqueId;
          lodash2.upperCase = upperCase;
          lodash2.upperFirst = upperFirst;
          lodash2.each = forEach;
          lodash2.eachRight = forEachRight;
          lodash2.first = head;
          mixin(lodash2, (function() {
            var source = {};
            baseForOwn(lodash2, function(func, methodName) {
              if (!hasOwnProperty.call(lodash2.prototype, methodName)) {
                source[methodName] = func;
              }
            });
            return source;
          })(), { "chain": false });
          lodash2.VERSION = VERSION;
          arrayEach(["bind", "bindKey", "curry", "curryRight", "partial", "partialRight"], function(methodName) {
            lodash2[methodName].placeholder = lodash2;
          });
          arrayEach(["drop", "take"], function(methodName, index2) {
            LazyWrapper.prototype[methodName] = function(n2) {
              n2 = n2 === undefined$1 ? 1 : nativeMax(toInteger(n2), 0);
              var result2 = this.__filtered__ && !index2 ? new LazyWrapper(this) : this.clone();
              if (result2.__filtered__) {
                result2.__takeCount__ = nativeMin(n2, result2.__takeCount__);
              } else {
                result2.__views__.push({
                  "size": nativeMin(n2, MAX_ARRAY_LENGTH),
                  "type": methodName + (result2.__dir__ < 0 ? "Right" : "")
                });
              }
              return result2;
            };
            LazyWrapper.prototype[methodName + "Right"] = function(n2) {
              return this.reverse()[methodName](n2).reverse();
            };
          });
          arrayEach(["filter", "map", "takeWhile"], function(methodName, index2) {
            var type = index2 + 1, isFilter = type == LAZY_FILTER_FLAG || type == LAZY_WHILE_FLAG;
            LazyWrapper.prototype[methodName] = function(iteratee2) {
              var result2 = this.clone();
              result2.__iteratees__.push({
                "iteratee": getIteratee(iteratee2, 3),
                "type": type
              });
              result2.__filtered__ = result2.__filtered__ || isFilter;
              return result2;
            };
          });
          arrayEach(["head", "last"], function(methodName, index2) {
            var takeName = "take" + (index2 ? "Right" : "");
            LazyWrapper.prototype[methodName] = function() {
              return this[takeName](1).value()[0];
            };
          });
          arrayEach(["initial", "tail"], function(methodName, index2) {
            var dropName = "drop" + (index2 ? "" : "Right");
            LazyWrapper.prototype[methodName] = function() {
              return this.__filtered__ ? new LazyWrapper(this) : this[dropName](1);
            };
          });
          LazyWrapper.prototype.compact = function() {
            return this.filter(identity3);
          };
          LazyWrapper.prototype.find = function(predicate) {
            return this.filter(predicate).head();
          };
          LazyWrapper.prototype.findLast = function(predicate) {
            return this.reverse().find(predicate);
          };
          LazyWrapper.prototype.invokeMap = baseRest(function(path7, args) {
            if (typeof path7 == "function") {
              return new LazyWrapper(this);
            }
            return this.map(function(value) {
              return baseInvoke(value, path7, args);
            });
          });
          LazyWrapper.prototype.reject = function(predicate) {
            return this.filter(negate(getIteratee(predicate)));
          };
          LazyWrapper.prototype.slice = function(start, end) {
            start = toInteger(start);
            var result2 = this;
            if (result2.__filtered__ && (start > 0 || end < 0)) {
              return new LazyWrapper(result2);
            }
            if (start < 0) {
              result2 = result2.takeRight(-start);
            } else if (start) {
              result2 = result2.drop(start);
            }
            if (end !== undefined$1) {
              end = toInteger(end);
              result2 = end < 0 ? result2.dropRight(-end) : result2.take(end - start);
            }
            return result2;
          };
          LazyWrapper.prototype.takeRightWhile = function(predicate) {
            return this.reverse().takeWhile(predicate).reverse();
          };
          LazyWrapper.prototype.toArray = function() {
            return this.take(MAX_ARRAY_LENGTH);
          };
          baseForOwn(LazyWrapper.prototype, function(func, methodName) {
            var checkIteratee = /^(?:filter|find|map|reject)|While$/.test(methodName), isTaker = /^(?:head|last)$/.test(methodName), lodashFunc = lodash2[isTaker ? "take" + (methodName == "last" ? "Right" : "") : methodName], retUnwrapped = isTaker || /^find/.test(methodName);
            if (!lodashFunc) {
              return;
            }
            lodash2.prototype[methodName] = function() {
              var value = this.__wrapped__, args = isTaker ? [1] : arguments, isLazy = value instanceof LazyWrapper, iteratee2 = args[0], useLazy = isLazy || isArray(value);
              var interceptor = function(value2) {
                var result3 = lodashFunc.apply(lodash2, arrayPush([value2], args));
                return isTaker && chainAll ? result3[0] : result3;
              };
              if (useLazy && checkIteratee && typeof iteratee2 == "function" && iteratee2.length != 1) {
                isLazy = useLazy = false;
              }
              var chainAll = this.__chain__, isHybrid = !!this.__actions__.length, isUnwrapped = retUnwrapped && !chainAll, onlyLazy = isLazy && !isHybrid;
              if (!retUnwrapped && useLazy) {
                value = onlyLazy ? value : new LazyWrapper(this);
                var result2 = func.apply(value, args);
                result2.__actions__.push({ "func": thru, "args": [interceptor], "thisArg": undefined$1 });
                return new LodashWrapper(result2, chainAll);
              }
              if (isUnwrapped && onlyLazy) {
                return func.apply(this, args);
              }
              result2 = this.thru(interceptor);
              return isUnwrapped ? isTaker ? result2.value()[0] : result2.value() : result2;
            };
          });
          arrayEach(["pop", "push", "shift", "sort", "splice", "unshift"], function(methodName) {
            var func = arrayProto[methodName], chainName = /^(?:push|sort|unshift)$/.test(methodName) ? "tap" : "thru", retUnwrapped = /^(?:pop|shift)$/.test(methodName);
            lodash2.prototype[methodName] = function() {
              var args = arguments;
              if (retUnwrapped && !this.__chain__) {
                var value = this.value();
                return func.apply(isArray(value) ? value : [], args);
              }
              return this[chainName](function(value2) {
                return func.apply(isArray(value2) ? value2 : [], args);
              });
            };
          });
          baseForOwn(LazyWrapper.prototype, function(func, methodName) {
            var lodashFunc = lodash2[methodName];
            if (lodashFunc) {
              var key = lodashFunc.name + "";
              if (!hasOwnProperty.call(realNames, key)) {
                realNames[key] = [];
              }
              realNames[key].push({ "name": methodName, "func": lodashFunc });
            }
          });
          realNames[createHybrid(undefined$1, WRAP_BIND_KEY_FLAG).name] = [{
            "name": "wrapper",
            "func": undefined$1
          }];
          LazyWrapper.prototype.clone = lazyClone;
          LazyWrapper.prototype.reverse = lazyReverse;
          LazyWrapper.prototype.value = lazyValue;
          lodash2.prototype.at = wrapperAt;
          lodash2.prototype.chain = wrapperChain;
          lodash2.prototype.commit = wrapperCommit;
          lodash2.prototype.next = wrapperNext;
          lodash2.prototype.plant = wrapperPlant;
          lodash2.prototype.reverse = wrapperReverse;
          lodash2.prototype.toJSON = lodash2.prototype.valueOf = lodash2.prototype.value = wrapperValue;
          lodash2.prototype.first = lodash2.prototype.head;
          if (symIterator) {
            lodash2.prototype[symIterator] = wrapperToIterator;
          }
          return lodash2;
        });
        var _2 = runInContext();
        if (freeModule) {
          (freeModule.exports = _2)._ = _2;
          freeExports._ = _2;
        } else {
          root._ = _2;
        }
      }).call(commonjsGlobal);
    })(lodash, lodash.exports);
    var lodashExports = lodash.exports;
    var _ = /* @__PURE__ */ getDefaultExportFromCjs(lodashExports);
    var lib = {};
    var Utility = {};
    var hasRequiredUtility;
    function requireUtility() {
      if (hasRequiredUtility) return Utility;
      hasRequiredUtility = 1;
      (function() {
        var assign, getValue, isArray, isEmpty, isFunction, isObject2, isPlainObject2, hasProp = {}.hasOwnProperty;
        assign = function(target, ...sources) {
          var i2, key, len, source;
          if (isFunction(Object.assign)) {
            Object.assign.apply(null, arguments);
          } else {
            for (i2 = 0, len = sources.length; i2 < len; i2++) {
              source = sources[i2];
              if (source != null) {
                for (key in source) {
                  if (!hasProp.call(source, key)) continue;
                  target[key] = source[key];
                }
              }
            }
          }
          return target;
        };
        isFunction = function(val) {
          return !!val && Object.prototype.toString.call(val) === "[object Function]";
        };
        isObject2 = function(val) {
          var ref;
          return !!val && ((ref = typeof val) === "function" || ref === "object");
        };
        isArray = function(val) {
          if (isFunction(Array.isArray)) {
            return Array.isArray(val);
          } else {
            return Object.prototype.toString.call(val) === "[object Array]";
          }
        };
        isEmpty = function(val) {
          var key;
          if (isArray(val)) {
            return !val.length;
          } else {
            for (key in val) {
              if (!hasProp.call(val, key)) continue;
              return false;
            }
            return true;
          }
        };
        isPlainObject2 = function(val) {
          var ctor, proto;
          return isObject2(val) && (proto = Object.getPrototypeOf(val)) && (ctor = proto.constructor) && typeof ctor === "function" && ctor instanceof ctor && Function.prototype.toString.call(ctor) === Function.prototype.toString.call(Object);
        };
        getValue = function(obj) {
          if (isFunction(obj.valueOf)) {
            return obj.valueOf();
          } else {
            return obj;
          }
        };
        Utility.assign = assign;
        Utility.isFunction = isFunction;
        Utility.isObject = isObject2;
        Utility.isArray = isArray;
        Utility.isEmpty = isEmpty;
        Utility.isPlainObject = isPlainObject2;
        Utility.getValue = getValue;
      }).call(commonjsGlobal);
      return Utility;
    }
    var XMLDOMImplementation = { exports: {} };
    var hasRequiredXMLDOMImplementation;
    function requireXMLDOMImplementation() {
      if (hasRequiredXMLDOMImplementation) return XMLDOMImplementation.exports;
      hasRequiredXMLDOMImplementation = 1;
      (function() {
        XMLDOMImplementation.exports = class XMLDOMImplementation {
          // Tests if the DOM implementation implements a specific feature.
          // `feature` package name of the feature to test. In Level 1, the
          //           legal values are "HTML" and "XML" (case-insensitive).
          // `version` version number of the package name to test. 
          //           In Level 1, this is the string "1.0". If the version is 
          //           not specified, supporting any version of the feature will 
          //           cause the method to return true.
          hasFeature(feature, version) {
            return true;
          }
          // Creates a new document type declaration.
          // `qualifiedName` qualified name of the document type to be created
          // `publicId` public identifier of the external subset
          // `systemId` system identifier of the external subset
          createDocumentType(qualifiedName, publicId, systemId) {
            throw new Error("This DOM method is not implemented.");
          }
          // Creates a new document.
          // `namespaceURI` namespace URI of the document element to create
          // `qualifiedName` the qualified name of the document to be created
          // `doctype` the type of document to be created or null
          createDocument(namespaceURI, qualifiedName, doctype) {
            throw new Error("This DOM method is not implemented.");
          }
          // Creates a new HTML document.
          // `title` document title
          createHTMLDocument(title) {
            throw new Error("This DOM method is not implemented.");
          }
          // Returns a specialized object which implements the specialized APIs 
          // of the specified feature and version.
          // `feature` name of the feature requested.
          // `version` version number of the feature to test
          getFeature(feature, version) {
            throw new Error("This DOM method is not implemented.");
          }
        };
      }).call(commonjsGlobal);
      return XMLDOMImplementation.exports;
    }
    var XMLDocument = { exports: {} };
    var XMLDOMConfiguration = { exports: {} };
    var XMLDOMErrorHandler = { exports: {} };
    var hasRequiredXMLDOMErrorHandler;
    function requireXMLDOMErrorHandler() {
      if (hasRequiredXMLDOMErrorHandler) return XMLDOMErrorHandler.exports;
      hasRequiredXMLDOMErrorHandler = 1;
      (function() {
        XMLDOMErrorHandler.exports = class XMLDOMErrorHandler {
          // Initializes a new instance of `XMLDOMErrorHandler`
          constructor() {
          }
          // Called on the error handler when an error occurs.
          // `error` the error message as a string
          handleError(error) {
            throw new Error(error);
          }
        };
      }).call(commonjsGlobal);
      return XMLDOMErrorHandler.exports;
    }
    var XMLDOMStringList = { exports: {} };
    var hasRequiredXMLDOMStringList;
    function requireXMLDOMStringList() {
      if (hasRequiredXMLDOMStringList) return XMLDOMStringList.exports;
      hasRequiredXMLDOMStringList = 1;
      (function() {
        XMLDOMStringList.exports = (function() {
          class XMLDOMStringList2 {
            // Initializes a new instance of `XMLDOMStringList`
            // This is just a wrapper around an ordinary
            // JS array.
            // `arr` the array of string values
            constructor(arr) {
              this.arr = arr || [];
            }
            // Returns the indexth item in the collection.
            // `index` index into the collection
            item(index2) {
              return this.arr[index2] || null;
            }
            // Test if a string is part of this DOMStringList.
            // `str` the string to look for
            contains(str) {
              return this.arr.indexOf(str) !== -1;
            }
          }
          Object.defineProperty(XMLDOMStringList2.prototype, "length", {
            get: function() {
              return this.arr.length;
            }
          });
          return XMLDOMStringList2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDOMStringList.exports;
    }
    var hasRequiredXMLDOMConfiguration;
    function requireXMLDOMConfiguration() {
      if (hasRequiredXMLDOMConfiguration) return XMLDOMConfiguration.exports;
      hasRequiredXMLDOMConfiguration = 1;
      (function() {
        var XMLDOMErrorHandler2, XMLDOMStringList2;
        XMLDOMErrorHandler2 = requireXMLDOMErrorHandler();
        XMLDOMStringList2 = requireXMLDOMStringList();
        XMLDOMConfiguration.exports = (function() {
          class XMLDOMConfiguration2 {
            constructor() {
              this.defaultParams = {
                "canonical-form": false,
                "cdata-sections": false,
                "comments": false,
                "datatype-normalization": false,
                "element-content-whitespace": true,
                "entities": true,
                "error-handler": new XMLDOMErrorHandler2(),
                "infoset": true,
                "validate-if-schema": false,
                "namespaces": true,
                "namespace-declarations": true,
                "normalize-characters": false,
                "schema-location": "",
                "schema-type": "",
                "split-cdata-sections": true,
                "validate": false,
                "well-formed": true
              };
              this.params = Object.create(this.defaultParams);
            }
            // Gets the value of a parameter.
            // `name` name of the parameter
            getParameter(name) {
              if (this.params.hasOwnProperty(name)) {
                return this.params[name];
              } else {
                return null;
              }
            }
            // Checks if setting a parameter to a specific value is supported.
            // `name` name of the parameter
            // `value` parameter value
            canSetParameter(name, value) {
              return true;
            }
            // Sets the value of a parameter.
            // `name` name of the parameter
            // `value` new value or null if the user wishes to unset the parameter
            setParameter(name, value) {
              if (value != null) {
                return this.params[name] = value;
              } else {
                return delete this.params[name];
              }
            }
          }
          Object.defineProperty(XMLDOMConfiguration2.prototype, "parameterNames", {
            get: function() {
              return new XMLDOMStringList2(Object.keys(this.defaultParams));
            }
          });
          return XMLDOMConfiguration2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDOMConfiguration.exports;
    }
    var XMLNode = { exports: {} };
    var XMLElement = { exports: {} };
    var NodeType = { exports: {} };
    var hasRequiredNodeType;
    function requireNodeType() {
      if (hasRequiredNodeType) return NodeType.exports;
      hasRequiredNodeType = 1;
      (function() {
        NodeType.exports = {
          Element: 1,
          Attribute: 2,
          Text: 3,
          CData: 4,
          EntityReference: 5,
          EntityDeclaration: 6,
          ProcessingInstruction: 7,
          Comment: 8,
          Document: 9,
          DocType: 10,
          DocumentFragment: 11,
          NotationDeclaration: 12,
          // Numeric codes up to 200 are reserved to W3C for possible future use.
          // Following are types internal to this library:
          Declaration: 201,
          Raw: 202,
          AttributeDeclaration: 203,
          ElementDeclaration: 204,
          Dummy: 205
        };
      }).call(commonjsGlobal);
      return NodeType.exports;
    }
    var XMLAttribute = { exports: {} };
    var hasRequiredXMLAttribute;
    function requireXMLAttribute() {
      if (hasRequiredXMLAttribute) return XMLAttribute.exports;
      hasRequiredXMLAttribute = 1;
      (function() {
        var NodeType2;
        NodeType2 = requireNodeType();
        requireXMLNode();
        XMLAttribute.exports = (function() {
          class XMLAttribute2 {
            // Initializes a new instance of `XMLAttribute`
            // `parent` the parent node
            // `name` attribute target
            // `value` attribute value
            constructor(parent, name, value) {
              this.parent = parent;
              if (this.parent) {
                this.options = this.parent.options;
                this.stringify = this.parent.stringify;
              }
              if (name == null) {
                throw new Error("Missing attribute name. " + this.debugInfo(name));
              }
              this.name = this.stringify.name(name);
              this.value = this.stringify.attValue(value);
              this.type = NodeType2.Attribute;
              this.isId = false;
              this.schemaTypeInfo = null;
            }
            // Creates and returns a deep clone of `this`
            clone() {
              return Object.create(this);
            }
            // Converts the XML fragment to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.attribute(this, this.options.writer.filterOptions(options));
            }
            // Returns debug string for this node
            debugInfo(name) {
              name = name || this.name;
              if (name == null) {
                return "parent: <" + this.parent.name + ">";
              } else {
                return "attribute: {" + name + "}, parent: <" + this.parent.name + ">";
              }
            }
            isEqualNode(node) {
              if (node.namespaceURI !== this.namespaceURI) {
                return false;
              }
              if (node.prefix !== this.prefix) {
                return false;
              }
              if (node.localName !== this.localName) {
                return false;
              }
              if (node.value !== this.value) {
                return false;
              }
              return true;
            }
          }
          Object.defineProperty(XMLAttribute2.prototype, "nodeType", {
            get: function() {
              return this.type;
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "ownerElement", {
            get: function() {
              return this.parent;
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "textContent", {
            get: function() {
              return this.value;
            },
            set: function(value) {
              return this.value = value || "";
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "namespaceURI", {
            get: function() {
              return "";
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "prefix", {
            get: function() {
              return "";
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "localName", {
            get: function() {
              return this.name;
            }
          });
          Object.defineProperty(XMLAttribute2.prototype, "specified", {
            get: function() {
              return true;
            }
          });
          return XMLAttribute2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLAttribute.exports;
    }
    var XMLNamedNodeMap = { exports: {} };
    var hasRequiredXMLNamedNodeMap;
    function requireXMLNamedNodeMap() {
      if (hasRequiredXMLNamedNodeMap) return XMLNamedNodeMap.exports;
      hasRequiredXMLNamedNodeMap = 1;
      (function() {
        XMLNamedNodeMap.exports = (function() {
          class XMLNamedNodeMap2 {
            // Initializes a new instance of `XMLNamedNodeMap`
            // This is just a wrapper around an ordinary
            // JS object.
            // `nodes` the object containing nodes.
            constructor(nodes) {
              this.nodes = nodes;
            }
            // Creates and returns a deep clone of `this`
            clone() {
              return this.nodes = null;
            }
            // DOM Level 1
            getNamedItem(name) {
              return this.nodes[name];
            }
            setNamedItem(node) {
              var oldNode;
              oldNode = this.nodes[node.nodeName];
              this.nodes[node.nodeName] = node;
              return oldNode || null;
            }
            removeNamedItem(name) {
              var oldNode;
              oldNode = this.nodes[name];
              delete this.nodes[name];
              return oldNode || null;
            }
            item(index2) {
              return this.nodes[Object.keys(this.nodes)[index2]] || null;
            }
            // DOM level 2 functions to be implemented later
            getNamedItemNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented.");
            }
            setNamedItemNS(node) {
              throw new Error("This DOM method is not implemented.");
            }
            removeNamedItemNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented.");
            }
          }
          Object.defineProperty(XMLNamedNodeMap2.prototype, "length", {
            get: function() {
              return Object.keys(this.nodes).length || 0;
            }
          });
          return XMLNamedNodeMap2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLNamedNodeMap.exports;
    }
    var hasRequiredXMLElement;
    function requireXMLElement() {
      if (hasRequiredXMLElement) return XMLElement.exports;
      hasRequiredXMLElement = 1;
      (function() {
        var NodeType2, XMLAttribute2, XMLNamedNodeMap2, XMLNode2, getValue, isFunction, isObject2, hasProp = {}.hasOwnProperty;
        ({ isObject: isObject2, isFunction, getValue } = requireUtility());
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLAttribute2 = requireXMLAttribute();
        XMLNamedNodeMap2 = requireXMLNamedNodeMap();
        XMLElement.exports = (function() {
          class XMLElement2 extends XMLNode2 {
            // Initializes a new instance of `XMLElement`
            // `parent` the parent node
            // `name` element name
            // `attributes` an object containing name/value pairs of attributes
            constructor(parent, name, attributes) {
              var child, j, len, ref;
              super(parent);
              if (name == null) {
                throw new Error("Missing element name. " + this.debugInfo());
              }
              this.name = this.stringify.name(name);
              this.type = NodeType2.Element;
              this.attribs = {};
              this.schemaTypeInfo = null;
              if (attributes != null) {
                this.attribute(attributes);
              }
              if (parent.type === NodeType2.Document) {
                this.isRoot = true;
                this.documentObject = parent;
                parent.rootObject = this;
                if (parent.children) {
                  ref = parent.children;
                  for (j = 0, len = ref.length; j < len; j++) {
                    child = ref[j];
                    if (child.type === NodeType2.DocType) {
                      child.name = this.name;
                      break;
                    }
                  }
                }
              }
            }
            // Creates and returns a deep clone of `this`
            clone() {
              var att, attName, clonedSelf, ref;
              clonedSelf = Object.create(this);
              if (clonedSelf.isRoot) {
                clonedSelf.documentObject = null;
              }
              clonedSelf.attribs = {};
              ref = this.attribs;
              for (attName in ref) {
                if (!hasProp.call(ref, attName)) continue;
                att = ref[attName];
                clonedSelf.attribs[attName] = att.clone();
              }
              clonedSelf.children = [];
              this.children.forEach(function(child) {
                var clonedChild;
                clonedChild = child.clone();
                clonedChild.parent = clonedSelf;
                return clonedSelf.children.push(clonedChild);
              });
              return clonedSelf;
            }
            // Adds or modifies an attribute
            // `name` attribute name
            // `value` attribute value
            attribute(name, value) {
              var attName, attValue;
              if (name != null) {
                name = getValue(name);
              }
              if (isObject2(name)) {
                for (attName in name) {
                  if (!hasProp.call(name, attName)) continue;
                  attValue = name[attName];
                  this.attribute(attName, attValue);
                }
              } else {
                if (isFunction(value)) {
                  value = value.apply();
                }
                if (this.options.keepNullAttributes && value == null) {
                  this.attribs[name] = new XMLAttribute2(this, name, "");
                } else if (value != null) {
                  this.attribs[name] = new XMLAttribute2(this, name, value);
                }
              }
              return this;
            }
            // Removes an attribute
            // `name` attribute name
            removeAttribute(name) {
              var attName, j, len;
              if (name == null) {
                throw new Error("Missing attribute name. " + this.debugInfo());
              }
              name = getValue(name);
              if (Array.isArray(name)) {
                for (j = 0, len = name.length; j < len; j++) {
                  attName = name[j];
                  delete this.attribs[attName];
                }
              } else {
                delete this.attribs[name];
              }
              return this;
            }
            // Converts the XML fragment to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            // `options.allowEmpty` do not self close empty element tags
            toString(options) {
              return this.options.writer.element(this, this.options.writer.filterOptions(options));
            }
            // Aliases
            att(name, value) {
              return this.attribute(name, value);
            }
            a(name, value) {
              return this.attribute(name, value);
            }
            // DOM Level 1
            getAttribute(name) {
              if (this.attribs.hasOwnProperty(name)) {
                return this.attribs[name].value;
              } else {
                return null;
              }
            }
            setAttribute(name, value) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getAttributeNode(name) {
              if (this.attribs.hasOwnProperty(name)) {
                return this.attribs[name];
              } else {
                return null;
              }
            }
            setAttributeNode(newAttr) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            removeAttributeNode(oldAttr) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByTagName(name) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM Level 2
            getAttributeNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            setAttributeNS(namespaceURI, qualifiedName, value) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            removeAttributeNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getAttributeNodeNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            setAttributeNodeNS(newAttr) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByTagNameNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            hasAttribute(name) {
              return this.attribs.hasOwnProperty(name);
            }
            hasAttributeNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM Level 3
            setIdAttribute(name, isId) {
              if (this.attribs.hasOwnProperty(name)) {
                return this.attribs[name].isId;
              } else {
                return isId;
              }
            }
            setIdAttributeNS(namespaceURI, localName, isId) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            setIdAttributeNode(idAttr, isId) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM Level 4
            getElementsByTagName(tagname) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByTagNameNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByClassName(classNames) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            isEqualNode(node) {
              var i2, j, ref;
              if (!super.isEqualNode(node)) {
                return false;
              }
              if (node.namespaceURI !== this.namespaceURI) {
                return false;
              }
              if (node.prefix !== this.prefix) {
                return false;
              }
              if (node.localName !== this.localName) {
                return false;
              }
              if (node.attribs.length !== this.attribs.length) {
                return false;
              }
              for (i2 = j = 0, ref = this.attribs.length - 1; 0 <= ref ? j <= ref : j >= ref; i2 = 0 <= ref ? ++j : --j) {
                if (!this.attribs[i2].isEqualNode(node.attribs[i2])) {
                  return false;
                }
              }
              return true;
            }
          }
          Object.defineProperty(XMLElement2.prototype, "tagName", {
            get: function() {
              return this.name;
            }
          });
          Object.defineProperty(XMLElement2.prototype, "namespaceURI", {
            get: function() {
              return "";
            }
          });
          Object.defineProperty(XMLElement2.prototype, "prefix", {
            get: function() {
              return "";
            }
          });
          Object.defineProperty(XMLElement2.prototype, "localName", {
            get: function() {
              return this.name;
            }
          });
          Object.defineProperty(XMLElement2.prototype, "id", {
            get: function() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          Object.defineProperty(XMLElement2.prototype, "className", {
            get: function() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          Object.defineProperty(XMLElement2.prototype, "classList", {
            get: function() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          Object.defineProperty(XMLElement2.prototype, "attributes", {
            get: function() {
              if (!this.attributeMap || !this.attributeMap.nodes) {
                this.attributeMap = new XMLNamedNodeMap2(this.attribs);
              }
              return this.attributeMap;
            }
          });
          return XMLElement2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLElement.exports;
    }
    var XMLCData = { exports: {} };
    var XMLCharacterData = { exports: {} };
    var hasRequiredXMLCharacterData;
    function requireXMLCharacterData() {
      if (hasRequiredXMLCharacterData) return XMLCharacterData.exports;
      hasRequiredXMLCharacterData = 1;
      (function() {
        var XMLNode2;
        XMLNode2 = requireXMLNode();
        XMLCharacterData.exports = (function() {
          class XMLCharacterData2 extends XMLNode2 {
            // Initializes a new instance of `XMLCharacterData`
            constructor(parent) {
              super(parent);
              this.value = "";
            }
            // Creates and returns a deep clone of `this`
            clone() {
              return Object.create(this);
            }
            // DOM level 1 functions to be implemented later
            substringData(offset, count3) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            appendData(arg) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            insertData(offset, arg) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            deleteData(offset, count3) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            replaceData(offset, count3, arg) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            isEqualNode(node) {
              if (!super.isEqualNode(node)) {
                return false;
              }
              if (node.data !== this.data) {
                return false;
              }
              return true;
            }
          }
          Object.defineProperty(XMLCharacterData2.prototype, "data", {
            get: function() {
              return this.value;
            },
            set: function(value) {
              return this.value = value || "";
            }
          });
          Object.defineProperty(XMLCharacterData2.prototype, "length", {
            get: function() {
              return this.value.length;
            }
          });
          Object.defineProperty(XMLCharacterData2.prototype, "textContent", {
            get: function() {
              return this.value;
            },
            set: function(value) {
              return this.value = value || "";
            }
          });
          return XMLCharacterData2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLCharacterData.exports;
    }
    var hasRequiredXMLCData;
    function requireXMLCData() {
      if (hasRequiredXMLCData) return XMLCData.exports;
      hasRequiredXMLCData = 1;
      (function() {
        var NodeType2, XMLCharacterData2;
        NodeType2 = requireNodeType();
        XMLCharacterData2 = requireXMLCharacterData();
        XMLCData.exports = class XMLCData extends XMLCharacterData2 {
          // Initializes a new instance of `XMLCData`
          // `text` CDATA text
          constructor(parent, text) {
            super(parent);
            if (text == null) {
              throw new Error("Missing CDATA text. " + this.debugInfo());
            }
            this.name = "#cdata-section";
            this.type = NodeType2.CData;
            this.value = this.stringify.cdata(text);
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.cdata(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLCData.exports;
    }
    var XMLComment = { exports: {} };
    var hasRequiredXMLComment;
    function requireXMLComment() {
      if (hasRequiredXMLComment) return XMLComment.exports;
      hasRequiredXMLComment = 1;
      (function() {
        var NodeType2, XMLCharacterData2;
        NodeType2 = requireNodeType();
        XMLCharacterData2 = requireXMLCharacterData();
        XMLComment.exports = class XMLComment extends XMLCharacterData2 {
          // Initializes a new instance of `XMLComment`
          // `text` comment text
          constructor(parent, text) {
            super(parent);
            if (text == null) {
              throw new Error("Missing comment text. " + this.debugInfo());
            }
            this.name = "#comment";
            this.type = NodeType2.Comment;
            this.value = this.stringify.comment(text);
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.comment(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLComment.exports;
    }
    var XMLDeclaration = { exports: {} };
    var hasRequiredXMLDeclaration;
    function requireXMLDeclaration() {
      if (hasRequiredXMLDeclaration) return XMLDeclaration.exports;
      hasRequiredXMLDeclaration = 1;
      (function() {
        var NodeType2, XMLNode2, isObject2;
        ({ isObject: isObject2 } = requireUtility());
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDeclaration.exports = class XMLDeclaration extends XMLNode2 {
          // Initializes a new instance of `XMLDeclaration`
          // `parent` the document object
          // `version` A version number string, e.g. 1.0
          // `encoding` Encoding declaration, e.g. UTF-8
          // `standalone` standalone document declaration: true or false
          constructor(parent, version, encoding, standalone) {
            super(parent);
            if (isObject2(version)) {
              ({ version, encoding, standalone } = version);
            }
            if (!version) {
              version = "1.0";
            }
            this.type = NodeType2.Declaration;
            this.version = this.stringify.xmlVersion(version);
            if (encoding != null) {
              this.encoding = this.stringify.xmlEncoding(encoding);
            }
            if (standalone != null) {
              this.standalone = this.stringify.xmlStandalone(standalone);
            }
          }
          // Converts to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.declaration(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLDeclaration.exports;
    }
    var XMLDocType = { exports: {} };
    var XMLDTDAttList = { exports: {} };
    var hasRequiredXMLDTDAttList;
    function requireXMLDTDAttList() {
      if (hasRequiredXMLDTDAttList) return XMLDTDAttList.exports;
      hasRequiredXMLDTDAttList = 1;
      (function() {
        var NodeType2, XMLNode2;
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDTDAttList.exports = class XMLDTDAttList extends XMLNode2 {
          // Initializes a new instance of `XMLDTDAttList`
          // `parent` the parent `XMLDocType` element
          // `elementName` the name of the element containing this attribute
          // `attributeName` attribute name
          // `attributeType` type of the attribute
          // `defaultValueType` default value type (either #REQUIRED, #IMPLIED,
          //                    #FIXED or #DEFAULT)
          // `defaultValue` default value of the attribute
          //                (only used for #FIXED or #DEFAULT)
          constructor(parent, elementName, attributeName, attributeType, defaultValueType, defaultValue) {
            super(parent);
            if (elementName == null) {
              throw new Error("Missing DTD element name. " + this.debugInfo());
            }
            if (attributeName == null) {
              throw new Error("Missing DTD attribute name. " + this.debugInfo(elementName));
            }
            if (!attributeType) {
              throw new Error("Missing DTD attribute type. " + this.debugInfo(elementName));
            }
            if (!defaultValueType) {
              throw new Error("Missing DTD attribute default. " + this.debugInfo(elementName));
            }
            if (defaultValueType.indexOf("#") !== 0) {
              defaultValueType = "#" + defaultValueType;
            }
            if (!defaultValueType.match(/^(#REQUIRED|#IMPLIED|#FIXED|#DEFAULT)$/)) {
              throw new Error("Invalid default value type; expected: #REQUIRED, #IMPLIED, #FIXED or #DEFAULT. " + this.debugInfo(elementName));
            }
            if (defaultValue && !defaultValueType.match(/^(#FIXED|#DEFAULT)$/)) {
              throw new Error("Default value only applies to #FIXED or #DEFAULT. " + this.debugInfo(elementName));
            }
            this.elementName = this.stringify.name(elementName);
            this.type = NodeType2.AttributeDeclaration;
            this.attributeName = this.stringify.name(attributeName);
            this.attributeType = this.stringify.dtdAttType(attributeType);
            if (defaultValue) {
              this.defaultValue = this.stringify.dtdAttDefault(defaultValue);
            }
            this.defaultValueType = defaultValueType;
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.dtdAttList(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLDTDAttList.exports;
    }
    var XMLDTDEntity = { exports: {} };
    var hasRequiredXMLDTDEntity;
    function requireXMLDTDEntity() {
      if (hasRequiredXMLDTDEntity) return XMLDTDEntity.exports;
      hasRequiredXMLDTDEntity = 1;
      (function() {
        var NodeType2, XMLNode2, isObject2;
        ({ isObject: isObject2 } = requireUtility());
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDTDEntity.exports = (function() {
          class XMLDTDEntity2 extends XMLNode2 {
            // Initializes a new instance of `XMLDTDEntity`
            // `parent` the parent `XMLDocType` element
            // `pe` whether this is a parameter entity or a general entity
            //      defaults to `false` (general entity)
            // `name` the name of the entity
            // `value` internal entity value or an object with external entity details
            // `value.pubID` public identifier
            // `value.sysID` system identifier
            // `value.nData` notation declaration
            constructor(parent, pe, name, value) {
              super(parent);
              if (name == null) {
                throw new Error("Missing DTD entity name. " + this.debugInfo(name));
              }
              if (value == null) {
                throw new Error("Missing DTD entity value. " + this.debugInfo(name));
              }
              this.pe = !!pe;
              this.name = this.stringify.name(name);
              this.type = NodeType2.EntityDeclaration;
              if (!isObject2(value)) {
                this.value = this.stringify.dtdEntityValue(value);
                this.internal = true;
              } else {
                if (!value.pubID && !value.sysID) {
                  throw new Error("Public and/or system identifiers are required for an external entity. " + this.debugInfo(name));
                }
                if (value.pubID && !value.sysID) {
                  throw new Error("System identifier is required for a public external entity. " + this.debugInfo(name));
                }
                this.internal = false;
                if (value.pubID != null) {
                  this.pubID = this.stringify.dtdPubID(value.pubID);
                }
                if (value.sysID != null) {
                  this.sysID = this.stringify.dtdSysID(value.sysID);
                }
                if (value.nData != null) {
                  this.nData = this.stringify.dtdNData(value.nData);
                }
                if (this.pe && this.nData) {
                  throw new Error("Notation declaration is not allowed in a parameter entity. " + this.debugInfo(name));
                }
              }
            }
            // Converts the XML fragment to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.dtdEntity(this, this.options.writer.filterOptions(options));
            }
          }
          Object.defineProperty(XMLDTDEntity2.prototype, "publicId", {
            get: function() {
              return this.pubID;
            }
          });
          Object.defineProperty(XMLDTDEntity2.prototype, "systemId", {
            get: function() {
              return this.sysID;
            }
          });
          Object.defineProperty(XMLDTDEntity2.prototype, "notationName", {
            get: function() {
              return this.nData || null;
            }
          });
          Object.defineProperty(XMLDTDEntity2.prototype, "inputEncoding", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDTDEntity2.prototype, "xmlEncoding", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDTDEntity2.prototype, "xmlVersion", {
            get: function() {
              return null;
            }
          });
          return XMLDTDEntity2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDTDEntity.exports;
    }
    var XMLDTDElement = { exports: {} };
    var hasRequiredXMLDTDElement;
    function requireXMLDTDElement() {
      if (hasRequiredXMLDTDElement) return XMLDTDElement.exports;
      hasRequiredXMLDTDElement = 1;
      (function() {
        var NodeType2, XMLNode2;
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDTDElement.exports = class XMLDTDElement extends XMLNode2 {
          // Initializes a new instance of `XMLDTDElement`
          // `parent` the parent `XMLDocType` element
          // `name` element name
          // `value` element content (defaults to #PCDATA)
          constructor(parent, name, value) {
            super(parent);
            if (name == null) {
              throw new Error("Missing DTD element name. " + this.debugInfo());
            }
            if (!value) {
              value = "(#PCDATA)";
            }
            if (Array.isArray(value)) {
              value = "(" + value.join(",") + ")";
            }
            this.name = this.stringify.name(name);
            this.type = NodeType2.ElementDeclaration;
            this.value = this.stringify.dtdElementValue(value);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.dtdElement(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLDTDElement.exports;
    }
    var XMLDTDNotation = { exports: {} };
    var hasRequiredXMLDTDNotation;
    function requireXMLDTDNotation() {
      if (hasRequiredXMLDTDNotation) return XMLDTDNotation.exports;
      hasRequiredXMLDTDNotation = 1;
      (function() {
        var NodeType2, XMLNode2;
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDTDNotation.exports = (function() {
          class XMLDTDNotation2 extends XMLNode2 {
            // Initializes a new instance of `XMLDTDNotation`
            // `parent` the parent `XMLDocType` element
            // `name` the name of the notation
            // `value` an object with external entity details
            // `value.pubID` public identifier
            // `value.sysID` system identifier
            constructor(parent, name, value) {
              super(parent);
              if (name == null) {
                throw new Error("Missing DTD notation name. " + this.debugInfo(name));
              }
              if (!value.pubID && !value.sysID) {
                throw new Error("Public or system identifiers are required for an external entity. " + this.debugInfo(name));
              }
              this.name = this.stringify.name(name);
              this.type = NodeType2.NotationDeclaration;
              if (value.pubID != null) {
                this.pubID = this.stringify.dtdPubID(value.pubID);
              }
              if (value.sysID != null) {
                this.sysID = this.stringify.dtdSysID(value.sysID);
              }
            }
            // Converts the XML fragment to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.dtdNotation(this, this.options.writer.filterOptions(options));
            }
          }
          Object.defineProperty(XMLDTDNotation2.prototype, "publicId", {
            get: function() {
              return this.pubID;
            }
          });
          Object.defineProperty(XMLDTDNotation2.prototype, "systemId", {
            get: function() {
              return this.sysID;
            }
          });
          return XMLDTDNotation2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDTDNotation.exports;
    }
    var hasRequiredXMLDocType;
    function requireXMLDocType() {
      if (hasRequiredXMLDocType) return XMLDocType.exports;
      hasRequiredXMLDocType = 1;
      (function() {
        var NodeType2, XMLDTDAttList2, XMLDTDElement2, XMLDTDEntity2, XMLDTDNotation2, XMLNamedNodeMap2, XMLNode2, isObject2;
        ({ isObject: isObject2 } = requireUtility());
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDTDAttList2 = requireXMLDTDAttList();
        XMLDTDEntity2 = requireXMLDTDEntity();
        XMLDTDElement2 = requireXMLDTDElement();
        XMLDTDNotation2 = requireXMLDTDNotation();
        XMLNamedNodeMap2 = requireXMLNamedNodeMap();
        XMLDocType.exports = (function() {
          class XMLDocType2 extends XMLNode2 {
            // Initializes a new instance of `XMLDocType`
            // `parent` the document object
            // `pubID` public identifier of the external subset
            // `sysID` system identifier of the external subset
            constructor(parent, pubID, sysID) {
              var child, i2, len, ref;
              super(parent);
              this.type = NodeType2.DocType;
              if (parent.children) {
                ref = parent.children;
                for (i2 = 0, len = ref.length; i2 < len; i2++) {
                  child = ref[i2];
                  if (child.type === NodeType2.Element) {
                    this.name = child.name;
                    break;
                  }
                }
              }
              this.documentObject = parent;
              if (isObject2(pubID)) {
                ({ pubID, sysID } = pubID);
              }
              if (sysID == null) {
                [sysID, pubID] = [pubID, sysID];
              }
              if (pubID != null) {
                this.pubID = this.stringify.dtdPubID(pubID);
              }
              if (sysID != null) {
                this.sysID = this.stringify.dtdSysID(sysID);
              }
            }
            // Creates an element type declaration
            // `name` element name
            // `value` element content (defaults to #PCDATA)
            element(name, value) {
              var child;
              child = new XMLDTDElement2(this, name, value);
              this.children.push(child);
              return this;
            }
            // Creates an attribute declaration
            // `elementName` the name of the element containing this attribute
            // `attributeName` attribute name
            // `attributeType` type of the attribute (defaults to CDATA)
            // `defaultValueType` default value type (either #REQUIRED, #IMPLIED, #FIXED or
            //                    #DEFAULT) (defaults to #IMPLIED)
            // `defaultValue` default value of the attribute
            //                (only used for #FIXED or #DEFAULT)
            attList(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
              var child;
              child = new XMLDTDAttList2(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
              this.children.push(child);
              return this;
            }
            // Creates a general entity declaration
            // `name` the name of the entity
            // `value` internal entity value or an object with external entity details
            // `value.pubID` public identifier
            // `value.sysID` system identifier
            // `value.nData` notation declaration
            entity(name, value) {
              var child;
              child = new XMLDTDEntity2(this, false, name, value);
              this.children.push(child);
              return this;
            }
            // Creates a parameter entity declaration
            // `name` the name of the entity
            // `value` internal entity value or an object with external entity details
            // `value.pubID` public identifier
            // `value.sysID` system identifier
            pEntity(name, value) {
              var child;
              child = new XMLDTDEntity2(this, true, name, value);
              this.children.push(child);
              return this;
            }
            // Creates a NOTATION declaration
            // `name` the name of the notation
            // `value` an object with external entity details
            // `value.pubID` public identifier
            // `value.sysID` system identifier
            notation(name, value) {
              var child;
              child = new XMLDTDNotation2(this, name, value);
              this.children.push(child);
              return this;
            }
            // Converts to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.docType(this, this.options.writer.filterOptions(options));
            }
            // Aliases
            ele(name, value) {
              return this.element(name, value);
            }
            att(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
              return this.attList(elementName, attributeName, attributeType, defaultValueType, defaultValue);
            }
            ent(name, value) {
              return this.entity(name, value);
            }
            pent(name, value) {
              return this.pEntity(name, value);
            }
            not(name, value) {
              return this.notation(name, value);
            }
            up() {
              return this.root() || this.documentObject;
            }
            isEqualNode(node) {
              if (!super.isEqualNode(node)) {
                return false;
              }
              if (node.name !== this.name) {
                return false;
              }
              if (node.publicId !== this.publicId) {
                return false;
              }
              if (node.systemId !== this.systemId) {
                return false;
              }
              return true;
            }
          }
          Object.defineProperty(XMLDocType2.prototype, "entities", {
            get: function() {
              var child, i2, len, nodes, ref;
              nodes = {};
              ref = this.children;
              for (i2 = 0, len = ref.length; i2 < len; i2++) {
                child = ref[i2];
                if (child.type === NodeType2.EntityDeclaration && !child.pe) {
                  nodes[child.name] = child;
                }
              }
              return new XMLNamedNodeMap2(nodes);
            }
          });
          Object.defineProperty(XMLDocType2.prototype, "notations", {
            get: function() {
              var child, i2, len, nodes, ref;
              nodes = {};
              ref = this.children;
              for (i2 = 0, len = ref.length; i2 < len; i2++) {
                child = ref[i2];
                if (child.type === NodeType2.NotationDeclaration) {
                  nodes[child.name] = child;
                }
              }
              return new XMLNamedNodeMap2(nodes);
            }
          });
          Object.defineProperty(XMLDocType2.prototype, "publicId", {
            get: function() {
              return this.pubID;
            }
          });
          Object.defineProperty(XMLDocType2.prototype, "systemId", {
            get: function() {
              return this.sysID;
            }
          });
          Object.defineProperty(XMLDocType2.prototype, "internalSubset", {
            get: function() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          return XMLDocType2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDocType.exports;
    }
    var XMLRaw = { exports: {} };
    var hasRequiredXMLRaw;
    function requireXMLRaw() {
      if (hasRequiredXMLRaw) return XMLRaw.exports;
      hasRequiredXMLRaw = 1;
      (function() {
        var NodeType2, XMLNode2;
        NodeType2 = requireNodeType();
        XMLNode2 = requireXMLNode();
        XMLRaw.exports = class XMLRaw extends XMLNode2 {
          // Initializes a new instance of `XMLRaw`
          // `text` raw text
          constructor(parent, text) {
            super(parent);
            if (text == null) {
              throw new Error("Missing raw text. " + this.debugInfo());
            }
            this.type = NodeType2.Raw;
            this.value = this.stringify.raw(text);
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.raw(this, this.options.writer.filterOptions(options));
          }
        };
      }).call(commonjsGlobal);
      return XMLRaw.exports;
    }
    var XMLText = { exports: {} };
    var hasRequiredXMLText;
    function requireXMLText() {
      if (hasRequiredXMLText) return XMLText.exports;
      hasRequiredXMLText = 1;
      (function() {
        var NodeType2, XMLCharacterData2;
        NodeType2 = requireNodeType();
        XMLCharacterData2 = requireXMLCharacterData();
        XMLText.exports = (function() {
          class XMLText2 extends XMLCharacterData2 {
            // Initializes a new instance of `XMLText`
            // `text` element text
            constructor(parent, text) {
              super(parent);
              if (text == null) {
                throw new Error("Missing element text. " + this.debugInfo());
              }
              this.name = "#text";
              this.type = NodeType2.Text;
              this.value = this.stringify.text(text);
            }
            // Creates and returns a deep clone of `this`
            clone() {
              return Object.create(this);
            }
            // Converts the XML fragment to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.text(this, this.options.writer.filterOptions(options));
            }
            // DOM level 1 functions to be implemented later
            splitText(offset) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM level 3 functions to be implemented later
            replaceWholeText(content) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          }
          Object.defineProperty(XMLText2.prototype, "isElementContentWhitespace", {
            get: function() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          Object.defineProperty(XMLText2.prototype, "wholeText", {
            get: function() {
              var next, prev, str;
              str = "";
              prev = this.previousSibling;
              while (prev) {
                str = prev.data + str;
                prev = prev.previousSibling;
              }
              str += this.data;
              next = this.nextSibling;
              while (next) {
                str = str + next.data;
                next = next.nextSibling;
              }
              return str;
            }
          });
          return XMLText2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLText.exports;
    }
    var XMLProcessingInstruction = { exports: {} };
    var hasRequiredXMLProcessingInstruction;
    function requireXMLProcessingInstruction() {
      if (hasRequiredXMLProcessingInstruction) return XMLProcessingInstruction.exports;
      hasRequiredXMLProcessingInstruction = 1;
      (function() {
        var NodeType2, XMLCharacterData2;
        NodeType2 = requireNodeType();
        XMLCharacterData2 = requireXMLCharacterData();
        XMLProcessingInstruction.exports = class XMLProcessingInstruction extends XMLCharacterData2 {
          // Initializes a new instance of `XMLProcessingInstruction`
          // `parent` the parent node
          // `target` instruction target
          // `value` instruction value
          constructor(parent, target, value) {
            super(parent);
            if (target == null) {
              throw new Error("Missing instruction target. " + this.debugInfo());
            }
            this.type = NodeType2.ProcessingInstruction;
            this.target = this.stringify.insTarget(target);
            this.name = this.target;
            if (value) {
              this.value = this.stringify.insValue(value);
            }
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.processingInstruction(this, this.options.writer.filterOptions(options));
          }
          isEqualNode(node) {
            if (!super.isEqualNode(node)) {
              return false;
            }
            if (node.target !== this.target) {
              return false;
            }
            return true;
          }
        };
      }).call(commonjsGlobal);
      return XMLProcessingInstruction.exports;
    }
    var XMLDummy = { exports: {} };
    var hasRequiredXMLDummy;
    function requireXMLDummy() {
      if (hasRequiredXMLDummy) return XMLDummy.exports;
      hasRequiredXMLDummy = 1;
      (function() {
        var NodeType2, XMLNode2;
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLDummy.exports = class XMLDummy extends XMLNode2 {
          // Initializes a new instance of `XMLDummy`
          // `XMLDummy` is a special node representing a node with 
          // a null value. Dummy nodes are created while recursively
          // building the XML tree. Simply skipping null values doesn't
          // work because that would break the recursive chain.
          constructor(parent) {
            super(parent);
            this.type = NodeType2.Dummy;
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return "";
          }
        };
      }).call(commonjsGlobal);
      return XMLDummy.exports;
    }
    var XMLNodeList = { exports: {} };
    var hasRequiredXMLNodeList;
    function requireXMLNodeList() {
      if (hasRequiredXMLNodeList) return XMLNodeList.exports;
      hasRequiredXMLNodeList = 1;
      (function() {
        XMLNodeList.exports = (function() {
          class XMLNodeList2 {
            // Initializes a new instance of `XMLNodeList`
            // This is just a wrapper around an ordinary
            // JS array.
            // `nodes` the array containing nodes.
            constructor(nodes) {
              this.nodes = nodes;
            }
            // Creates and returns a deep clone of `this`
            clone() {
              return this.nodes = null;
            }
            // DOM Level 1
            item(index2) {
              return this.nodes[index2] || null;
            }
          }
          Object.defineProperty(XMLNodeList2.prototype, "length", {
            get: function() {
              return this.nodes.length || 0;
            }
          });
          return XMLNodeList2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLNodeList.exports;
    }
    var DocumentPosition = { exports: {} };
    var hasRequiredDocumentPosition;
    function requireDocumentPosition() {
      if (hasRequiredDocumentPosition) return DocumentPosition.exports;
      hasRequiredDocumentPosition = 1;
      (function() {
        DocumentPosition.exports = {
          Disconnected: 1,
          Preceding: 2,
          Following: 4,
          Contains: 8,
          ContainedBy: 16,
          ImplementationSpecific: 32
        };
      }).call(commonjsGlobal);
      return DocumentPosition.exports;
    }
    var hasRequiredXMLNode;
    function requireXMLNode() {
      if (hasRequiredXMLNode) return XMLNode.exports;
      hasRequiredXMLNode = 1;
      (function() {
        var DocumentPosition2, NodeType2, XMLCData2, XMLComment2, XMLDeclaration2, XMLDocType2, XMLDummy2, XMLElement2, XMLNodeList2, XMLProcessingInstruction2, XMLRaw2, XMLText2, getValue, isEmpty, isFunction, isObject2, hasProp = {}.hasOwnProperty, splice = [].splice;
        ({ isObject: isObject2, isFunction, isEmpty, getValue } = requireUtility());
        XMLElement2 = null;
        XMLCData2 = null;
        XMLComment2 = null;
        XMLDeclaration2 = null;
        XMLDocType2 = null;
        XMLRaw2 = null;
        XMLText2 = null;
        XMLProcessingInstruction2 = null;
        XMLDummy2 = null;
        NodeType2 = null;
        XMLNodeList2 = null;
        DocumentPosition2 = null;
        XMLNode.exports = (function() {
          class XMLNode2 {
            // Initializes a new instance of `XMLNode`
            // `parent` the parent node
            constructor(parent1) {
              this.parent = parent1;
              if (this.parent) {
                this.options = this.parent.options;
                this.stringify = this.parent.stringify;
              }
              this.value = null;
              this.children = [];
              this.baseURI = null;
              if (!XMLElement2) {
                XMLElement2 = requireXMLElement();
                XMLCData2 = requireXMLCData();
                XMLComment2 = requireXMLComment();
                XMLDeclaration2 = requireXMLDeclaration();
                XMLDocType2 = requireXMLDocType();
                XMLRaw2 = requireXMLRaw();
                XMLText2 = requireXMLText();
                XMLProcessingInstruction2 = requireXMLProcessingInstruction();
                XMLDummy2 = requireXMLDummy();
                NodeType2 = requireNodeType();
                XMLNodeList2 = requireXMLNodeList();
                requireXMLNamedNodeMap();
                DocumentPosition2 = requireDocumentPosition();
              }
            }
            // Sets the parent node of this node and its children recursively
            // `parent` the parent node
            setParent(parent) {
              var child, j, len, ref1, results;
              this.parent = parent;
              if (parent) {
                this.options = parent.options;
                this.stringify = parent.stringify;
              }
              ref1 = this.children;
              results = [];
              for (j = 0, len = ref1.length; j < len; j++) {
                child = ref1[j];
                results.push(child.setParent(this));
              }
              return results;
            }
            // Creates a child element node
            // `name` node name or an object describing the XML tree
            // `attributes` an object containing name/value pairs of attributes
            // `text` element text
            element(name, attributes, text) {
              var childNode, item, j, k, key, lastChild, len, len1, val;
              lastChild = null;
              if (attributes === null && text == null) {
                [attributes, text] = [{}, null];
              }
              if (attributes == null) {
                attributes = {};
              }
              attributes = getValue(attributes);
              if (!isObject2(attributes)) {
                [text, attributes] = [attributes, text];
              }
              if (name != null) {
                name = getValue(name);
              }
              if (Array.isArray(name)) {
                for (j = 0, len = name.length; j < len; j++) {
                  item = name[j];
                  lastChild = this.element(item);
                }
              } else if (isFunction(name)) {
                lastChild = this.element(name.apply());
              } else if (isObject2(name)) {
                for (key in name) {
                  if (!hasProp.call(name, key)) continue;
                  val = name[key];
                  if (isFunction(val)) {
                    val = val.apply();
                  }
                  if (!this.options.ignoreDecorators && this.stringify.convertAttKey && key.indexOf(this.stringify.convertAttKey) === 0) {
                    lastChild = this.attribute(key.substr(this.stringify.convertAttKey.length), val);
                  } else if (!this.options.separateArrayItems && Array.isArray(val) && isEmpty(val)) {
                    lastChild = this.dummy();
                  } else if (isObject2(val) && isEmpty(val)) {
                    lastChild = this.element(key);
                  } else if (!this.options.keepNullNodes && val == null) {
                    lastChild = this.dummy();
                  } else if (!this.options.separateArrayItems && Array.isArray(val)) {
                    for (k = 0, len1 = val.length; k < len1; k++) {
                      item = val[k];
                      childNode = {};
                      childNode[key] = item;
                      lastChild = this.element(childNode);
                    }
                  } else if (isObject2(val)) {
                    if (!this.options.ignoreDecorators && this.stringify.convertTextKey && key.indexOf(this.stringify.convertTextKey) === 0) {
                      lastChild = this.element(val);
                    } else {
                      lastChild = this.element(key);
                      lastChild.element(val);
                    }
                  } else {
                    lastChild = this.element(key, val);
                  }
                }
              } else if (!this.options.keepNullNodes && text === null) {
                lastChild = this.dummy();
              } else {
                if (!this.options.ignoreDecorators && this.stringify.convertTextKey && name.indexOf(this.stringify.convertTextKey) === 0) {
                  lastChild = this.text(text);
                } else if (!this.options.ignoreDecorators && this.stringify.convertCDataKey && name.indexOf(this.stringify.convertCDataKey) === 0) {
                  lastChild = this.cdata(text);
                } else if (!this.options.ignoreDecorators && this.stringify.convertCommentKey && name.indexOf(this.stringify.convertCommentKey) === 0) {
                  lastChild = this.comment(text);
                } else if (!this.options.ignoreDecorators && this.stringify.convertRawKey && name.indexOf(this.stringify.convertRawKey) === 0) {
                  lastChild = this.raw(text);
                } else if (!this.options.ignoreDecorators && this.stringify.convertPIKey && name.indexOf(this.stringify.convertPIKey) === 0) {
                  lastChild = this.instruction(name.substr(this.stringify.convertPIKey.length), text);
                } else {
                  lastChild = this.node(name, attributes, text);
                }
              }
              if (lastChild == null) {
                throw new Error("Could not create any elements with: " + name + ". " + this.debugInfo());
              }
              return lastChild;
            }
            // Creates a child element node before the current node
            // `name` node name or an object describing the XML tree
            // `attributes` an object containing name/value pairs of attributes
            // `text` element text
            insertBefore(name, attributes, text) {
              var child, i2, newChild, refChild, removed;
              if (name != null ? name.type : void 0) {
                newChild = name;
                refChild = attributes;
                newChild.setParent(this);
                if (refChild) {
                  i2 = children.indexOf(refChild);
                  removed = children.splice(i2);
                  children.push(newChild);
                  Array.prototype.push.apply(children, removed);
                } else {
                  children.push(newChild);
                }
                return newChild;
              } else {
                if (this.isRoot) {
                  throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
                }
                i2 = this.parent.children.indexOf(this);
                removed = this.parent.children.splice(i2);
                child = this.parent.element(name, attributes, text);
                Array.prototype.push.apply(this.parent.children, removed);
                return child;
              }
            }
            // Creates a child element node after the current node
            // `name` node name or an object describing the XML tree
            // `attributes` an object containing name/value pairs of attributes
            // `text` element text
            insertAfter(name, attributes, text) {
              var child, i2, removed;
              if (this.isRoot) {
                throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
              }
              i2 = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i2 + 1);
              child = this.parent.element(name, attributes, text);
              Array.prototype.push.apply(this.parent.children, removed);
              return child;
            }
            // Deletes a child element node
            remove() {
              var i2;
              if (this.isRoot) {
                throw new Error("Cannot remove the root element. " + this.debugInfo());
              }
              i2 = this.parent.children.indexOf(this);
              splice.apply(this.parent.children, [i2, i2 - i2 + 1].concat([]));
              return this.parent;
            }
            // Creates a node
            // `name` name of the node
            // `attributes` an object containing name/value pairs of attributes
            // `text` element text
            node(name, attributes, text) {
              var child;
              if (name != null) {
                name = getValue(name);
              }
              attributes || (attributes = {});
              attributes = getValue(attributes);
              if (!isObject2(attributes)) {
                [text, attributes] = [attributes, text];
              }
              child = new XMLElement2(this, name, attributes);
              if (text != null) {
                child.text(text);
              }
              this.children.push(child);
              return child;
            }
            // Creates a text node
            // `value` element text
            text(value) {
              var child;
              if (isObject2(value)) {
                this.element(value);
              }
              child = new XMLText2(this, value);
              this.children.push(child);
              return this;
            }
            // Creates a CDATA node
            // `value` element text without CDATA delimiters
            cdata(value) {
              var child;
              child = new XMLCData2(this, value);
              this.children.push(child);
              return this;
            }
            // Creates a comment node
            // `value` comment text
            comment(value) {
              var child;
              child = new XMLComment2(this, value);
              this.children.push(child);
              return this;
            }
            // Creates a comment node before the current node
            // `value` comment text
            commentBefore(value) {
              var i2, removed;
              i2 = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i2);
              this.parent.comment(value);
              Array.prototype.push.apply(this.parent.children, removed);
              return this;
            }
            // Creates a comment node after the current node
            // `value` comment text
            commentAfter(value) {
              var i2, removed;
              i2 = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i2 + 1);
              this.parent.comment(value);
              Array.prototype.push.apply(this.parent.children, removed);
              return this;
            }
            // Adds unescaped raw text
            // `value` text
            raw(value) {
              var child;
              child = new XMLRaw2(this, value);
              this.children.push(child);
              return this;
            }
            // Adds a dummy node
            dummy() {
              var child;
              child = new XMLDummy2(this);
              return child;
            }
            // Adds a processing instruction
            // `target` instruction target
            // `value` instruction value
            instruction(target, value) {
              var insTarget, insValue, instruction, j, len;
              if (target != null) {
                target = getValue(target);
              }
              if (value != null) {
                value = getValue(value);
              }
              if (Array.isArray(target)) {
                for (j = 0, len = target.length; j < len; j++) {
                  insTarget = target[j];
                  this.instruction(insTarget);
                }
              } else if (isObject2(target)) {
                for (insTarget in target) {
                  if (!hasProp.call(target, insTarget)) continue;
                  insValue = target[insTarget];
                  this.instruction(insTarget, insValue);
                }
              } else {
                if (isFunction(value)) {
                  value = value.apply();
                }
                instruction = new XMLProcessingInstruction2(this, target, value);
                this.children.push(instruction);
              }
              return this;
            }
            // Creates a processing instruction node before the current node
            // `target` instruction target
            // `value` instruction value
            instructionBefore(target, value) {
              var i2, removed;
              i2 = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i2);
              this.parent.instruction(target, value);
              Array.prototype.push.apply(this.parent.children, removed);
              return this;
            }
            // Creates a processing instruction node after the current node
            // `target` instruction target
            // `value` instruction value
            instructionAfter(target, value) {
              var i2, removed;
              i2 = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i2 + 1);
              this.parent.instruction(target, value);
              Array.prototype.push.apply(this.parent.children, removed);
              return this;
            }
            // Creates the xml declaration
            // `version` A version number string, e.g. 1.0
            // `encoding` Encoding declaration, e.g. UTF-8
            // `standalone` standalone document declaration: true or false
            declaration(version, encoding, standalone) {
              var doc, xmldec;
              doc = this.document();
              xmldec = new XMLDeclaration2(doc, version, encoding, standalone);
              if (doc.children.length === 0) {
                doc.children.unshift(xmldec);
              } else if (doc.children[0].type === NodeType2.Declaration) {
                doc.children[0] = xmldec;
              } else {
                doc.children.unshift(xmldec);
              }
              return doc.root() || doc;
            }
            // Creates the document type declaration
            // `pubID` the public identifier of the external subset
            // `sysID` the system identifier of the external subset
            dtd(pubID, sysID) {
              var child, doc, doctype, i2, j, k, len, len1, ref1, ref2;
              doc = this.document();
              doctype = new XMLDocType2(doc, pubID, sysID);
              ref1 = doc.children;
              for (i2 = j = 0, len = ref1.length; j < len; i2 = ++j) {
                child = ref1[i2];
                if (child.type === NodeType2.DocType) {
                  doc.children[i2] = doctype;
                  return doctype;
                }
              }
              ref2 = doc.children;
              for (i2 = k = 0, len1 = ref2.length; k < len1; i2 = ++k) {
                child = ref2[i2];
                if (child.isRoot) {
                  doc.children.splice(i2, 0, doctype);
                  return doctype;
                }
              }
              doc.children.push(doctype);
              return doctype;
            }
            // Gets the parent node
            up() {
              if (this.isRoot) {
                throw new Error("The root node has no parent. Use doc() if you need to get the document object.");
              }
              return this.parent;
            }
            // Gets the root node
            root() {
              var node;
              node = this;
              while (node) {
                if (node.type === NodeType2.Document) {
                  return node.rootObject;
                } else if (node.isRoot) {
                  return node;
                } else {
                  node = node.parent;
                }
              }
            }
            // Gets the node representing the XML document
            document() {
              var node;
              node = this;
              while (node) {
                if (node.type === NodeType2.Document) {
                  return node;
                } else {
                  node = node.parent;
                }
              }
            }
            // Ends the document and converts string
            end(options) {
              return this.document().end(options);
            }
            // Gets the previous node
            prev() {
              var i2;
              i2 = this.parent.children.indexOf(this);
              if (i2 < 1) {
                throw new Error("Already at the first node. " + this.debugInfo());
              }
              return this.parent.children[i2 - 1];
            }
            // Gets the next node
            next() {
              var i2;
              i2 = this.parent.children.indexOf(this);
              if (i2 === -1 || i2 === this.parent.children.length - 1) {
                throw new Error("Already at the last node. " + this.debugInfo());
              }
              return this.parent.children[i2 + 1];
            }
            // Imports cloned root from another XML document
            // `doc` the XML document to insert nodes from
            importDocument(doc) {
              var child, clonedRoot, j, len, ref1;
              clonedRoot = doc.root().clone();
              clonedRoot.parent = this;
              clonedRoot.isRoot = false;
              this.children.push(clonedRoot);
              if (this.type === NodeType2.Document) {
                clonedRoot.isRoot = true;
                clonedRoot.documentObject = this;
                this.rootObject = clonedRoot;
                if (this.children) {
                  ref1 = this.children;
                  for (j = 0, len = ref1.length; j < len; j++) {
                    child = ref1[j];
                    if (child.type === NodeType2.DocType) {
                      child.name = clonedRoot.name;
                      break;
                    }
                  }
                }
              }
              return this;
            }
            // Returns debug string for this node
            debugInfo(name) {
              var ref1, ref2;
              name = name || this.name;
              if (name == null && !((ref1 = this.parent) != null ? ref1.name : void 0)) {
                return "";
              } else if (name == null) {
                return "parent: <" + this.parent.name + ">";
              } else if (!((ref2 = this.parent) != null ? ref2.name : void 0)) {
                return "node: <" + name + ">";
              } else {
                return "node: <" + name + ">, parent: <" + this.parent.name + ">";
              }
            }
            // Aliases
            ele(name, attributes, text) {
              return this.element(name, attributes, text);
            }
            nod(name, attributes, text) {
              return this.node(name, attributes, text);
            }
            txt(value) {
              return this.text(value);
            }
            dat(value) {
              return this.cdata(value);
            }
            com(value) {
              return this.comment(value);
            }
            ins(target, value) {
              return this.instruction(target, value);
            }
            doc() {
              return this.document();
            }
            dec(version, encoding, standalone) {
              return this.declaration(version, encoding, standalone);
            }
            e(name, attributes, text) {
              return this.element(name, attributes, text);
            }
            n(name, attributes, text) {
              return this.node(name, attributes, text);
            }
            t(value) {
              return this.text(value);
            }
            d(value) {
              return this.cdata(value);
            }
            c(value) {
              return this.comment(value);
            }
            r(value) {
              return this.raw(value);
            }
            i(target, value) {
              return this.instruction(target, value);
            }
            u() {
              return this.up();
            }
            // can be deprecated in a future release
            importXMLBuilder(doc) {
              return this.importDocument(doc);
            }
            // Adds or modifies an attribute.
            // `name` attribute name
            // `value` attribute value
            attribute(name, value) {
              throw new Error("attribute() applies to element nodes only.");
            }
            att(name, value) {
              return this.attribute(name, value);
            }
            a(name, value) {
              return this.attribute(name, value);
            }
            // Removes an attribute
            // `name` attribute name
            removeAttribute(name) {
              throw new Error("attribute() applies to element nodes only.");
            }
            // DOM level 1 functions to be implemented later
            replaceChild(newChild, oldChild) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            removeChild(oldChild) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            appendChild(newChild) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            hasChildNodes() {
              return this.children.length !== 0;
            }
            cloneNode(deep) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            normalize() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM level 2
            isSupported(feature, version) {
              return true;
            }
            hasAttributes() {
              return this.attribs.length !== 0;
            }
            // DOM level 3 functions to be implemented later
            compareDocumentPosition(other) {
              var ref, res;
              ref = this;
              if (ref === other) {
                return 0;
              } else if (this.document() !== other.document()) {
                res = DocumentPosition2.Disconnected | DocumentPosition2.ImplementationSpecific;
                if (Math.random() < 0.5) {
                  res |= DocumentPosition2.Preceding;
                } else {
                  res |= DocumentPosition2.Following;
                }
                return res;
              } else if (ref.isAncestor(other)) {
                return DocumentPosition2.Contains | DocumentPosition2.Preceding;
              } else if (ref.isDescendant(other)) {
                return DocumentPosition2.Contains | DocumentPosition2.Following;
              } else if (ref.isPreceding(other)) {
                return DocumentPosition2.Preceding;
              } else {
                return DocumentPosition2.Following;
              }
            }
            isSameNode(other) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            lookupPrefix(namespaceURI) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            isDefaultNamespace(namespaceURI) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            lookupNamespaceURI(prefix) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            isEqualNode(node) {
              var i2, j, ref1;
              if (node.nodeType !== this.nodeType) {
                return false;
              }
              if (node.children.length !== this.children.length) {
                return false;
              }
              for (i2 = j = 0, ref1 = this.children.length - 1; 0 <= ref1 ? j <= ref1 : j >= ref1; i2 = 0 <= ref1 ? ++j : --j) {
                if (!this.children[i2].isEqualNode(node.children[i2])) {
                  return false;
                }
              }
              return true;
            }
            getFeature(feature, version) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            setUserData(key, data, handler) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getUserData(key) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // Returns true if other is an inclusive descendant of node,
            // and false otherwise.
            contains(other) {
              if (!other) {
                return false;
              }
              return other === this || this.isDescendant(other);
            }
            // An object A is called a descendant of an object B, if either A is 
            // a child of B or A is a child of an object C that is a descendant of B.
            isDescendant(node) {
              var child, isDescendantChild, j, len, ref1;
              ref1 = this.children;
              for (j = 0, len = ref1.length; j < len; j++) {
                child = ref1[j];
                if (node === child) {
                  return true;
                }
                isDescendantChild = child.isDescendant(node);
                if (isDescendantChild) {
                  return true;
                }
              }
              return false;
            }
            // An object A is called an ancestor of an object B if and only if
            // B is a descendant of A.
            isAncestor(node) {
              return node.isDescendant(this);
            }
            // An object A is preceding an object B if A and B are in the 
            // same tree and A comes before B in tree order.
            isPreceding(node) {
              var nodePos, thisPos;
              nodePos = this.treePosition(node);
              thisPos = this.treePosition(this);
              if (nodePos === -1 || thisPos === -1) {
                return false;
              } else {
                return nodePos < thisPos;
              }
            }
            // An object A is folllowing an object B if A and B are in the 
            // same tree and A comes after B in tree order.
            isFollowing(node) {
              var nodePos, thisPos;
              nodePos = this.treePosition(node);
              thisPos = this.treePosition(this);
              if (nodePos === -1 || thisPos === -1) {
                return false;
              } else {
                return nodePos > thisPos;
              }
            }
            // Returns the preorder position of the given node in the tree, or -1
            // if the node is not in the tree.
            treePosition(node) {
              var found, pos;
              pos = 0;
              found = false;
              this.foreachTreeNode(this.document(), function(childNode) {
                pos++;
                if (!found && childNode === node) {
                  return found = true;
                }
              });
              if (found) {
                return pos;
              } else {
                return -1;
              }
            }
            // Depth-first preorder traversal through the XML tree
            foreachTreeNode(node, func) {
              var child, j, len, ref1, res;
              node || (node = this.document());
              ref1 = node.children;
              for (j = 0, len = ref1.length; j < len; j++) {
                child = ref1[j];
                if (res = func(child)) {
                  return res;
                } else {
                  res = this.foreachTreeNode(child, func);
                  if (res) {
                    return res;
                  }
                }
              }
            }
          }
          Object.defineProperty(XMLNode2.prototype, "nodeName", {
            get: function() {
              return this.name;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "nodeType", {
            get: function() {
              return this.type;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "nodeValue", {
            get: function() {
              return this.value;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "parentNode", {
            get: function() {
              return this.parent;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "childNodes", {
            get: function() {
              if (!this.childNodeList || !this.childNodeList.nodes) {
                this.childNodeList = new XMLNodeList2(this.children);
              }
              return this.childNodeList;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "firstChild", {
            get: function() {
              return this.children[0] || null;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "lastChild", {
            get: function() {
              return this.children[this.children.length - 1] || null;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "previousSibling", {
            get: function() {
              var i2;
              i2 = this.parent.children.indexOf(this);
              return this.parent.children[i2 - 1] || null;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "nextSibling", {
            get: function() {
              var i2;
              i2 = this.parent.children.indexOf(this);
              return this.parent.children[i2 + 1] || null;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "ownerDocument", {
            get: function() {
              return this.document() || null;
            }
          });
          Object.defineProperty(XMLNode2.prototype, "textContent", {
            get: function() {
              var child, j, len, ref1, str;
              if (this.nodeType === NodeType2.Element || this.nodeType === NodeType2.DocumentFragment) {
                str = "";
                ref1 = this.children;
                for (j = 0, len = ref1.length; j < len; j++) {
                  child = ref1[j];
                  if (child.textContent) {
                    str += child.textContent;
                  }
                }
                return str;
              } else {
                return null;
              }
            },
            set: function(value) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          });
          return XMLNode2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLNode.exports;
    }
    var XMLStringifier = { exports: {} };
    var hasRequiredXMLStringifier;
    function requireXMLStringifier() {
      if (hasRequiredXMLStringifier) return XMLStringifier.exports;
      hasRequiredXMLStringifier = 1;
      (function() {
        var hasProp = {}.hasOwnProperty;
        XMLStringifier.exports = (function() {
          class XMLStringifier2 {
            // Initializes a new instance of `XMLStringifier`
            // `options.version` The version number string of the XML spec to validate against, e.g. 1.0
            // `options.noDoubleEncoding` whether existing html entities are encoded: true or false
            // `options.stringify` a set of functions to use for converting values to strings
            // `options.noValidation` whether values will be validated and escaped or returned as is
            // `options.invalidCharReplacement` a character to replace invalid characters and disable character validation
            constructor(options) {
              var key, ref, value;
              this.assertLegalChar = this.assertLegalChar.bind(this);
              this.assertLegalName = this.assertLegalName.bind(this);
              options || (options = {});
              this.options = options;
              if (!this.options.version) {
                this.options.version = "1.0";
              }
              ref = options.stringify || {};
              for (key in ref) {
                if (!hasProp.call(ref, key)) continue;
                value = ref[key];
                this[key] = value;
              }
            }
            // Defaults
            name(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalName("" + val || "");
            }
            text(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar(this.textEscape("" + val || ""));
            }
            cdata(val) {
              if (this.options.noValidation) {
                return val;
              }
              val = "" + val || "";
              val = val.replace("]]>", "]]]]><![CDATA[>");
              return this.assertLegalChar(val);
            }
            comment(val) {
              if (this.options.noValidation) {
                return val;
              }
              val = "" + val || "";
              if (val.match(/--/)) {
                throw new Error("Comment text cannot contain double-hypen: " + val);
              }
              return this.assertLegalChar(val);
            }
            raw(val) {
              if (this.options.noValidation) {
                return val;
              }
              return "" + val || "";
            }
            attValue(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar(this.attEscape(val = "" + val || ""));
            }
            insTarget(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            insValue(val) {
              if (this.options.noValidation) {
                return val;
              }
              val = "" + val || "";
              if (val.match(/\?>/)) {
                throw new Error("Invalid processing instruction value: " + val);
              }
              return this.assertLegalChar(val);
            }
            xmlVersion(val) {
              if (this.options.noValidation) {
                return val;
              }
              val = "" + val || "";
              if (!val.match(/1\.[0-9]+/)) {
                throw new Error("Invalid version number: " + val);
              }
              return val;
            }
            xmlEncoding(val) {
              if (this.options.noValidation) {
                return val;
              }
              val = "" + val || "";
              if (!val.match(/^[A-Za-z](?:[A-Za-z0-9._-])*$/)) {
                throw new Error("Invalid encoding: " + val);
              }
              return this.assertLegalChar(val);
            }
            xmlStandalone(val) {
              if (this.options.noValidation) {
                return val;
              }
              if (val) {
                return "yes";
              } else {
                return "no";
              }
            }
            dtdPubID(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdSysID(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdElementValue(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdAttType(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdAttDefault(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdEntityValue(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            dtdNData(val) {
              if (this.options.noValidation) {
                return val;
              }
              return this.assertLegalChar("" + val || "");
            }
            assertLegalChar(str) {
              var regex, res;
              if (this.options.noValidation) {
                return str;
              }
              if (this.options.version === "1.0") {
                regex = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
                if (this.options.invalidCharReplacement !== void 0) {
                  str = str.replace(regex, this.options.invalidCharReplacement);
                } else if (res = str.match(regex)) {
                  throw new Error(`Invalid character in string: ${str} at index ${res.index}`);
                }
              } else if (this.options.version === "1.1") {
                regex = /[\0\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
                if (this.options.invalidCharReplacement !== void 0) {
                  str = str.replace(regex, this.options.invalidCharReplacement);
                } else if (res = str.match(regex)) {
                  throw new Error(`Invalid character in string: ${str} at index ${res.index}`);
                }
              }
              return str;
            }
            assertLegalName(str) {
              var regex;
              if (this.options.noValidation) {
                return str;
              }
              str = this.assertLegalChar(str);
              regex = /^([:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])([\x2D\.0-:A-Z_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/;
              if (!str.match(regex)) {
                throw new Error(`Invalid character in name: ${str}`);
              }
              return str;
            }
            // Escapes special characters in text
            // See http://www.w3.org/TR/2000/WD-xml-c14n-20000119.html#charescaping
            // `str` the string to escape
            textEscape(str) {
              var ampregex;
              if (this.options.noValidation) {
                return str;
              }
              ampregex = this.options.noDoubleEncoding ? /(?!&(lt|gt|amp|apos|quot);)&/g : /&/g;
              return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
            }
            // Escapes special characters in attribute values
            // See http://www.w3.org/TR/2000/WD-xml-c14n-20000119.html#charescaping
            // `str` the string to escape
            attEscape(str) {
              var ampregex;
              if (this.options.noValidation) {
                return str;
              }
              ampregex = this.options.noDoubleEncoding ? /(?!&(lt|gt|amp|apos|quot);)&/g : /&/g;
              return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");
            }
          }
          XMLStringifier2.prototype.convertAttKey = "@";
          XMLStringifier2.prototype.convertPIKey = "?";
          XMLStringifier2.prototype.convertTextKey = "#text";
          XMLStringifier2.prototype.convertCDataKey = "#cdata";
          XMLStringifier2.prototype.convertCommentKey = "#comment";
          XMLStringifier2.prototype.convertRawKey = "#raw";
          return XMLStringifier2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLStringifier.exports;
    }
    var XMLStringWriter = { exports: {} };
    var XMLWriterBase = { exports: {} };
    var WriterState = { exports: {} };
    var hasRequiredWriterState;
    function requireWriterState() {
      if (hasRequiredWriterState) return WriterState.exports;
      hasRequiredWriterState = 1;
      (function() {
        WriterState.exports = {
          None: 0,
          OpenTag: 1,
          InsideTag: 2,
          CloseTag: 3
        };
      }).call(commonjsGlobal);
      return WriterState.exports;
    }
    var hasRequiredXMLWriterBase;
    function requireXMLWriterBase() {
      if (hasRequiredXMLWriterBase) return XMLWriterBase.exports;
      hasRequiredXMLWriterBase = 1;
      (function() {
        var NodeType2, WriterState2, assign, hasProp = {}.hasOwnProperty;
        ({ assign } = requireUtility());
        NodeType2 = requireNodeType();
        requireXMLDeclaration();
        requireXMLDocType();
        requireXMLCData();
        requireXMLComment();
        requireXMLElement();
        requireXMLRaw();
        requireXMLText();
        requireXMLProcessingInstruction();
        requireXMLDummy();
        requireXMLDTDAttList();
        requireXMLDTDElement();
        requireXMLDTDEntity();
        requireXMLDTDNotation();
        WriterState2 = requireWriterState();
        XMLWriterBase.exports = class XMLWriterBase {
          // Initializes a new instance of `XMLWriterBase`
          // `options.pretty` pretty prints the result
          // `options.indent` indentation string
          // `options.newline` newline sequence
          // `options.offset` a fixed number of indentations to add to every line
          // `options.width` maximum column width
          // `options.allowEmpty` do not self close empty element tags
          // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
          // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
          constructor(options) {
            var key, ref, value;
            options || (options = {});
            this.options = options;
            ref = options.writer || {};
            for (key in ref) {
              if (!hasProp.call(ref, key)) continue;
              value = ref[key];
              this["_" + key] = this[key];
              this[key] = value;
            }
          }
          // Filters writer options and provides defaults
          // `options` writer options
          filterOptions(options) {
            var filteredOptions, ref, ref1, ref2, ref3, ref4, ref5, ref6, ref7;
            options || (options = {});
            options = assign({}, this.options, options);
            filteredOptions = {
              writer: this
            };
            filteredOptions.pretty = options.pretty || false;
            filteredOptions.allowEmpty = options.allowEmpty || false;
            filteredOptions.indent = (ref = options.indent) != null ? ref : "  ";
            filteredOptions.newline = (ref1 = options.newline) != null ? ref1 : "\n";
            filteredOptions.offset = (ref2 = options.offset) != null ? ref2 : 0;
            filteredOptions.width = (ref3 = options.width) != null ? ref3 : 0;
            filteredOptions.dontPrettyTextNodes = (ref4 = (ref5 = options.dontPrettyTextNodes) != null ? ref5 : options.dontprettytextnodes) != null ? ref4 : 0;
            filteredOptions.spaceBeforeSlash = (ref6 = (ref7 = options.spaceBeforeSlash) != null ? ref7 : options.spacebeforeslash) != null ? ref6 : "";
            if (filteredOptions.spaceBeforeSlash === true) {
              filteredOptions.spaceBeforeSlash = " ";
            }
            filteredOptions.suppressPrettyCount = 0;
            filteredOptions.user = {};
            filteredOptions.state = WriterState2.None;
            return filteredOptions;
          }
          // Returns the indentation string for the current level
          // `node` current node
          // `options` writer options
          // `level` current indentation level
          indent(node, options, level) {
            var indentLevel;
            if (!options.pretty || options.suppressPrettyCount) {
              return "";
            } else if (options.pretty) {
              indentLevel = (level || 0) + options.offset + 1;
              if (indentLevel > 0) {
                return new Array(indentLevel).join(options.indent);
              }
            }
            return "";
          }
          // Returns the newline string
          // `node` current node
          // `options` writer options
          // `level` current indentation level
          endline(node, options, level) {
            if (!options.pretty || options.suppressPrettyCount) {
              return "";
            } else {
              return options.newline;
            }
          }
          attribute(att, options, level) {
            var r;
            this.openAttribute(att, options, level);
            if (options.pretty && options.width > 0) {
              r = att.name + '="' + att.value + '"';
            } else {
              r = " " + att.name + '="' + att.value + '"';
            }
            this.closeAttribute(att, options, level);
            return r;
          }
          cdata(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<![CDATA[";
            options.state = WriterState2.InsideTag;
            r += node.value;
            options.state = WriterState2.CloseTag;
            r += "]]>" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          comment(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<!-- ";
            options.state = WriterState2.InsideTag;
            r += node.value;
            options.state = WriterState2.CloseTag;
            r += " -->" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          declaration(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<?xml";
            options.state = WriterState2.InsideTag;
            r += ' version="' + node.version + '"';
            if (node.encoding != null) {
              r += ' encoding="' + node.encoding + '"';
            }
            if (node.standalone != null) {
              r += ' standalone="' + node.standalone + '"';
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + "?>";
            r += this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          docType(node, options, level) {
            var child, i2, len1, r, ref;
            level || (level = 0);
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level);
            r += "<!DOCTYPE " + node.root().name;
            if (node.pubID && node.sysID) {
              r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
            } else if (node.sysID) {
              r += ' SYSTEM "' + node.sysID + '"';
            }
            if (node.children.length > 0) {
              r += " [";
              r += this.endline(node, options, level);
              options.state = WriterState2.InsideTag;
              ref = node.children;
              for (i2 = 0, len1 = ref.length; i2 < len1; i2++) {
                child = ref[i2];
                r += this.writeChildNode(child, options, level + 1);
              }
              options.state = WriterState2.CloseTag;
              r += "]";
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + ">";
            r += this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          element(node, options, level) {
            var att, attLen, child, childNodeCount, firstChildNode, i2, j, len, len1, len2, name, prettySuppressed, r, ratt, ref, ref1, ref2, ref3, rline;
            level || (level = 0);
            prettySuppressed = false;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<" + node.name;
            if (options.pretty && options.width > 0) {
              len = r.length;
              ref = node.attribs;
              for (name in ref) {
                if (!hasProp.call(ref, name)) continue;
                att = ref[name];
                ratt = this.attribute(att, options, level);
                attLen = ratt.length;
                if (len + attLen > options.width) {
                  rline = this.indent(node, options, level + 1) + ratt;
                  r += this.endline(node, options, level) + rline;
                  len = rline.length;
                } else {
                  rline = " " + ratt;
                  r += rline;
                  len += rline.length;
                }
              }
            } else {
              ref1 = node.attribs;
              for (name in ref1) {
                if (!hasProp.call(ref1, name)) continue;
                att = ref1[name];
                r += this.attribute(att, options, level);
              }
            }
            childNodeCount = node.children.length;
            firstChildNode = childNodeCount === 0 ? null : node.children[0];
            if (childNodeCount === 0 || node.children.every(function(e) {
              return (e.type === NodeType2.Text || e.type === NodeType2.Raw || e.type === NodeType2.CData) && e.value === "";
            })) {
              if (options.allowEmpty) {
                r += ">";
                options.state = WriterState2.CloseTag;
                r += "</" + node.name + ">" + this.endline(node, options, level);
              } else {
                options.state = WriterState2.CloseTag;
                r += options.spaceBeforeSlash + "/>" + this.endline(node, options, level);
              }
            } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType2.Text || firstChildNode.type === NodeType2.Raw || firstChildNode.type === NodeType2.CData) && firstChildNode.value != null) {
              r += ">";
              options.state = WriterState2.InsideTag;
              options.suppressPrettyCount++;
              prettySuppressed = true;
              r += this.writeChildNode(firstChildNode, options, level + 1);
              options.suppressPrettyCount--;
              prettySuppressed = false;
              options.state = WriterState2.CloseTag;
              r += "</" + node.name + ">" + this.endline(node, options, level);
            } else {
              if (options.dontPrettyTextNodes) {
                ref2 = node.children;
                for (i2 = 0, len1 = ref2.length; i2 < len1; i2++) {
                  child = ref2[i2];
                  if ((child.type === NodeType2.Text || child.type === NodeType2.Raw || child.type === NodeType2.CData) && child.value != null) {
                    options.suppressPrettyCount++;
                    prettySuppressed = true;
                    break;
                  }
                }
              }
              r += ">" + this.endline(node, options, level);
              options.state = WriterState2.InsideTag;
              ref3 = node.children;
              for (j = 0, len2 = ref3.length; j < len2; j++) {
                child = ref3[j];
                r += this.writeChildNode(child, options, level + 1);
              }
              options.state = WriterState2.CloseTag;
              r += this.indent(node, options, level) + "</" + node.name + ">";
              if (prettySuppressed) {
                options.suppressPrettyCount--;
              }
              r += this.endline(node, options, level);
              options.state = WriterState2.None;
            }
            this.closeNode(node, options, level);
            return r;
          }
          writeChildNode(node, options, level) {
            switch (node.type) {
              case NodeType2.CData:
                return this.cdata(node, options, level);
              case NodeType2.Comment:
                return this.comment(node, options, level);
              case NodeType2.Element:
                return this.element(node, options, level);
              case NodeType2.Raw:
                return this.raw(node, options, level);
              case NodeType2.Text:
                return this.text(node, options, level);
              case NodeType2.ProcessingInstruction:
                return this.processingInstruction(node, options, level);
              case NodeType2.Dummy:
                return "";
              case NodeType2.Declaration:
                return this.declaration(node, options, level);
              case NodeType2.DocType:
                return this.docType(node, options, level);
              case NodeType2.AttributeDeclaration:
                return this.dtdAttList(node, options, level);
              case NodeType2.ElementDeclaration:
                return this.dtdElement(node, options, level);
              case NodeType2.EntityDeclaration:
                return this.dtdEntity(node, options, level);
              case NodeType2.NotationDeclaration:
                return this.dtdNotation(node, options, level);
              default:
                throw new Error("Unknown XML node type: " + node.constructor.name);
            }
          }
          processingInstruction(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<?";
            options.state = WriterState2.InsideTag;
            r += node.target;
            if (node.value) {
              r += " " + node.value;
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + "?>";
            r += this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          raw(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level);
            options.state = WriterState2.InsideTag;
            r += node.value;
            options.state = WriterState2.CloseTag;
            r += this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          text(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level);
            options.state = WriterState2.InsideTag;
            r += node.value;
            options.state = WriterState2.CloseTag;
            r += this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          dtdAttList(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<!ATTLIST";
            options.state = WriterState2.InsideTag;
            r += " " + node.elementName + " " + node.attributeName + " " + node.attributeType;
            if (node.defaultValueType !== "#DEFAULT") {
              r += " " + node.defaultValueType;
            }
            if (node.defaultValue) {
              r += ' "' + node.defaultValue + '"';
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          dtdElement(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<!ELEMENT";
            options.state = WriterState2.InsideTag;
            r += " " + node.name + " " + node.value;
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          dtdEntity(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<!ENTITY";
            options.state = WriterState2.InsideTag;
            if (node.pe) {
              r += " %";
            }
            r += " " + node.name;
            if (node.value) {
              r += ' "' + node.value + '"';
            } else {
              if (node.pubID && node.sysID) {
                r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
              } else if (node.sysID) {
                r += ' SYSTEM "' + node.sysID + '"';
              }
              if (node.nData) {
                r += " NDATA " + node.nData;
              }
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          dtdNotation(node, options, level) {
            var r;
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<!NOTATION";
            options.state = WriterState2.InsideTag;
            r += " " + node.name;
            if (node.pubID && node.sysID) {
              r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
            } else if (node.pubID) {
              r += ' PUBLIC "' + node.pubID + '"';
            } else if (node.sysID) {
              r += ' SYSTEM "' + node.sysID + '"';
            }
            options.state = WriterState2.CloseTag;
            r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
            options.state = WriterState2.None;
            this.closeNode(node, options, level);
            return r;
          }
          openNode(node, options, level) {
          }
          closeNode(node, options, level) {
          }
          openAttribute(att, options, level) {
          }
          closeAttribute(att, options, level) {
          }
        };
      }).call(commonjsGlobal);
      return XMLWriterBase.exports;
    }
    var hasRequiredXMLStringWriter;
    function requireXMLStringWriter() {
      if (hasRequiredXMLStringWriter) return XMLStringWriter.exports;
      hasRequiredXMLStringWriter = 1;
      (function() {
        var XMLWriterBase2;
        XMLWriterBase2 = requireXMLWriterBase();
        XMLStringWriter.exports = class XMLStringWriter extends XMLWriterBase2 {
          // Initializes a new instance of `XMLStringWriter`
          // `options.pretty` pretty prints the result
          // `options.indent` indentation string
          // `options.newline` newline sequence
          // `options.offset` a fixed number of indentations to add to every line
          // `options.allowEmpty` do not self close empty element tags
          // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
          // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
          constructor(options) {
            super(options);
          }
          document(doc, options) {
            var child, i2, len, r, ref;
            options = this.filterOptions(options);
            r = "";
            ref = doc.children;
            for (i2 = 0, len = ref.length; i2 < len; i2++) {
              child = ref[i2];
              r += this.writeChildNode(child, options, 0);
            }
            if (options.pretty && r.slice(-options.newline.length) === options.newline) {
              r = r.slice(0, -options.newline.length);
            }
            return r;
          }
        };
      }).call(commonjsGlobal);
      return XMLStringWriter.exports;
    }
    var hasRequiredXMLDocument;
    function requireXMLDocument() {
      if (hasRequiredXMLDocument) return XMLDocument.exports;
      hasRequiredXMLDocument = 1;
      (function() {
        var NodeType2, XMLDOMConfiguration2, XMLDOMImplementation2, XMLNode2, XMLStringWriter2, XMLStringifier2, isPlainObject2;
        ({ isPlainObject: isPlainObject2 } = requireUtility());
        XMLDOMImplementation2 = requireXMLDOMImplementation();
        XMLDOMConfiguration2 = requireXMLDOMConfiguration();
        XMLNode2 = requireXMLNode();
        NodeType2 = requireNodeType();
        XMLStringifier2 = requireXMLStringifier();
        XMLStringWriter2 = requireXMLStringWriter();
        XMLDocument.exports = (function() {
          class XMLDocument2 extends XMLNode2 {
            // Initializes a new instance of `XMLDocument`
            // `options.keepNullNodes` whether nodes with null values will be kept
            //     or ignored: true or false
            // `options.keepNullAttributes` whether attributes with null values will be
            //     kept or ignored: true or false
            // `options.ignoreDecorators` whether decorator strings will be ignored when
            //     converting JS objects: true or false
            // `options.separateArrayItems` whether array items are created as separate
            //     nodes when passed as an object value: true or false
            // `options.noDoubleEncoding` whether existing html entities are encoded:
            //     true or false
            // `options.stringify` a set of functions to use for converting values to
            //     strings
            // `options.writer` the default XML writer to use for converting nodes to
            //     string. If the default writer is not set, the built-in XMLStringWriter
            //     will be used instead.
            constructor(options) {
              super(null);
              this.name = "#document";
              this.type = NodeType2.Document;
              this.documentURI = null;
              this.domConfig = new XMLDOMConfiguration2();
              options || (options = {});
              if (!options.writer) {
                options.writer = new XMLStringWriter2();
              }
              this.options = options;
              this.stringify = new XMLStringifier2(options);
            }
            // Ends the document and passes it to the given XML writer
            // `writer` is either an XML writer or a plain object to pass to the
            // constructor of the default XML writer. The default writer is assigned when
            // creating the XML document. Following flags are recognized by the
            // built-in XMLStringWriter:
            //   `writer.pretty` pretty prints the result
            //   `writer.indent` indentation for pretty print
            //   `writer.offset` how many indentations to add to every line for pretty print
            //   `writer.newline` newline sequence for pretty print
            end(writer) {
              var writerOptions;
              writerOptions = {};
              if (!writer) {
                writer = this.options.writer;
              } else if (isPlainObject2(writer)) {
                writerOptions = writer;
                writer = this.options.writer;
              }
              return writer.document(this, writer.filterOptions(writerOptions));
            }
            // Converts the XML document to string
            // `options.pretty` pretty prints the result
            // `options.indent` indentation for pretty print
            // `options.offset` how many indentations to add to every line for pretty print
            // `options.newline` newline sequence for pretty print
            toString(options) {
              return this.options.writer.document(this, this.options.writer.filterOptions(options));
            }
            // DOM level 1 functions to be implemented later
            createElement(tagName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createDocumentFragment() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createTextNode(data) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createComment(data) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createCDATASection(data) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createProcessingInstruction(target, data) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createAttribute(name) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createEntityReference(name) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByTagName(tagname) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM level 2 functions to be implemented later
            importNode(importedNode, deep) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createElementNS(namespaceURI, qualifiedName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createAttributeNS(namespaceURI, qualifiedName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementsByTagNameNS(namespaceURI, localName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            getElementById(elementId) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM level 3 functions to be implemented later
            adoptNode(source) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            normalizeDocument() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            renameNode(node, namespaceURI, qualifiedName) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            // DOM level 4 functions to be implemented later
            getElementsByClassName(classNames) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createEvent(eventInterface) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createRange() {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createNodeIterator(root, whatToShow, filter) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
            createTreeWalker(root, whatToShow, filter) {
              throw new Error("This DOM method is not implemented." + this.debugInfo());
            }
          }
          Object.defineProperty(XMLDocument2.prototype, "implementation", {
            value: new XMLDOMImplementation2()
          });
          Object.defineProperty(XMLDocument2.prototype, "doctype", {
            get: function() {
              var child, i2, len, ref;
              ref = this.children;
              for (i2 = 0, len = ref.length; i2 < len; i2++) {
                child = ref[i2];
                if (child.type === NodeType2.DocType) {
                  return child;
                }
              }
              return null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "documentElement", {
            get: function() {
              return this.rootObject || null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "inputEncoding", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "strictErrorChecking", {
            get: function() {
              return false;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "xmlEncoding", {
            get: function() {
              if (this.children.length !== 0 && this.children[0].type === NodeType2.Declaration) {
                return this.children[0].encoding;
              } else {
                return null;
              }
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "xmlStandalone", {
            get: function() {
              if (this.children.length !== 0 && this.children[0].type === NodeType2.Declaration) {
                return this.children[0].standalone === "yes";
              } else {
                return false;
              }
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "xmlVersion", {
            get: function() {
              if (this.children.length !== 0 && this.children[0].type === NodeType2.Declaration) {
                return this.children[0].version;
              } else {
                return "1.0";
              }
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "URL", {
            get: function() {
              return this.documentURI;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "origin", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "compatMode", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "characterSet", {
            get: function() {
              return null;
            }
          });
          Object.defineProperty(XMLDocument2.prototype, "contentType", {
            get: function() {
              return null;
            }
          });
          return XMLDocument2;
        }).call(this);
      }).call(commonjsGlobal);
      return XMLDocument.exports;
    }
    var XMLDocumentCB = { exports: {} };
    var hasRequiredXMLDocumentCB;
    function requireXMLDocumentCB() {
      if (hasRequiredXMLDocumentCB) return XMLDocumentCB.exports;
      hasRequiredXMLDocumentCB = 1;
      (function() {
        var NodeType2, WriterState2, XMLAttribute2, XMLCData2, XMLComment2, XMLDTDAttList2, XMLDTDElement2, XMLDTDEntity2, XMLDTDNotation2, XMLDeclaration2, XMLDocType2, XMLDocument2, XMLElement2, XMLProcessingInstruction2, XMLRaw2, XMLStringWriter2, XMLStringifier2, XMLText2, getValue, isFunction, isObject2, isPlainObject2, hasProp = {}.hasOwnProperty;
        ({ isObject: isObject2, isFunction, isPlainObject: isPlainObject2, getValue } = requireUtility());
        NodeType2 = requireNodeType();
        XMLDocument2 = requireXMLDocument();
        XMLElement2 = requireXMLElement();
        XMLCData2 = requireXMLCData();
        XMLComment2 = requireXMLComment();
        XMLRaw2 = requireXMLRaw();
        XMLText2 = requireXMLText();
        XMLProcessingInstruction2 = requireXMLProcessingInstruction();
        XMLDeclaration2 = requireXMLDeclaration();
        XMLDocType2 = requireXMLDocType();
        XMLDTDAttList2 = requireXMLDTDAttList();
        XMLDTDEntity2 = requireXMLDTDEntity();
        XMLDTDElement2 = requireXMLDTDElement();
        XMLDTDNotation2 = requireXMLDTDNotation();
        XMLAttribute2 = requireXMLAttribute();
        XMLStringifier2 = requireXMLStringifier();
        XMLStringWriter2 = requireXMLStringWriter();
        WriterState2 = requireWriterState();
        XMLDocumentCB.exports = class XMLDocumentCB {
          // Initializes a new instance of `XMLDocumentCB`
          // `options.keepNullNodes` whether nodes with null values will be kept
          //     or ignored: true or false
          // `options.keepNullAttributes` whether attributes with null values will be
          //     kept or ignored: true or false
          // `options.ignoreDecorators` whether decorator strings will be ignored when
          //     converting JS objects: true or false
          // `options.separateArrayItems` whether array items are created as separate
          //     nodes when passed as an object value: true or false
          // `options.noDoubleEncoding` whether existing html entities are encoded:
          //     true or false
          // `options.stringify` a set of functions to use for converting values to
          //     strings
          // `options.writer` the default XML writer to use for converting nodes to
          //     string. If the default writer is not set, the built-in XMLStringWriter
          //     will be used instead.
          // `onData` the function to be called when a new chunk of XML is output. The
          //          string containing the XML chunk is passed to `onData` as its first
          //          argument, and the current indentation level as its second argument.
          // `onEnd`  the function to be called when the XML document is completed with
          //          `end`. `onEnd` does not receive any arguments.
          constructor(options, onData, onEnd) {
            var writerOptions;
            this.name = "?xml";
            this.type = NodeType2.Document;
            options || (options = {});
            writerOptions = {};
            if (!options.writer) {
              options.writer = new XMLStringWriter2();
            } else if (isPlainObject2(options.writer)) {
              writerOptions = options.writer;
              options.writer = new XMLStringWriter2();
            }
            this.options = options;
            this.writer = options.writer;
            this.writerOptions = this.writer.filterOptions(writerOptions);
            this.stringify = new XMLStringifier2(options);
            this.onDataCallback = onData || function() {
            };
            this.onEndCallback = onEnd || function() {
            };
            this.currentNode = null;
            this.currentLevel = -1;
            this.openTags = {};
            this.documentStarted = false;
            this.documentCompleted = false;
            this.root = null;
          }
          // Creates a child element node from the given XMLNode
          // `node` the child node
          createChildNode(node) {
            var att, attName, attributes, child, i2, len, ref, ref1;
            switch (node.type) {
              case NodeType2.CData:
                this.cdata(node.value);
                break;
              case NodeType2.Comment:
                this.comment(node.value);
                break;
              case NodeType2.Element:
                attributes = {};
                ref = node.attribs;
                for (attName in ref) {
                  if (!hasProp.call(ref, attName)) continue;
                  att = ref[attName];
                  attributes[attName] = att.value;
                }
                this.node(node.name, attributes);
                break;
              case NodeType2.Dummy:
                this.dummy();
                break;
              case NodeType2.Raw:
                this.raw(node.value);
                break;
              case NodeType2.Text:
                this.text(node.value);
                break;
              case NodeType2.ProcessingInstruction:
                this.instruction(node.target, node.value);
                break;
              default:
                throw new Error("This XML node type is not supported in a JS object: " + node.constructor.name);
            }
            ref1 = node.children;
            for (i2 = 0, len = ref1.length; i2 < len; i2++) {
              child = ref1[i2];
              this.createChildNode(child);
              if (child.type === NodeType2.Element) {
                this.up();
              }
            }
            return this;
          }
          // Creates a dummy node
          dummy() {
            return this;
          }
          // Creates a node
          // `name` name of the node
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          node(name, attributes, text) {
            if (name == null) {
              throw new Error("Missing node name.");
            }
            if (this.root && this.currentLevel === -1) {
              throw new Error("Document can only have one root node. " + this.debugInfo(name));
            }
            this.openCurrent();
            name = getValue(name);
            if (attributes == null) {
              attributes = {};
            }
            attributes = getValue(attributes);
            if (!isObject2(attributes)) {
              [text, attributes] = [attributes, text];
            }
            this.currentNode = new XMLElement2(this, name, attributes);
            this.currentNode.children = false;
            this.currentLevel++;
            this.openTags[this.currentLevel] = this.currentNode;
            if (text != null) {
              this.text(text);
            }
            return this;
          }
          // Creates a child element node or an element type declaration when called
          // inside the DTD
          // `name` name of the node
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          element(name, attributes, text) {
            var child, i2, len, oldValidationFlag, ref, root;
            if (this.currentNode && this.currentNode.type === NodeType2.DocType) {
              this.dtdElement(...arguments);
            } else {
              if (Array.isArray(name) || isObject2(name) || isFunction(name)) {
                oldValidationFlag = this.options.noValidation;
                this.options.noValidation = true;
                root = new XMLDocument2(this.options).element("TEMP_ROOT");
                root.element(name);
                this.options.noValidation = oldValidationFlag;
                ref = root.children;
                for (i2 = 0, len = ref.length; i2 < len; i2++) {
                  child = ref[i2];
                  this.createChildNode(child);
                  if (child.type === NodeType2.Element) {
                    this.up();
                  }
                }
              } else {
                this.node(name, attributes, text);
              }
            }
            return this;
          }
          // Adds or modifies an attribute
          // `name` attribute name
          // `value` attribute value
          attribute(name, value) {
            var attName, attValue;
            if (!this.currentNode || this.currentNode.children) {
              throw new Error("att() can only be used immediately after an ele() call in callback mode. " + this.debugInfo(name));
            }
            if (name != null) {
              name = getValue(name);
            }
            if (isObject2(name)) {
              for (attName in name) {
                if (!hasProp.call(name, attName)) continue;
                attValue = name[attName];
                this.attribute(attName, attValue);
              }
            } else {
              if (isFunction(value)) {
                value = value.apply();
              }
              if (this.options.keepNullAttributes && value == null) {
                this.currentNode.attribs[name] = new XMLAttribute2(this, name, "");
              } else if (value != null) {
                this.currentNode.attribs[name] = new XMLAttribute2(this, name, value);
              }
            }
            return this;
          }
          // Creates a text node
          // `value` element text
          text(value) {
            var node;
            this.openCurrent();
            node = new XMLText2(this, value);
            this.onData(this.writer.text(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates a CDATA node
          // `value` element text without CDATA delimiters
          cdata(value) {
            var node;
            this.openCurrent();
            node = new XMLCData2(this, value);
            this.onData(this.writer.cdata(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates a comment node
          // `value` comment text
          comment(value) {
            var node;
            this.openCurrent();
            node = new XMLComment2(this, value);
            this.onData(this.writer.comment(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Adds unescaped raw text
          // `value` text
          raw(value) {
            var node;
            this.openCurrent();
            node = new XMLRaw2(this, value);
            this.onData(this.writer.raw(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Adds a processing instruction
          // `target` instruction target
          // `value` instruction value
          instruction(target, value) {
            var i2, insTarget, insValue, len, node;
            this.openCurrent();
            if (target != null) {
              target = getValue(target);
            }
            if (value != null) {
              value = getValue(value);
            }
            if (Array.isArray(target)) {
              for (i2 = 0, len = target.length; i2 < len; i2++) {
                insTarget = target[i2];
                this.instruction(insTarget);
              }
            } else if (isObject2(target)) {
              for (insTarget in target) {
                if (!hasProp.call(target, insTarget)) continue;
                insValue = target[insTarget];
                this.instruction(insTarget, insValue);
              }
            } else {
              if (isFunction(value)) {
                value = value.apply();
              }
              node = new XMLProcessingInstruction2(this, target, value);
              this.onData(this.writer.processingInstruction(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            }
            return this;
          }
          // Creates the xml declaration
          // `version` A version number string, e.g. 1.0
          // `encoding` Encoding declaration, e.g. UTF-8
          // `standalone` standalone document declaration: true or false
          declaration(version, encoding, standalone) {
            var node;
            this.openCurrent();
            if (this.documentStarted) {
              throw new Error("declaration() must be the first node.");
            }
            node = new XMLDeclaration2(this, version, encoding, standalone);
            this.onData(this.writer.declaration(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates the document type declaration
          // `root`  the name of the root node
          // `pubID` the public identifier of the external subset
          // `sysID` the system identifier of the external subset
          doctype(root, pubID, sysID) {
            this.openCurrent();
            if (root == null) {
              throw new Error("Missing root node name.");
            }
            if (this.root) {
              throw new Error("dtd() must come before the root node.");
            }
            this.currentNode = new XMLDocType2(this, pubID, sysID);
            this.currentNode.rootNodeName = root;
            this.currentNode.children = false;
            this.currentLevel++;
            this.openTags[this.currentLevel] = this.currentNode;
            return this;
          }
          // Creates an element type declaration
          // `name` element name
          // `value` element content (defaults to #PCDATA)
          dtdElement(name, value) {
            var node;
            this.openCurrent();
            node = new XMLDTDElement2(this, name, value);
            this.onData(this.writer.dtdElement(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates an attribute declaration
          // `elementName` the name of the element containing this attribute
          // `attributeName` attribute name
          // `attributeType` type of the attribute (defaults to CDATA)
          // `defaultValueType` default value type (either #REQUIRED, #IMPLIED, #FIXED or
          //                    #DEFAULT) (defaults to #IMPLIED)
          // `defaultValue` default value of the attribute
          //                (only used for #FIXED or #DEFAULT)
          attList(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
            var node;
            this.openCurrent();
            node = new XMLDTDAttList2(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
            this.onData(this.writer.dtdAttList(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates a general entity declaration
          // `name` the name of the entity
          // `value` internal entity value or an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          // `value.nData` notation declaration
          entity(name, value) {
            var node;
            this.openCurrent();
            node = new XMLDTDEntity2(this, false, name, value);
            this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates a parameter entity declaration
          // `name` the name of the entity
          // `value` internal entity value or an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          pEntity(name, value) {
            var node;
            this.openCurrent();
            node = new XMLDTDEntity2(this, true, name, value);
            this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Creates a NOTATION declaration
          // `name` the name of the notation
          // `value` an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          notation(name, value) {
            var node;
            this.openCurrent();
            node = new XMLDTDNotation2(this, name, value);
            this.onData(this.writer.dtdNotation(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
            return this;
          }
          // Gets the parent node
          up() {
            if (this.currentLevel < 0) {
              throw new Error("The document node has no parent.");
            }
            if (this.currentNode) {
              if (this.currentNode.children) {
                this.closeNode(this.currentNode);
              } else {
                this.openNode(this.currentNode);
              }
              this.currentNode = null;
            } else {
              this.closeNode(this.openTags[this.currentLevel]);
            }
            delete this.openTags[this.currentLevel];
            this.currentLevel--;
            return this;
          }
          // Ends the document
          end() {
            while (this.currentLevel >= 0) {
              this.up();
            }
            return this.onEnd();
          }
          // Opens the current parent node
          openCurrent() {
            if (this.currentNode) {
              this.currentNode.children = true;
              return this.openNode(this.currentNode);
            }
          }
          // Writes the opening tag of the current node or the entire node if it has
          // no child nodes
          openNode(node) {
            var att, chunk, name, ref;
            if (!node.isOpen) {
              if (!this.root && this.currentLevel === 0 && node.type === NodeType2.Element) {
                this.root = node;
              }
              chunk = "";
              if (node.type === NodeType2.Element) {
                this.writerOptions.state = WriterState2.OpenTag;
                chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<" + node.name;
                ref = node.attribs;
                for (name in ref) {
                  if (!hasProp.call(ref, name)) continue;
                  att = ref[name];
                  chunk += this.writer.attribute(att, this.writerOptions, this.currentLevel);
                }
                chunk += (node.children ? ">" : "/>") + this.writer.endline(node, this.writerOptions, this.currentLevel);
                this.writerOptions.state = WriterState2.InsideTag;
              } else {
                this.writerOptions.state = WriterState2.OpenTag;
                chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<!DOCTYPE " + node.rootNodeName;
                if (node.pubID && node.sysID) {
                  chunk += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
                } else if (node.sysID) {
                  chunk += ' SYSTEM "' + node.sysID + '"';
                }
                if (node.children) {
                  chunk += " [";
                  this.writerOptions.state = WriterState2.InsideTag;
                } else {
                  this.writerOptions.state = WriterState2.CloseTag;
                  chunk += ">";
                }
                chunk += this.writer.endline(node, this.writerOptions, this.currentLevel);
              }
              this.onData(chunk, this.currentLevel);
              return node.isOpen = true;
            }
          }
          // Writes the closing tag of the current node
          closeNode(node) {
            var chunk;
            if (!node.isClosed) {
              chunk = "";
              this.writerOptions.state = WriterState2.CloseTag;
              if (node.type === NodeType2.Element) {
                chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "</" + node.name + ">" + this.writer.endline(node, this.writerOptions, this.currentLevel);
              } else {
                chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "]>" + this.writer.endline(node, this.writerOptions, this.currentLevel);
              }
              this.writerOptions.state = WriterState2.None;
              this.onData(chunk, this.currentLevel);
              return node.isClosed = true;
            }
          }
          // Called when a new chunk of XML is output
          // `chunk` a string containing the XML chunk
          // `level` current indentation level
          onData(chunk, level) {
            this.documentStarted = true;
            return this.onDataCallback(chunk, level + 1);
          }
          // Called when the XML document is completed
          onEnd() {
            this.documentCompleted = true;
            return this.onEndCallback();
          }
          // Returns debug string
          debugInfo(name) {
            if (name == null) {
              return "";
            } else {
              return "node: <" + name + ">";
            }
          }
          // Node aliases
          ele() {
            return this.element(...arguments);
          }
          nod(name, attributes, text) {
            return this.node(name, attributes, text);
          }
          txt(value) {
            return this.text(value);
          }
          dat(value) {
            return this.cdata(value);
          }
          com(value) {
            return this.comment(value);
          }
          ins(target, value) {
            return this.instruction(target, value);
          }
          dec(version, encoding, standalone) {
            return this.declaration(version, encoding, standalone);
          }
          dtd(root, pubID, sysID) {
            return this.doctype(root, pubID, sysID);
          }
          e(name, attributes, text) {
            return this.element(name, attributes, text);
          }
          n(name, attributes, text) {
            return this.node(name, attributes, text);
          }
          t(value) {
            return this.text(value);
          }
          d(value) {
            return this.cdata(value);
          }
          c(value) {
            return this.comment(value);
          }
          r(value) {
            return this.raw(value);
          }
          i(target, value) {
            return this.instruction(target, value);
          }
          // Attribute aliases
          att() {
            if (this.currentNode && this.currentNode.type === NodeType2.DocType) {
              return this.attList(...arguments);
            } else {
              return this.attribute(...arguments);
            }
          }
          a() {
            if (this.currentNode && this.currentNode.type === NodeType2.DocType) {
              return this.attList(...arguments);
            } else {
              return this.attribute(...arguments);
            }
          }
          // DTD aliases
          // att() and ele() are defined above
          ent(name, value) {
            return this.entity(name, value);
          }
          pent(name, value) {
            return this.pEntity(name, value);
          }
          not(name, value) {
            return this.notation(name, value);
          }
        };
      }).call(commonjsGlobal);
      return XMLDocumentCB.exports;
    }
    var XMLStreamWriter = { exports: {} };
    var hasRequiredXMLStreamWriter;
    function requireXMLStreamWriter() {
      if (hasRequiredXMLStreamWriter) return XMLStreamWriter.exports;
      hasRequiredXMLStreamWriter = 1;
      (function() {
        var NodeType2, WriterState2, XMLWriterBase2, hasProp = {}.hasOwnProperty;
        NodeType2 = requireNodeType();
        XMLWriterBase2 = requireXMLWriterBase();
        WriterState2 = requireWriterState();
        XMLStreamWriter.exports = class XMLStreamWriter extends XMLWriterBase2 {
          // Initializes a new instance of `XMLStreamWriter`
          // `stream` output stream
          // `options.pretty` pretty prints the result
          // `options.indent` indentation string
          // `options.newline` newline sequence
          // `options.offset` a fixed number of indentations to add to every line
          // `options.allowEmpty` do not self close empty element tags
          // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
          // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
          constructor(stream, options) {
            super(options);
            this.stream = stream;
          }
          endline(node, options, level) {
            if (node.isLastRootNode && options.state === WriterState2.CloseTag) {
              return "";
            } else {
              return super.endline(node, options, level);
            }
          }
          document(doc, options) {
            var child, i2, j, k, len1, len2, ref, ref1, results;
            ref = doc.children;
            for (i2 = j = 0, len1 = ref.length; j < len1; i2 = ++j) {
              child = ref[i2];
              child.isLastRootNode = i2 === doc.children.length - 1;
            }
            options = this.filterOptions(options);
            ref1 = doc.children;
            results = [];
            for (k = 0, len2 = ref1.length; k < len2; k++) {
              child = ref1[k];
              results.push(this.writeChildNode(child, options, 0));
            }
            return results;
          }
          cdata(node, options, level) {
            return this.stream.write(super.cdata(node, options, level));
          }
          comment(node, options, level) {
            return this.stream.write(super.comment(node, options, level));
          }
          declaration(node, options, level) {
            return this.stream.write(super.declaration(node, options, level));
          }
          docType(node, options, level) {
            var child, j, len1, ref;
            level || (level = 0);
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            this.stream.write(this.indent(node, options, level));
            this.stream.write("<!DOCTYPE " + node.root().name);
            if (node.pubID && node.sysID) {
              this.stream.write(' PUBLIC "' + node.pubID + '" "' + node.sysID + '"');
            } else if (node.sysID) {
              this.stream.write(' SYSTEM "' + node.sysID + '"');
            }
            if (node.children.length > 0) {
              this.stream.write(" [");
              this.stream.write(this.endline(node, options, level));
              options.state = WriterState2.InsideTag;
              ref = node.children;
              for (j = 0, len1 = ref.length; j < len1; j++) {
                child = ref[j];
                this.writeChildNode(child, options, level + 1);
              }
              options.state = WriterState2.CloseTag;
              this.stream.write("]");
            }
            options.state = WriterState2.CloseTag;
            this.stream.write(options.spaceBeforeSlash + ">");
            this.stream.write(this.endline(node, options, level));
            options.state = WriterState2.None;
            return this.closeNode(node, options, level);
          }
          element(node, options, level) {
            var att, attLen, child, childNodeCount, firstChildNode, j, len, len1, name, r, ratt, ref, ref1, ref2, rline;
            level || (level = 0);
            this.openNode(node, options, level);
            options.state = WriterState2.OpenTag;
            r = this.indent(node, options, level) + "<" + node.name;
            if (options.pretty && options.width > 0) {
              len = r.length;
              ref = node.attribs;
              for (name in ref) {
                if (!hasProp.call(ref, name)) continue;
                att = ref[name];
                ratt = this.attribute(att, options, level);
                attLen = ratt.length;
                if (len + attLen > options.width) {
                  rline = this.indent(node, options, level + 1) + ratt;
                  r += this.endline(node, options, level) + rline;
                  len = rline.length;
                } else {
                  rline = " " + ratt;
                  r += rline;
                  len += rline.length;
                }
              }
            } else {
              ref1 = node.attribs;
              for (name in ref1) {
                if (!hasProp.call(ref1, name)) continue;
                att = ref1[name];
                r += this.attribute(att, options, level);
              }
            }
            this.stream.write(r);
            childNodeCount = node.children.length;
            firstChildNode = childNodeCount === 0 ? null : node.children[0];
            if (childNodeCount === 0 || node.children.every(function(e) {
              return (e.type === NodeType2.Text || e.type === NodeType2.Raw || e.type === NodeType2.CData) && e.value === "";
            })) {
              if (options.allowEmpty) {
                this.stream.write(">");
                options.state = WriterState2.CloseTag;
                this.stream.write("</" + node.name + ">");
              } else {
                options.state = WriterState2.CloseTag;
                this.stream.write(options.spaceBeforeSlash + "/>");
              }
            } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType2.Text || firstChildNode.type === NodeType2.Raw || firstChildNode.type === NodeType2.CData) && firstChildNode.value != null) {
              this.stream.write(">");
              options.state = WriterState2.InsideTag;
              options.suppressPrettyCount++;
              this.writeChildNode(firstChildNode, options, level + 1);
              options.suppressPrettyCount--;
              options.state = WriterState2.CloseTag;
              this.stream.write("</" + node.name + ">");
            } else {
              this.stream.write(">" + this.endline(node, options, level));
              options.state = WriterState2.InsideTag;
              ref2 = node.children;
              for (j = 0, len1 = ref2.length; j < len1; j++) {
                child = ref2[j];
                this.writeChildNode(child, options, level + 1);
              }
              options.state = WriterState2.CloseTag;
              this.stream.write(this.indent(node, options, level) + "</" + node.name + ">");
            }
            this.stream.write(this.endline(node, options, level));
            options.state = WriterState2.None;
            return this.closeNode(node, options, level);
          }
          processingInstruction(node, options, level) {
            return this.stream.write(super.processingInstruction(node, options, level));
          }
          raw(node, options, level) {
            return this.stream.write(super.raw(node, options, level));
          }
          text(node, options, level) {
            return this.stream.write(super.text(node, options, level));
          }
          dtdAttList(node, options, level) {
            return this.stream.write(super.dtdAttList(node, options, level));
          }
          dtdElement(node, options, level) {
            return this.stream.write(super.dtdElement(node, options, level));
          }
          dtdEntity(node, options, level) {
            return this.stream.write(super.dtdEntity(node, options, level));
          }
          dtdNotation(node, options, level) {
            return this.stream.write(super.dtdNotation(node, options, level));
          }
        };
      }).call(commonjsGlobal);
      return XMLStreamWriter.exports;
    }
    (function() {
      var NodeType2, WriterState2, XMLDOMImplementation2, XMLDocument2, XMLDocumentCB2, XMLStreamWriter2, XMLStringWriter2, assign, isFunction;
      ({ assign, isFunction } = requireUtility());
      XMLDOMImplementation2 = requireXMLDOMImplementation();
      XMLDocument2 = requireXMLDocument();
      XMLDocumentCB2 = requireXMLDocumentCB();
      XMLStringWriter2 = requireXMLStringWriter();
      XMLStreamWriter2 = requireXMLStreamWriter();
      NodeType2 = requireNodeType();
      WriterState2 = requireWriterState();
      lib.create = function(name, xmldec, doctype, options) {
        var doc, root;
        if (name == null) {
          throw new Error("Root element needs a name.");
        }
        options = assign({}, xmldec, doctype, options);
        doc = new XMLDocument2(options);
        root = doc.element(name);
        if (!options.headless) {
          doc.declaration(options);
          if (options.pubID != null || options.sysID != null) {
            doc.dtd(options);
          }
        }
        return root;
      };
      lib.begin = function(options, onData, onEnd) {
        if (isFunction(options)) {
          [onData, onEnd] = [options, onData];
          options = {};
        }
        if (onData) {
          return new XMLDocumentCB2(options, onData, onEnd);
        } else {
          return new XMLDocument2(options);
        }
      };
      lib.stringWriter = function(options) {
        return new XMLStringWriter2(options);
      };
      lib.streamWriter = function(stream, options) {
        return new XMLStreamWriter2(stream, options);
      };
      lib.implementation = new XMLDOMImplementation2();
      lib.nodeType = NodeType2;
      lib.writerState = WriterState2;
    }).call(commonjsGlobal);
    var TestNode = class {
      /**
       * @param elementName - the name of the XML element
       */
      constructor(elementName) {
        this._elementName = elementName;
        this._attributes = {};
        this._properties = [];
      }
      /**
       * @param name
       * @param value
       * @returns this
       */
      property(name, value) {
        this._properties.push({ name, value, isPropertyWithTextContent: false });
        return this;
      }
      /**
       * @param name
       * @param value
       * @returns this
       */
      multilineProperty(name, value) {
        this._properties.push({ name, value, isPropertyWithTextContent: true });
        return this;
      }
      /**
       * @param name
       * @returns this
       */
      name(name) {
        this._attributes.name = name;
        return this;
      }
      /**
       * @param timeInSeconds
       * @returns this
       */
      time(timeInSeconds) {
        this._attributes.time = timeInSeconds;
        return this;
      }
      /**
       * @param parentElement - the parent element
       */
      build(parentElement) {
        return this.buildNode(this.createElement(parentElement));
      }
      /**
       * @param parentElement - the parent element
       * @returns the created element
       */
      createElement(parentElement) {
        if (parentElement) {
          return parentElement.ele(this._elementName, this._attributes);
        }
        return this.createRootElement();
      }
      /**
       * @returns the created root element
       */
      createRootElement() {
        const element = lib.create(this._elementName, { encoding: "UTF-8", invalidCharReplacement: "" });
        Object.keys(this._attributes).forEach((key) => {
          element.att(key, this._attributes[key]);
        });
        return element;
      }
      /**
       * @protected
       * @param date
       * @returns {string}
       */
      formatDate(date) {
        const pad = (num) => (num < 10 ? "0" : "") + num;
        return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + "T" + pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds());
      }
      /**
       * @param element
       * @returns the created element
       */
      buildNode(element) {
        if (this._properties.length) {
          var propertiesElement = element.ele("properties");
          _.forEach(this._properties, (property) => {
            if (property.isPropertyWithTextContent) {
              propertiesElement.ele("property", { name: property.name }, property.value);
            } else {
              propertiesElement.ele("property", { name: property.name, value: property.value });
            }
          });
        }
        return element;
      }
    };
    var TestGroup = class extends TestNode {
      /**
       * @param factory
       * @param elementName
       */
      constructor(_factory, elementName) {
        super(elementName);
        this._factory = _factory;
        this._children = [];
      }
      /**
       * @param timestamp
       * @returns this
       */
      timestamp(timestamp) {
        if (_.isDate(timestamp)) {
          this._attributes.timestamp = this.formatDate(timestamp);
        } else {
          this._attributes.timestamp = timestamp;
        }
        return this;
      }
      /**
       * @returns the created test case
       */
      testCase() {
        var testCase = this._factory.newTestCase();
        this._children.push(testCase);
        return testCase;
      }
      /**
       * @inheritdoc
       */
      getTestCaseCount() {
        return this._sumTestCaseCounts((testCase) => {
          return testCase.getTestCaseCount();
        });
      }
      /**
       * @inheritdoc
       */
      getFailureCount() {
        return this._sumTestCaseCounts((testCase) => {
          return testCase.getFailureCount();
        });
      }
      /**
       * @inheritdoc
       */
      getErrorCount() {
        return this._sumTestCaseCounts((testCase) => {
          return testCase.getErrorCount();
        });
      }
      /**
       * @inheritdoc
       */
      getSkippedCount() {
        return this._sumTestCaseCounts((testCase) => {
          return testCase.getSkippedCount();
        });
      }
      /**
       * @param counterFunction - the function to count the test cases
       * @returns the sum of the counts of the test cases
       */
      _sumTestCaseCounts(counterFunction) {
        var counts = this._children.map(counterFunction);
        return counts.reduce((sum, count3) => sum + count3, 0);
      }
      /**
       * @param parentElement - the parent element
       * @returns the newly created element
       */
      build(parentElement) {
        this._attributes.tests = this.getTestCaseCount();
        this._attributes.failures = this.getFailureCount();
        this._attributes.errors = this.getErrorCount();
        this._attributes.skipped = this.getSkippedCount();
        return super.build(parentElement);
      }
      /**
       * @param element
       * @returns the built element
       */
      buildNode(element) {
        element = super.buildNode(element);
        _.forEach(this._children, (child) => {
          child.build(element);
        });
        return element;
      }
    };
    var TestSuites = class extends TestGroup {
      /**
       * @param factory
       */
      constructor(factory) {
        super(factory, "testsuites");
      }
      /**
       * @returns a new created test suite
       */
      testSuite() {
        var suite = this._factory.newTestSuite();
        this._children.push(suite);
        return suite;
      }
    };
    var JUnitReportBuilder = class {
      /**
       * @param factory
       */
      constructor(_factory) {
        this._factory = _factory;
        this._rootTestSuites = new TestSuites(_factory);
      }
      /**
       * @param reportPath
       */
      writeTo(reportPath) {
        makeDir$1.sync(require$$1.dirname(reportPath));
        require$$0.writeFileSync(reportPath, this.build(), "utf8");
      }
      /**
       * @returns a string representation of the JUnit report
       */
      build() {
        var xmlTree = this._rootTestSuites.build();
        return xmlTree.end({ pretty: true });
      }
      /**
       * @param name
       * @returns this
       */
      name(name) {
        this._rootTestSuites.name(name);
        return this;
      }
      /**
       * @returns a test suite
       */
      testSuite() {
        return this._rootTestSuites.testSuite();
      }
      /**
       * @returns a test case
       */
      testCase() {
        return this._rootTestSuites.testCase();
      }
      /**
       * @returns a new builder
       */
      newBuilder() {
        return this._factory.newBuilder();
      }
    };
    var TestSuite = class extends TestGroup {
      /**
       * @param factory
       */
      constructor(factory) {
        super(factory, "testsuite");
      }
    };
    var TestCase = class extends TestNode {
      constructor() {
        super("testcase");
        this._error = false;
        this._failure = false;
        this._skipped = false;
        this._standardOutput = void 0;
        this._standardError = void 0;
        this._stacktrace = void 0;
        this._errorAttributes = {};
        this._failureAttributes = {};
        this._errorAttachment = void 0;
        this._errorContent = void 0;
      }
      /**
       * @param className
       * @returns this
       */
      className(className) {
        this._attributes.classname = className;
        return this;
      }
      /**
       * @param {string} filepath
       * @returns {TestCase}
       */
      file(filepath) {
        this._attributes.file = filepath;
        return this;
      }
      /**
       * @param message
       * @param type
       * @returns this
       */
      failure(message, type) {
        this._failure = true;
        if (message) {
          this._failureAttributes.message = message;
        }
        if (type) {
          this._failureAttributes.type = type;
        }
        return this;
      }
      /**
       * @param message
       * @param type
       * @param content
       * @returns this
       */
      error(message, type, content) {
        this._error = true;
        if (message) {
          this._errorAttributes.message = message;
        }
        if (type) {
          this._errorAttributes.type = type;
        }
        if (content) {
          this._errorContent = content;
        }
        return this;
      }
      /**
       * @param stacktrace
       * @returns this
       */
      stacktrace(stacktrace) {
        this._failure = true;
        this._stacktrace = stacktrace;
        return this;
      }
      /**
       * @returns this
       */
      skipped() {
        this._skipped = true;
        return this;
      }
      /**
       * @param log
       * @returns this
       */
      standardOutput(log) {
        this._standardOutput = log;
        return this;
      }
      /**
       * @param log
       * @returns this
       */
      standardError(log) {
        this._standardError = log;
        return this;
      }
      /**
       * @inheritdoc
       */
      getTestCaseCount() {
        return 1;
      }
      /**
       * @inheritdoc
       */
      getFailureCount() {
        return this._failure ? 1 : 0;
      }
      /**
       * @inheritdoc
       */
      getErrorCount() {
        return this._error ? 1 : 0;
      }
      /**
       * @inheritdoc
       */
      getSkippedCount() {
        return this._skipped ? 1 : 0;
      }
      /**
       *
       * @param path
       * @returns this
       */
      errorAttachment(path7) {
        this._errorAttachment = path7;
        return this;
      }
      /**
       * @param parentElement - the parent element
       */
      build(parentElement) {
        const testCaseElement = this.buildNode(this.createElement(parentElement));
        if (this._failure) {
          var failureElement = testCaseElement.ele("failure", this._failureAttributes);
          if (this._stacktrace) {
            failureElement.cdata(this._stacktrace);
          }
        }
        if (this._error) {
          var errorElement = testCaseElement.ele("error", this._errorAttributes);
          if (this._errorContent) {
            errorElement.cdata(this._errorContent);
          }
        }
        if (this._skipped) {
          testCaseElement.ele("skipped");
        }
        if (this._standardOutput) {
          testCaseElement.ele("system-out").cdata(this._standardOutput);
        }
        var systemError;
        if (this._standardError) {
          systemError = testCaseElement.ele("system-err").cdata(this._standardError);
          if (this._errorAttachment) {
            systemError.txt("[[ATTACHMENT|" + this._errorAttachment + "]]");
          }
        }
        return testCaseElement;
      }
    };
    var Factory = class {
      /**
       * @returns a newly created builder
       */
      newBuilder() {
        return new JUnitReportBuilder(this);
      }
      /**
       * @returns a newly created test suite
       */
      newTestSuite() {
        return new TestSuite(this);
      }
      /**
       * @returns a newly created test case
       */
      newTestCase() {
        return new TestCase();
      }
      /**
       * @returns a newly created test suites
       */
      newTestSuites() {
        return new TestSuites(this);
      }
    };
    var index = new Factory().newBuilder();
    module.exports = index;
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
import { hostname, totalmem } from "node:os";
import { resolve as resolve7 } from "node:path";
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

// src/engine/sandbox-share.ts
import { chmodSync, existsSync as existsSync2, lstatSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join as join2 } from "node:path";

// src/engine/sandbox-scripts.ts
var SANDBOX_DIR = "/run/disco";
var SANDBOX_BIN = `${SANDBOX_DIR}/bin`;
var SANDBOX_IO = `${SANDBOX_DIR}/io`;
var SANDBOX_REPO = `${SANDBOX_DIR}/repo`;
var SANDBOX_PRELUDE = `${SANDBOX_DIR}/lib/prelude.sh`;
var BLOCKED_LOG = `${SANDBOX_IO}/blocked`;
var SHIM_FRONT_NAME = "disco-shim";
var PRELUDE = `# disco: sourced by every bash in the sandbox (BASH_ENV)
set -o functrace
export DISCO_LINE
trap '[[ $BASH_SOURCE != "$DISCO_SCRIPT" ]] || DISCO_LINE=$LINENO' DEBUG
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
var COMMAND_DIRS = ["usr/local/sbin", "usr/local/bin", "usr/sbin", "usr/bin", "sbin", "bin"];
var isRealDir = (path6) => {
  try {
    return lstatSync(path6).isDirectory();
  } catch {
    return false;
  }
};
var exists = (path6) => {
  try {
    lstatSync(path6);
    return true;
  } catch {
    return false;
  }
};
function writeExecutable(path6, text) {
  mkdirSync(dirname(path6), { recursive: true });
  writeFileSync(path6, text);
  chmodSync(path6, 493);
}
function writeParameters(layer, plan) {
  const base = join2(layer, "var/disco/parameters", plan.node);
  mkdirSync(join2(base, "parameters"), { recursive: true });
  mkdirSync(join2(base, "modules"), { recursive: true });
  for (const entry of plan.parameters) {
    const path6 = join2(base, "parameters", entry.key);
    if (entry.type === "dir") mkdirSync(path6, { recursive: true });
    else {
      mkdirSync(dirname(path6), { recursive: true });
      writeFileSync(path6, entry.value ?? "");
    }
  }
  for (const name of plan.order) writeFileSync(join2(base, "modules", name), "");
}
function writeShims(share, layer, root, blocked) {
  const dirs = COMMAND_DIRS.filter((dir) => isRealDir(join2(root, dir)));
  for (const name of blocked) {
    const found = dirs.filter((dir) => exists(join2(root, dir, name)));
    if (!found.length) continue;
    const script = shimScript(name, READ_ONLY_USES[name]);
    if (READ_ONLY_USES[name]) {
      writeExecutable(join2(share, "lib", "shims", name), script);
      symlinkSync(`../lib/${SHIM_FRONT_NAME}`, join2(share, "bin", name));
      continue;
    }
    writeExecutable(join2(share, "bin", name), script);
    for (const dir of found) writeExecutable(join2(layer, dir, name), script);
  }
}
function prepareShare(root, plan, blocked, parent = tmpdir()) {
  const dir = mkdtempSync(join2(parent, "disco-"));
  const share = join2(dir, "share");
  const layout = { dir, scratch: join2(dir, "scratch"), share, io: join2(share, "io"), layer: join2(dir, "layer") };
  for (const path6 of [layout.scratch, layout.io, join2(share, "repo"), join2(share, "lib"), join2(share, "bin"), layout.layer]) {
    mkdirSync(path6, { recursive: true });
  }
  chmodSync(dir, 448);
  writeFileSync(join2(share, "lib", "prelude.sh"), PRELUDE);
  writeFileSync(join2(share, "lib", SHIM_FRONT_NAME), "");
  writeExecutable(join2(share, "bin", "disco-param"), DISCO_PARAM);
  writeShims(share, layout.layer, root, blocked);
  writeParameters(layout.layer, plan);
  return layout;
}
function looksLikeRoot(root) {
  return existsSync2(join2(root, "bin/bash")) && isRealDir(join2(root, "etc"));
}

// src/engine/check-root.ts
var SEP_CHARS = /[:,\n\t\\]/;
function checkRoot(root) {
  if (SEP_CHARS.test(root)) throw new InputError(`the root path '${root}' contains a character overlayfs cannot take (: , \\ tab or newline)`, "--root");
  if (!looksLikeRoot(root)) throw new InputError(`'${root}' is not a root filesystem (no /bin/bash or /etc)`, "--root");
  if (process.getuid?.() !== 0) throw new InputError("a dance needs root (overlay mounts and namespaces): run disco as root");
}

// src/engine/dance.ts
import { rmSync as rmSync3 } from "node:fs";
import { join as join11 } from "node:path";

// src/model/dance-report.ts
var DANCE_REPORT_SCHEMA = "disco.dance/v1";

// src/plan/compare.ts
function compareNames(a2, b) {
  return a2 < b ? -1 : a2 > b ? 1 : 0;
}
function comparePaths(a2, b) {
  const left = a2.split("/");
  const right = b.split("/");
  for (let i2 = 0; i2 < Math.min(left.length, right.length); i2++) {
    const order = compareNames(left[i2], right[i2]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

// src/engine/accounts.ts
import { lstatSync as lstatSync3 } from "node:fs";
import { join as join3 } from "node:path";

// src/engine/file-meta.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync as lstatSync2, openSync, readlinkSync, readSync } from "node:fs";
var entryType = (st) => st.isFile() ? "file" : st.isDirectory() ? "directory" : st.isSymbolicLink() ? "symlink" : "other";
var octal = (mode) => (mode & 4095).toString(8).padStart(4, "0");
function lstatOrUndefined(path6) {
  try {
    return lstatSync2(path6, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function readNoFollow(path6, limit = Infinity) {
  const fd = openSync(path6, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync(fd).size, limit);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n2 = readSync(fd, buf, off, size - off, off);
      if (n2 === 0) break;
      off += n2;
    }
    return off < size ? buf.subarray(0, off) : buf;
  } finally {
    closeSync(fd);
  }
}
var md5 = (content) => createHash("md5").update(content).digest("hex");
function makeMeta(path6, st, accounts, content, selinux) {
  const meta = {
    mode: octal(st.mode),
    uid: st.uid,
    gid: st.gid,
    owner: accounts.user(st.uid),
    group: accounts.group(st.gid),
    size: st.size
  };
  if (st.isFile() && content) meta.md5 = md5(content);
  if (st.isSymbolicLink()) meta.target = readlinkSync(path6);
  if (selinux) meta.selinux = selinux;
  return meta;
}

// src/engine/accounts.ts
function readIds(root, file) {
  const ids = /* @__PURE__ */ new Map();
  let text = "";
  try {
    if (!lstatSync3(join3(root, "etc")).isDirectory() || !lstatSync3(join3(root, "etc", file)).isFile()) return ids;
    text = readNoFollow(join3(root, "etc", file), 16 * 1024 * 1024).toString("utf8");
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
  const users = readIds(root, "passwd");
  const groups = readIds(root, "group");
  return {
    user: (uid) => users.get(uid) ?? fallback?.user(uid) ?? String(uid),
    group: (gid) => groups.get(gid) ?? fallback?.group(gid) ?? String(gid)
  };
}

// src/engine/step-output.ts
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
var OUTPUT_TAIL = 64 * 1024;
function readStepOutput(path6, tail2 = OUTPUT_TAIL) {
  let fd;
  try {
    fd = openSync2(path6, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch {
    return "";
  }
  try {
    const st = fstatSync2(fd);
    if (!st.isFile()) return "";
    const length = Math.min(st.size, tail2);
    const buf = Buffer.alloc(length);
    const n2 = readSync2(fd, buf, 0, length, st.size - length);
    const text = buf.subarray(0, n2).toString("utf8");
    return st.size > tail2 ? `(output cut: last ${tail2} of ${st.size} bytes)
${text}` : text;
  } finally {
    closeSync2(fd);
  }
}

// src/engine/blocked-log.ts
function readBlockedLog(path6, offset, sources) {
  const text = readStepOutput(path6, 16 * 1024 * 1024);
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
import { dirname as dirname2, join as join4 } from "node:path";

// src/engine/excluded-paths.ts
var EXCLUDED_PATHS = ["proc", "sys", "dev", "run", "tmp", "var/disco"];
var isExcluded = (rel) => EXCLUDED_PATHS.some((prefix) => rel === prefix || rel.startsWith(prefix + "/"));

// src/engine/text-diff.ts
import { isUtf8 } from "node:buffer";

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
  addToPath(path6, added, removed, oldPosInc, options) {
    const last = path6.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path6.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path6.oldPos + oldPosInc,
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
  removeEmpty(array2) {
    const ret = [];
    for (let i2 = 0; i2 < array2.length; i2++) {
      if (array2[i2]) {
        ret.push(array2[i2]);
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
          value = value.map(function(value2, i2) {
            const oldValue = oldTokens[oldPos + i2];
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
  for (let i2 = 0; i2 < linesAndNewlines.length; i2++) {
    const line = linesAndNewlines[i2];
    if (i2 % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i2 = 0; i2 < s.length; i2++) {
    if (s[i2] < " " || s[i2] > "~" || s[i2] === '"' || s[i2] === "\\") {
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
  const bytes2 = new TextEncoder().encode(s);
  let i2 = 0;
  while (i2 < bytes2.length) {
    const b = bytes2[i2];
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
    i2++;
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
    function contextLines(lines2) {
      return lines2.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i2 = 0; i2 < diff.length; i2++) {
      const current = diff[i2], lines2 = current.lines || splitLines(current.value);
      current.lines = lines2;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i2 - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines2) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines2.length;
        } else {
          oldLine += lines2.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines2.length <= context * 2 && i2 < diff.length - 2) {
            for (const line of contextLines(lines2)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines2.length, context);
            for (const line of contextLines(lines2.slice(0, contextSize))) {
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
        oldLine += lines2.length;
        newLine += lines2.length;
      }
    }
    for (const hunk of hunks) {
      for (let i2 = 0; i2 < hunk.lines.length; i2++) {
        if (hunk.lines[i2].endsWith("\n")) {
          hunk.lines[i2] = hunk.lines[i2].slice(0, -1);
        } else {
          hunk.lines.splice(i2 + 1, 0, "\\ No newline at end of file");
          i2++;
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
  for (let i2 = 0; i2 < patch.hunks.length; i2++) {
    const hunk = patch.hunks[i2];
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
  return !isUtf8(head.length < content.length ? head.subarray(0, lastCharBoundary(head)) : head);
}
function lastCharBoundary(buf) {
  for (let i2 = 1; i2 <= 3 && i2 <= buf.length; i2++) {
    const byte = buf[buf.length - i2];
    if (byte >= 192) return buf.length - i2;
    if (byte < 128) break;
  }
  return buf.length;
}
function textDiff(path6, before, after) {
  if (before && after && before.equals(after)) return {};
  if (before && isBinary(before) || after && isBinary(after)) return { binary: true };
  const total = (before?.length ?? 0) + (after?.length ?? 0);
  if (total > MAX_INPUT) {
    return { diff: `(not diffed: ${total} bytes of text exceed the ${MAX_INPUT}-byte diff limit)
`, diffTruncated: true };
  }
  const [oldName, newName] = [before ? `a${path6}` : "/dev/null", after ? `b${path6}` : "/dev/null"];
  const [oldText, newText] = [before?.toString("utf8") ?? "", after?.toString("utf8") ?? ""];
  const body = oldText === "" || newText === "" ? withoutIndex(oneSidedPatch(oldName, newName, oldText, newText)) : withoutIndex(withoutUnderline(createTwoFilesPatch(oldName, newName, oldText, newText, void 0, void 0, { context: 3 })));
  if (body.length <= MAX_DIFF) return { diff: body };
  return { diff: body.slice(0, MAX_DIFF) + `
(diff cut at ${MAX_DIFF} of ${body.length} characters)
`, diffTruncated: true };
}
var withoutUnderline = (patch) => patch.replace(/^=+\n/m, "");
var withoutIndex = (patch) => patch.replace(/^Index: .*\n/m, "");
function oneSidedPatch(oldName, newName, oldText, newText) {
  const header = withoutUnderline(formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader: void 0, newHeader: void 0, hunks: [] }));
  const text = oldText || newText;
  if (!text) return header;
  const lastComplete = text.endsWith("\n");
  let lines2 = lastComplete ? 0 : 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines2++;
  const sign = oldText ? "-" : "+";
  const range = oldText ? `-1,${lines2} +0,0` : `-0,0 +1,${lines2}`;
  const body = sign + (lastComplete ? text.slice(0, -1) : text).replaceAll("\n", `
${sign}`);
  return `${header}@@ ${range} @@
${body}
${lastComplete ? "" : "\\ No newline at end of file\n"}`;
}

// src/engine/upper-scan.ts
var isWhiteout = (e) => e.type === "c" && e.rdev === "0:0";
var isPlainPath = (path6) => !!path6 && path6.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
function parseScan(records) {
  return records.filter((f) => isPlainPath(f[0])).map((f) => ({
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
var signature = (e) => isWhiteout(e) ? "whiteout" : `${e.type}:${e.ino}:${e.ctime}:${e.size}:${e.rdev}`;

// src/engine/changes.ts
var REPORT_DIFF_BUDGET = 32 * 1024 * 1024;
function resolvesToItself(src, dir) {
  let real = src.realDirs.get(dir);
  if (real === void 0) {
    try {
      real = realpathSync(dir) === dir;
    } catch {
      real = false;
    }
    src.realDirs.set(dir, real);
  }
  return real;
}
function lowerSide(src, rel) {
  const path6 = join4(src.root, rel);
  const st = lstatOrUndefined(path6);
  if (!st) return void 0;
  if (!resolvesToItself(src, dirname2(path6))) return void 0;
  return { path: path6, st, content: st.isFile() ? readNoFollow(path6) : void 0 };
}
function upperSide(src, rel) {
  const path6 = join4(src.upper, rel);
  const st = lstatOrUndefined(path6);
  if (!st) return void 0;
  return { path: path6, st, content: st.isFile() ? readNoFollow(path6) : void 0 };
}
var sameMeta = (a2, b, type) => a2.mode === b.mode && a2.uid === b.uid && a2.gid === b.gid && a2.md5 === b.md5 && a2.target === b.target && (type === "directory" || a2.size === b.size);
function describe(rel, action, type, before, after, src, selinux) {
  const change = { path: "/" + rel, action, type };
  if (before && src) change.before = makeMeta(before.path, before.st, src.before, before.content);
  if (after && src) change.after = makeMeta(after.path, after.st, src.after, after.content, selinux);
  if (before?.content || after?.content) {
    const budget = src?.diffBudget;
    if (budget && budget.left <= 0) {
      change.diffTruncated = true;
    } else {
      Object.assign(change, textDiff("/" + rel, before?.content, after?.content));
      if (budget && change.diff) budget.left -= change.diff.length;
    }
  }
  return change;
}
function lowerTreeDeleted(src, rel, keep, out) {
  let names;
  try {
    names = readdirSync(join4(src.root, rel)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const child = `${rel}/${name}`;
    if (keep.has(child) || isExcluded(child)) continue;
    const side2 = lowerSide(src, child);
    if (!side2) continue;
    out.push(describe(child, "deleted", entryType(side2.st), side2, void 0, src));
    if (side2.st.isDirectory()) lowerTreeDeleted(src, child, keep, out);
  }
}
function computeChanges(entries, sources) {
  const src = { diffBudget: { left: REPORT_DIFF_BUDGET }, ...sources, realDirs: /* @__PURE__ */ new Map() };
  const out = [];
  const present2 = new Set(entries.filter((e) => !isWhiteout(e)).map((e) => e.path));
  const opaque = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const rel = entry.path;
    if (isExcluded(rel)) continue;
    const before = lowerSide(src, rel);
    if (isWhiteout(entry)) {
      if (!before) continue;
      out.push(describe(rel, "deleted", entryType(before.st), before, void 0, src));
      if (before.st.isDirectory()) lowerTreeDeleted(src, rel, present2, out);
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
    const replaced = entry.opaque || opaque.has(dirname2(rel));
    if (replaced && after.st.isDirectory()) opaque.add(rel);
    if (replaced && before.st.isDirectory()) lowerTreeDeleted(src, rel, present2, out);
  }
  return out;
}

// src/engine/effects.ts
import { execFileSync as execFileSync3 } from "node:child_process";
import { join as join8 } from "node:path";

// src/engine/helper-binary.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname3, join as join5, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function helperBinary() {
  if (process.env.DISCO_SANDBOX_HELPER) return process.env.DISCO_SANDBOX_HELPER;
  const here = dirname3(fileURLToPath(import.meta.url));
  const candidates = [join5(here, "disco-sandbox"), resolve(here, "../../dist/disco-sandbox")];
  return candidates.find((path6) => existsSync3(path6)) ?? candidates[0];
}

// src/engine/journal.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync3, existsSync as existsSync4, fsyncSync, mkdirSync as mkdirSync2, openSync as openSync3, readdirSync as readdirSync2, readFileSync as readFileSync2, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join7 } from "node:path";

// src/model/paths.ts
import { join as join6 } from "node:path";
var stateDir = () => process.env.DISCO_STATE_DIR || "/var/lib/disco";
var lastReportPath = () => join6(stateDir(), "last-report.json");
var defaultParamTree = () => process.env.DISCO_PARAM_TREE || join6(stateDir(), "params");

// src/engine/merge.ts
import { execFileSync } from "node:child_process";
var MergeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MergeError";
  }
};
function mergeUpper(upper, root) {
  try {
    execFileSync(helperBinary(), ["merge", upper, root, ...EXCLUDED_PATHS], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    throw new MergeError(stderr.replace(/^disco-sandbox: /, "") || "merge failed");
  }
}

// src/engine/journal.ts
var journalRoot = () => join7(stateDir(), "journal");
var journalDir = (root) => join7(journalRoot(), createHash2("sha256").update(root).digest("hex").slice(0, 16));
function writeSynced(path6, text) {
  writeFileSync2(path6, text);
  const fd = openSync3(path6, "r");
  fsyncSync(fd);
  closeSync3(fd);
}
function writeJournal(upper, root, calls) {
  const dir = journalDir(root);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync2(dir, { recursive: true });
  execFileSync2(helperBinary(), ["save", upper, join7(dir, "upper")], { stdio: ["ignore", "ignore", "pipe"] });
  writeSynced(join7(dir, "journal.json"), JSON.stringify({ root, calls }));
  writeSynced(join7(dir, "done"), "0");
  writeSynced(join7(dir, "committed.tmp"), (/* @__PURE__ */ new Date()).toISOString());
  renameSync(join7(dir, "committed.tmp"), join7(dir, "committed"));
  return { dir, root, upper: join7(dir, "upper"), calls, done: 0 };
}
function markEffects(journal, done) {
  journal.done = done;
  writeSynced(join7(journal.dir, "done.tmp"), String(done));
  renameSync(join7(journal.dir, "done.tmp"), join7(journal.dir, "done"));
}
function finishJournal(journal) {
  rmSync(journal.dir, { recursive: true, force: true });
}
function readJournal(dir) {
  if (!existsSync4(join7(dir, "committed"))) return void 0;
  const { root, calls } = JSON.parse(readFileSync2(join7(dir, "journal.json"), "utf8"));
  const done = Number(readFileSync2(join7(dir, "done"), "utf8")) || 0;
  return { dir, root, upper: join7(dir, "upper"), calls, done };
}
function pendingJournals(root) {
  const base = journalRoot();
  if (!existsSync4(base)) return [];
  const dirs = root ? [journalDir(root)] : readdirSync2(base).map((name) => join7(base, name));
  const journals = [];
  for (const dir of dirs) {
    if (!existsSync4(dir)) continue;
    const journal = readJournal(dir);
    if (journal) journals.push(journal);
    else rmSync(dir, { recursive: true, force: true });
  }
  return journals;
}
function completeMerge(journal) {
  mergeUpper(journal.upper, journal.root);
}

// src/engine/metrics.ts
var round = (n2, digits = 3) => Math.round(n2 * 10 ** digits) / 10 ** digits;
function metricsFromRusage(f) {
  const n2 = f.map(Number);
  return {
    time_real: round(n2[0]),
    time_user: round(n2[1]),
    time_sys: round(n2[2]),
    mem_avg: 0,
    mem_max: n2[3],
    mem_faults_major: n2[4],
    mem_faults_minor: n2[5],
    io_fsin: n2[6],
    io_fsout: n2[7],
    io_sockin: 0,
    io_sockout: 0,
    io_signals: n2[8],
    ctx_voluntary: n2[9],
    ctx_involuntary: n2[10]
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
function runEffect(call, root, log) {
  const answer = execFileSync3(helperBinary(), ["exec", root, log, call.replay], { encoding: "utf8" });
  const fields = answer.trim().split("	");
  return {
    kind: "effect",
    name: call.command,
    source: call.source,
    exitCode: Number(fields[2]),
    output: readStepOutput(log),
    metrics: metricsFromRusage(fields.slice(4))
  };
}
function runEffects(journal, report, io, emit) {
  const modules = new Map(report.modules.map((m) => [m.name, m]));
  for (let index = journal.done; index < journal.calls.length; index++) {
    const call = journal.calls[index];
    const step = runEffect(call, journal.root, join8(io, `effect-${index}.log`));
    markEffects(journal, index + 1);
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

// src/engine/recover.ts
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join9 } from "node:path";
function recoverApplies(say2, root) {
  const journals = pendingJournals(root);
  for (const journal of journals) {
    say2(`info: completing an interrupted apply on ${journal.root}`);
    completeMerge(journal);
    const logs = mkdtempSync2(join9(tmpdir2(), "disco-recover-"));
    try {
      for (let index = journal.done; index < journal.calls.length; index++) {
        const step = runEffect(journal.calls[index], journal.root, join9(logs, `${index}.log`));
        markEffects(journal, index + 1);
        say2(`info: Executed : ${step.name} (exit ${step.exitCode})`);
      }
    } finally {
      rmSync2(logs, { recursive: true, force: true });
    }
    finishJournal(journal);
  }
  return journals.length;
}

// src/engine/root-lock.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync4, mkdirSync as mkdirSync3, openSync as openSync4, readFileSync as readFileSync3, unlinkSync, writeSync } from "node:fs";
import { join as join10 } from "node:path";
function processStart(pid) {
  try {
    const stat = readFileSync3(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
var sleep = (ms) => new Promise((resolve18) => setTimeout(resolve18, ms));
async function lockRoot(root, waitSeconds, say2) {
  const dir = join10(stateDir(), "locks");
  mkdirSync3(dir, { recursive: true });
  const path6 = join10(dir, createHash3("sha256").update(root).digest("hex").slice(0, 16) + ".lock");
  const me = `${process.pid} ${processStart(process.pid)} ${root}
`;
  const deadline = Date.now() + waitSeconds * 1e3;
  let told = false;
  for (; ; ) {
    try {
      const fd = openSync4(path6, "wx", 420);
      writeSync(fd, me);
      closeSync4(fd);
      let held = true;
      return {
        release: () => {
          if (held) unlinkSync(path6);
          held = false;
        }
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let holder = "";
    try {
      holder = readFileSync3(path6, "utf8");
    } catch {
      continue;
    }
    const [pid, start] = holder.split(" ");
    if (!holder.endsWith("\n") && Date.now() < deadline) {
      await sleep(20);
      continue;
    }
    if (!pid || processStart(Number(pid)) !== start) {
      try {
        if (readFileSync3(path6, "utf8") === holder) {
          unlinkSync(path6);
          say2(`warning: removed the stale lock of process ${pid || "?"} on ${root} (it is gone)`);
        }
      } catch {
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new InputError(`another dance (pid ${pid}) holds the lock on this root; try again later or raise --lock-wait`, root);
    }
    if (!told) say2(`info: waiting for the dance of process ${pid} on ${root} to finish`);
    told = true;
    await sleep(200);
  }
}

// src/engine/sandbox-process.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
var unescapeField = (s) => s.includes("\\") ? s.replace(/\\(.)/g, (_, c3) => ({ t: "	", n: "\n", r: "\r" })[c3] ?? c3) : s;
var escapeField = (s) => s.replace(/[\\\t\n\r]/g, (c3) => ({ "	": "\\t", "\n": "\\n", "\r": "\\r" })[c3] ?? "\\\\");
var SandboxProcess = class _SandboxProcess {
  constructor(child, scratch, share) {
    this.scratch = scratch;
    this.share = share;
    this.child = child;
    this.lines = createInterface({ input: child.stdout });
    this.lines.on("line", (line) => {
      const head = this.pending[0];
      if (!head) return;
      const parts = line.split("	");
      if (parts[0] === "F") head.records.push(parts.slice(1).map(unescapeField));
      else if (parts[1] === head.id && (parts[0] === "D" || parts[0] === "E")) {
        this.pending.shift();
        head.resolve(
          parts[0] === "D" ? { ok: true, fields: parts.slice(2), records: head.records } : { ok: false, fields: [], message: unescapeField(parts[2] ?? ""), records: head.records }
        );
      }
    });
    child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 65536) this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve18) => child.on("close", (code) => resolve18(code ?? 2)));
    this.exited.then(() => this.pending.splice(0).forEach((request) => request.reject(new SandboxError(this.failure()))));
  }
  scratch;
  share;
  child;
  lines;
  /** Requests sent and not yet answered, oldest first: the helper answers them in order. */
  pending = [];
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
    const limits = launch.limits ?? {};
    if (limits.stepTimeout) args.push("--step-timeout", String(limits.stepTimeout));
    if (limits.pidsMax) args.push("--pids-max", String(limits.pidsMax));
    if (limits.memoryMax) args.push("--memory-max", String(limits.memoryMax));
    if (limits.outputCap) args.push("--output-cap", String(limits.outputCap));
    const child = spawn(helperBinary(), args, { stdio: ["pipe", "pipe", "pipe", "pipe"], env: launch.env });
    child.on("error", () => void 0);
    child.stdin.on("error", () => void 0);
    return new _SandboxProcess(child, launch.scratch, launch.share);
  }
  /** The overlay's upper layer, as this (host-side) process can read it while the sandbox lives. */
  get upperPath() {
    return `/proc/${this.child.pid}/root${this.scratch}/upper`;
  }
  /**
   * The sandbox's /run/disco/io (step output, the shims' log) as this process reads it: a tmpfs the
   * helper mounts over the share's io directory in its own namespace, so nothing a step writes
   * there reaches the host's disk or the host-side directory. Gone with `close()`.
   */
  get ioPath() {
    return `/proc/${this.child.pid}/root${this.share}/io`;
  }
  get pid() {
    return this.child.pid;
  }
  /**
   * Sends one request and collects its answer. A dead helper is an error naming its last words.
   * Requests may be sent before earlier ones are answered (the helper reads and answers them in
   * order), so that it goes from one step to the next without waiting for this process.
   */
  request(kind, ...fields) {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.reject(new SandboxError(this.failure()));
    const id = String(this.nextId++);
    const answer = new Promise((resolve18, reject) => this.pending.push({ id, records: [], resolve: resolve18, reject }));
    answer.catch(() => void 0);
    this.child.stdin.write([kind, id, ...fields.map(escapeField)].join("	") + "\n");
    return answer;
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
  /** Tears the sandbox down now: the supervisor dies, and with it the init and every step. */
  kill() {
    this.child.kill("SIGKILL");
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

// src/engine/step-environment.ts
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

// src/engine/dance.ts
var compareCtime = (x, y) => {
  const [a2, b] = [x.split(".").map(Number), y.split(".").map(Number)];
  return a2[0] - b[0] || a2[1] - b[1];
};
var newest = (entries, since) => entries.reduce((max, e) => compareCtime(e.ctime, max) > 0 ? e.ctime : max, since);
async function dance(options) {
  checkRoot(options.root);
  const emit = options.onEvent ?? (() => void 0);
  const say2 = (line) => emit({ kind: "notice", line });
  const lock = await lockRoot(options.root, options.lockWait ?? 600, say2);
  try {
    recoverApplies(say2, options.root);
    return await danceLocked(options, emit);
  } finally {
    lock.release();
  }
}
async function danceLocked(options, emit) {
  const { plan, root, mode } = options;
  const report = {
    schema: DANCE_REPORT_SCHEMA,
    node: plan.node,
    mode,
    status: "passed",
    order: plan.order,
    modules: [],
    errors: [],
    internal: [...options.internal ?? []],
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    root
  };
  const internal = async (name, work) => {
    emit({ kind: "phase", name });
    const { value, metrics } = await measure(work);
    const step = { kind: "internal", name, exitCode: 0, output: "", metrics };
    report.internal.push(step);
    emit({ kind: "phase-done", name, step });
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
    limits: options.limits,
    env: stepEnvironment(plan.node, mode)
  });
  const calls = [];
  const interrupt = () => sandbox.kill();
  options.signal?.addEventListener("abort", interrupt);
  try {
    const sources = /* @__PURE__ */ new Map();
    const owners = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    let since = "0.0";
    let blockedOffset = 0;
    let stepId = 0;
    const attribute = (fresh, module) => {
      since = newest(fresh, since);
      for (const entry of fresh) {
        const sig = signature(entry);
        if (seen.get(entry.path) !== sig) owners.set(entry.path, module);
        seen.set(entry.path, sig);
      }
    };
    for (const [index, module] of plan.modules.entries()) {
      emit({ kind: "module", module: module.name });
      const result = { name: module.name, status: "passed", steps: [], changes: [], blocked: [] };
      report.modules.push(result);
      const steps = sendModuleSteps(sandbox, module, () => ++stepId, sources, sandbox.ioPath, options.limits);
      const scan = index < plan.modules.length - 1 ? sandbox.request("S", since) : void 0;
      for (const sent of steps) {
        const step = await sent;
        result.steps.push(step);
        if (step.exitCode !== 0) result.status = "failed";
        emit({ kind: "step", module: module.name, step });
      }
      const blocked = readBlockedLog(join11(sandbox.ioPath, "blocked"), blockedOffset, sources);
      blockedOffset = blocked.offset;
      calls.push(...blocked.calls);
      result.blocked = blocked.calls.map(({ command, source, line }) => ({ command, source, line }));
      if (scan) attribute(parseScan((await scan).records), module.name);
    }
    if (report.modules.some((m) => m.status === "failed")) report.status = "failed";
    await sandbox.request("K");
    const entries = parseScan((await sandbox.request("S")).records);
    sandbox.endSteps();
    const last = plan.modules[plan.modules.length - 1];
    if (last) attribute(entries.filter((entry) => compareCtime(entry.ctime, since) >= 0), last.name);
    await internal("diff", () => {
      const before = readAccounts(root);
      const after = readAccounts(sandbox.upperPath, before);
      const changes = computeChanges(entries, { root, upper: sandbox.upperPath, before, after });
      const byName = new Map(report.modules.map((m) => [m.name, m]));
      for (const change of changes) {
        const owner = owners.get(change.path.slice(1)) ?? ownerOfAncestor(change.path.slice(1), owners);
        (byName.get(owner ?? "") ?? report.modules[report.modules.length - 1])?.changes.push(change);
      }
      for (const module of report.modules) module.changes.sort((a2, b) => comparePaths(a2.path, b.path));
    });
    if (mode === "apply" && report.status === "passed") {
      const journal = await internal("journal", () => writeJournal(sandbox.upperPath, root, calls));
      await internal("merge", () => mergeUpper(journal.upper, root));
      await sandbox.close();
      runEffects(journal, report, share.io, emit);
      finishJournal(journal);
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    report.status = "failed";
    report.interrupted = true;
    report.errors.push({ message: `interrupted by ${String(options.signal.reason ?? "a signal")}` });
  } finally {
    options.signal?.removeEventListener("abort", interrupt);
    await sandbox.close();
    rmSync3(share.dir, { recursive: true, force: true });
  }
  return report;
}
function ownerOfAncestor(rel, owners) {
  for (let i2 = rel.lastIndexOf("/"); i2 > 0; i2 = rel.lastIndexOf("/", i2 - 1)) {
    const owner = owners.get(rel.slice(0, i2));
    if (owner) return owner;
  }
  return void 0;
}
function sendModuleSteps(sandbox, module, nextId, sources, io, limits) {
  const moduleDir = `modules/${module.name}`;
  const steps = [];
  if (module.files.length) {
    steps.push(
      measure(() => sandbox.request("C", `${SANDBOX_REPO}/${moduleDir}/files`)).then(({ value: answer, metrics }) => ({
        kind: "files",
        name: "files",
        source: `${moduleDir}/files`,
        exitCode: answer.ok ? 0 : 1,
        output: answer.ok ? "" : `error: files: ${answer.message}
`,
        metrics: { ...metrics, mem_max: 0 }
      }))
    );
  }
  const run2 = async (id, source, install) => {
    sources.set(id, source);
    const answer = await sandbox.request(
      install ? "T" : "X",
      `${SANDBOX_REPO}/${source}`,
      `${SANDBOX_IO}/${id}.log`,
      ...install ? [install.out, install.target] : ["-"],
      `DISCO_STEP=${id}`,
      `DISCO_SCRIPT=${SANDBOX_REPO}/${source}`,
      `DISCO_MODULE=${module.name}`,
      `DISCO_MODULE_DIR=${SANDBOX_REPO}/${moduleDir}`
    );
    const [exit, signal] = answer.fields.map(Number);
    const [why, printed] = [Number(answer.fields[13] ?? 0), Number(answer.fields[14] ?? 0)];
    const step = {
      source,
      exitCode: exit,
      output: readStepOutput(join11(io, `${id}.log`)),
      metrics: answer.fields.length >= 13 ? metricsFromRusage(answer.fields.slice(2)) : zeroMetrics()
    };
    if (why === 1) step.reason = `timed out after ${limits?.stepTimeout ?? "?"} s (--step-timeout)`;
    else if (why === 2) step.reason = "killed by the memory limit (--memory-max)";
    else if (why === 3) step.reason = "the process limit refused a fork (--pids-max)";
    else if (signal) step.reason = `killed by signal ${signal}`;
    if (printed > OUTPUT_TAIL) step.outputBytes = printed;
    if (step.reason && step.exitCode === 0) step.exitCode = 1;
    const notInstalled = install ? unescapeField(answer.fields[15] ?? "") : "";
    if (install && step.exitCode === 0 && notInstalled) {
      step.exitCode = 1;
      step.output += `error: template ${source}: cannot write ${install.target}: ${notInstalled}
`;
    }
    return step;
  };
  for (const template of module.templates) {
    const id = nextId();
    const target = template.target;
    steps.push(run2(id, template.source, { out: `${SANDBOX_IO}/${id}.out`, target }).then((step) => ({ kind: "template", name: target, ...step })));
  }
  for (const script of module.scripts) {
    steps.push(run2(nextId(), script.source).then((step) => ({ kind: "script", name: script.name, ...step })));
  }
  for (const step of steps) step.catch(() => void 0);
  return steps;
}

// src/fetch/fetch-repo.ts
import { statSync as statSync6, writeFileSync as writeFileSync4 } from "node:fs";
import { join as join18 } from "node:path";

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
  return [...merged.values()].sort((a2, b) => comparePaths(a2.key, b.key));
}
function dropChildren(tree, key) {
  for (const child of tree.keys()) if (child.startsWith(key + "/")) tree.delete(child);
}

// src/plan/find-cycle.ts
function findCycle(nodes, edges) {
  const outgoing = /* @__PURE__ */ new Map();
  for (const edge of edges) {
    const list = outgoing.get(edge.first);
    if (list) list.push(edge);
    else outgoing.set(edge.first, [edge]);
  }
  for (const list of outgoing.values()) list.sort((a2, b) => compareNames(a2.then, b.then));
  const done = /* @__PURE__ */ new Set();
  const onPath = /* @__PURE__ */ new Set();
  const path6 = [];
  for (const start of [...nodes].sort(compareNames)) {
    if (done.has(start)) continue;
    const frames = [{ node: start, next: 0 }];
    onPath.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const out = outgoing.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const edge = out[frame.next++];
        if (onPath.has(edge.then)) {
          const first = path6.findIndex((step) => step.first === edge.then);
          return rotate([...first < 0 ? [] : path6.slice(first), edge]);
        }
        if (done.has(edge.then)) continue;
        path6.push(edge);
        onPath.add(edge.then);
        frames.push({ node: edge.then, next: 0 });
      } else {
        frames.pop();
        onPath.delete(frame.node);
        done.add(frame.node);
        path6.pop();
      }
    }
  }
  return void 0;
}
function rotate(cycle) {
  const first = cycle.reduce((best, edge, index) => compareNames(edge.first, cycle[best].first) < 0 ? index : best, 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

// src/plan/order-modules.ts
function orderModules(modules, edges) {
  const names = [...new Set(modules)].sort(compareNames);
  const sets = /* @__PURE__ */ new Map();
  for (const edge of edges) sets.set(edge.then, (sets.get(edge.then) ?? /* @__PURE__ */ new Set()).add(edge.first));
  const prerequisites = new Map([...sets].map(([name, set]) => [name, [...set].sort(compareNames)]));
  const order = [];
  const state = /* @__PURE__ */ new Map();
  for (const start of names) {
    if (state.has(start)) continue;
    state.set(start, "visiting");
    const stack = [{ name: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const before = prerequisites.get(top.name) ?? [];
      if (top.next < before.length) {
        const prerequisite = before[top.next++];
        const seen = state.get(prerequisite);
        if (seen === "visiting") {
          const cycle = findCycle(names, edges);
          if (!cycle) throw new Error("orderModules: a module met again on its own path, yet no cycle found");
          throw cycleError(cycle);
        }
        if (seen === void 0) {
          state.set(prerequisite, "visiting");
          stack.push({ name: prerequisite, next: 0 });
        }
      } else {
        stack.pop();
        state.set(top.name, "done");
        order.push(top.name);
      }
    }
  }
  return order;
}
function cycleError(cycle) {
  const path6 = [...cycle.map((edge) => edge.first), cycle[0].first].join(" \u2192 ");
  const statements = cycle.map(({ cause }) => `${cause.file}:${cause.line} '${cause.kind} ${cause.module}'`).join(", ");
  const first = cycle[0].cause;
  return new InputError(`cycle in requires: ${path6} (\u2192 = runs before; ${statements})`, first.file, first.line);
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
function makeAllPlans(repo) {
  return [...repo.nodes.keys()].sort(compareNames).map((node) => makePlan(repo, node));
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
import { lstatSync as lstatSync4, readdirSync as readdirSync3, readFileSync as readFileSync4, readlinkSync as readlinkSync2, realpathSync as realpathSync2, statSync } from "node:fs";
import { join as join12, relative, resolve as resolve2, sep } from "node:path";
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
  const logical = join12(repo.root, rel);
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
  return readdirSync3(realDir).filter((name) => name !== IGNORED_FILE).sort(compareNames);
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
  return readFileSync4(real, "utf8");
}
function lstatOrUndefined2(path6) {
  try {
    return lstatSync4(path6);
  } catch {
    return void 0;
  }
}
function linkText(path6) {
  try {
    return readlinkSync2(path6);
  } catch {
    return "?";
  }
}

// src/plan/parse-requires.ts
function parseRequires(text, file) {
  const requirements = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const statement = raw.split("#")[0].trim();
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
import { readFileSync as readFileSync5 } from "node:fs";

// src/plan/walk-tree.ts
import { lstatSync as lstatSync5, readlinkSync as readlinkSync3, statSync as statSync2 } from "node:fs";
import { join as join13 } from "node:path";
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
    const path6 = join13(realDir, name);
    let stats = lstatSync5(path6);
    let real = path6;
    if (stats.isSymbolicLink()) {
      if (!options.followSymlinks) {
        out.push({ rel, source, type: "symlink", real, mode: stats.mode & 4095, linkTarget: readlinkSync3(path6) });
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
function checkExtraEntries(repo, dirRel, names, known, sources) {
  for (const name of names.filter((entry) => !known.includes(entry))) {
    const rel = `${dirRel}/${name}`;
    const real = resolveInRepo(repo, rel, sources);
    if (real && statSync2(real).isDirectory()) walkTree(repo, rel, { followSymlinks: true, sources });
  }
}

// src/plan/read-params.ts
function readParams(repo, dirRel, sources) {
  const entries = walkTree(repo, dirRel, { followSymlinks: true, sources });
  return entries.map((entry) => {
    const key = checkParamKey(entry.rel, entry.source);
    return entry.type === "directory" ? { key, type: "dir", origin: entry.source } : { key, type: "value", value: readFileSync5(entry.real, "utf8"), origin: entry.source };
  }).sort((a2, b) => comparePaths(a2.key, b.key));
}

// src/plan/sources.ts
function compactSources(sources) {
  const all = [...sources];
  return all.filter((path6, index) => all.findIndex((other) => path6 === other || path6.startsWith(other + "/")) === index);
}

// src/plan/read-module.ts
var MODULE_ENTRIES = ["requires", "parameters", "files", "templates", "scripts"];
function readModule(repo, name) {
  const dir = `modules/${name}`;
  const sources = /* @__PURE__ */ new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  checkExtraEntries(repo, dir, realDir ? listNames(realDir) : [], MODULE_ENTRIES, sources);
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
var NODE_ENTRIES = ["parameters", "modules"];
function readNode(repo, name) {
  const dir = `parameters/${name}`;
  const sources = /* @__PURE__ */ new Set([dir]);
  const realDir = openDir(repo, dir, sources);
  checkExtraEntries(repo, dir, realDir ? listNames(realDir) : [], NODE_ENTRIES, sources);
  const modulesDir = `${dir}/modules`;
  const realModulesDir = openDir(repo, modulesDir, sources);
  const modules = realModulesDir ? listNames(realModulesDir) : [];
  for (const module of modules) {
    const file = `${modulesDir}/${module}`;
    checkEntityName("module", module, file);
    const real = resolveInRepo(repo, file, sources);
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
import { statSync as statSync4 } from "node:fs";
function readRepo(dir) {
  try {
    return readRepoTree(dir);
  } catch (error) {
    throw unreadable(error) ?? error;
  }
}
function unreadable(error) {
  if (error instanceof InputError) return void 0;
  const { code, syscall, path: path6 } = error;
  if (typeof code !== "string" || !syscall || !path6) return void 0;
  return new InputError(`cannot read (${code})`, path6);
}
function readRepoTree(dir) {
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
  const sources = /* @__PURE__ */ new Set();
  const realDir = openDir(repo, folder, sources);
  if (!realDir) return void 0;
  return listNames(realDir).filter((name) => statSync4(resolveInRepo(repo, `${folder}/${name}`, sources)).isDirectory()).map((name) => checkEntityName(kind, name, `${folder}/${name}`));
}

// src/fetch/server-uri.ts
import { resolve as resolve3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PARAMETERS_MODULE = "parameters";
var HOST = String.raw`(?:[A-Za-z0-9_][A-Za-z0-9_.-]*|\[[0-9A-Fa-f:.]+\])`;
var USER = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]*`;
var DAEMON_URL = new RegExp(`^rsync://(?:(${USER})@)?(${HOST})(?::(\\d{1,5}))?/?$`);
var DAEMON_PAIR = new RegExp(`^(?:(${USER})@)?(${HOST})(::)?$`);
function parseServerUri(text, culprit) {
  const uri = text.trim();
  if (uri.startsWith("rsync://")) {
    const match2 = DAEMON_URL.exec(uri);
    if (!match2) throw new InputError(`expected rsync://HOST[:PORT]/ with no path (modules are added to it), got '${uri}'`, culprit);
    const [, user, host, port] = match2;
    return { kind: "daemon", uri, prefix: `rsync://${user ? `${user}@` : ""}${host}${port ? `:${port}` : ""}/` };
  }
  if (uri.startsWith("file://")) return { kind: "local", uri, dir: fileURLToPath2(uri) };
  if (uri.startsWith("/") || uri.startsWith("./") || uri.startsWith("../")) return { kind: "local", uri, dir: resolve3(uri) };
  const match = DAEMON_PAIR.exec(uri);
  if (match) {
    const [, user, host] = match;
    return { kind: "daemon", uri, prefix: `${user ? `${user}@` : ""}${host}::` };
  }
  throw new InputError(
    `cannot read server '${uri}' (expected rsync://HOST[:PORT]/, [USER@]HOST::, or a directory starting with / or ./)`,
    culprit
  );
}
function rsyncSource(server, module, sub = "") {
  if (server.kind === "daemon") return `${server.prefix}${module}/${sub}`;
  const folder = module === PARAMETERS_MODULE ? PARAMETERS_MODULE : `modules/${module}`;
  return `${server.dir}/${folder}/${sub}`;
}
function serverLocation(server, repoPath) {
  const [top, name, ...rest] = repoPath.split("/");
  if (top === "parameters" && name) return rsyncSource(server, PARAMETERS_MODULE, [name, ...rest].join("/"));
  if (top === "modules" && name) return rsyncSource(server, name, rest.join("/"));
  return `${server.uri} (${repoPath})`;
}

// src/fetch/fetch-errors.ts
function failureError(server, target, failure) {
  const { kind, detail } = failure;
  if (kind === "unreachable") return new InputError(`cannot reach the server: ${detail}`, server.uri);
  if (target.kind === "parameters" && kind === "no-module") {
    return new InputError(`the server has no rsync module '${PARAMETERS_MODULE}' (${detail})`, server.uri);
  }
  if (target.kind === "parameters" && kind === "no-path") {
    return new InputError(`unknown node '${target.node}': the server has no parameters for it`, target.source);
  }
  if (target.kind === "module" && (kind === "no-module" || kind === "no-path")) {
    const { file, line } = target.wantedBy;
    return new InputError(`module '${target.module}' is not on the server (no ${target.source})`, serverLocation(server, file), line);
  }
  if (kind === "refused") return new InputError(`the server refused: ${detail}`, target.source);
  if (kind === "timeout") return new InputError(`the server stopped answering: ${detail}`, target.source);
  return new InputError(`rsync failed: ${detail}`, target.source);
}
function onServer(server, work) {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof InputError) || !error.culprit || !/^(modules|parameters)\//.test(error.culprit)) throw error;
    const prefix = `${error.culprit}${error.line ? `:${error.line}` : ""}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw new InputError(message, serverLocation(server, error.culprit), error.line);
  }
}

// src/fetch/fetch-unit.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync4 } from "node:fs";
import { dirname as dirname5, join as join16 } from "node:path";

// src/fetch/confine.ts
import { lstatSync as lstatSync6, readdirSync as readdirSync4, readlinkSync as readlinkSync4, realpathSync as realpathSync3 } from "node:fs";
import { dirname as dirname4, join as join14, resolve as resolve4, sep as sep2 } from "node:path";

// src/fetch/limits.ts
var DEFAULT_LIMITS = {
  maxFile: 100 * 2 ** 20,
  maxTotal: 2 ** 30,
  maxEntries: 1e5
};
function formatSize(bytes2) {
  const [unit, size] = ["GiB", "MiB", "KiB"].map((name, index) => [name, 2 ** (30 - index * 10)]).find(([, size2]) => bytes2 >= size2) ?? ["bytes", 1];
  return unit === "bytes" ? `${bytes2} bytes` : `${Number((bytes2 / size).toFixed(1))} ${unit}`;
}

// src/fetch/confine.ts
function checkFetchedUnit(stageRoot, unit, maxFile) {
  const unitDir = join14(stageRoot, unit);
  const realUnit = realpathSync3(unitDir);
  const linksAreContent = unit.startsWith("modules/") ? `${unit}/files/` : void 0;
  const usage2 = { bytes: 0, entries: 0 };
  const walk = (rel) => {
    for (const name of readdirSync4(join14(stageRoot, rel)).sort()) {
      const childRel = `${rel}/${name}`;
      const path6 = join14(stageRoot, childRel);
      const stats = lstatSync6(path6);
      usage2.entries++;
      if (stats.isDirectory()) {
        walk(childRel);
      } else if (stats.isFile()) {
        if (stats.size > maxFile) throw new InputError(`file of ${formatSize(stats.size)} is over the ${formatSize(maxFile)} limit (--max-file)`, childRel);
        usage2.bytes += stats.size;
      } else if (stats.isSymbolicLink()) {
        if (!linksAreContent || !childRel.startsWith(linksAreContent)) checkLink(path6, childRel, realUnit, unit);
      } else {
        throw new InputError("unsupported file type (only files, directories and symlinks)", childRel);
      }
    }
  };
  walk(unit);
  return usage2;
}
function checkLink(path6, rel, realUnit, unit) {
  const target = readlinkSync4(path6);
  const inside = (real2) => real2 === realUnit || real2.startsWith(realUnit + sep2);
  const outside = new InputError(`symlink leads outside ${unit} (-> ${target})`, rel);
  if (!inside(resolve4(realpathSync3(dirname4(path6)), target))) throw outside;
  let real;
  try {
    real = realpathSync3(path6);
  } catch {
    throw new InputError(`broken symlink (-> ${target})`, rel);
  }
  if (!inside(real)) throw outside;
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath as fileURLToPath3 } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath3(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines2) => stripVTControlCharacters(lines2).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field2, padding) => String(field2).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path5 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path2 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath4(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path2.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path2.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path2.delimiter ? `${result.join(path2.delimiter)}${pathOption}` : [...result, pathOption].join(path2.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path2.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants5 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants4 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = constants3;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants4.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants5.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants5.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants5.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants5.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants5.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve18, reject) => {
    Object.assign(methods, { resolve: resolve18, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path3.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path3.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync as statSync5 } from "node:fs";
import path4 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path4.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync5(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines2, fdNumber) => lines2 && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path5.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/get-stream/node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines: lines2, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines2, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines2, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines2) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count3) => count3 === 1 || count3 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds5 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds5, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds5 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds5, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync7 } from "node:fs";

// node_modules/execa/node_modules/is-stream/index.js
function isStream2(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream2(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream2(stream, { checkOpen = true } = {}) {
  return isStream2(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream2(stream, options);
}

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream2(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream3 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream3(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream3(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream2(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream2(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync as readFileSync6 } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream2(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync6(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream2(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream2(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync7(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync7(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync as writeFileSync3, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines: lines2, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines: lines2, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines2[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path6, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path6 === "string" ? path6 : path6.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path6, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync3(path6, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn as spawn2 } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable2.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
    string: ({ value }) => ({ stream: Readable2.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i2 = list.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count3 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count3 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count3) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines: lines2, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines2,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines: lines2, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: lines2,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines: lines2
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines: lines2 }) => {
  try {
    if (readableObjectMode || lines2) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines: lines2,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines: lines2, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines2[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines: lines2, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines: lines2,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines: lines2, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines2[1] || lines2[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream2(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve18 = promise.resolve.bind(promise);
  return { resolve: resolve18, promises };
};
var waitForConcurrentStreams = async ({ resolve: resolve18, promises }, subprocess) => {
  resolve18();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn2(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/fetch/rsync-failure.ts
var UNREACHABLE = /failed to connect|connection refused|no route to host|network is unreachable|could not resolve|name or service not known|temporary failure in name resolution|did not see server greeting|permission denied \(|host key verification failed|connection timed out|^ssh:/i;
var NO_PATH = /(change_dir|link_stat) .* failed: No such file or directory/;
function classifyFailure(exitCode, stderr) {
  const lines2 = stderr.split(/\r?\n|\r/).map(clean).filter(Boolean);
  const find = (pattern) => lines2.find((line) => pattern.test(line));
  const error = find(/^@ERROR/);
  if (error) return { kind: /Unknown module/.test(error) ? "no-module" : "refused", detail: error.replace(/^@ERROR:?\s*/, "") };
  const noPath = find(NO_PATH);
  if (noPath) return { kind: "no-path", detail: noPath };
  const unreachable = find(UNREACHABLE);
  if (unreachable || exitCode === 10 || exitCode === 255) return { kind: "unreachable", detail: unreachable ?? telling(lines2) };
  if (exitCode === 30 || exitCode === 35) return { kind: "timeout", detail: telling(lines2) };
  return { kind: "other", detail: telling(lines2) };
}
function telling(lines2) {
  return lines2.find((line) => !line.startsWith("rsync error:")) ?? lines2[lines2.length - 1] ?? "no message";
}
function clean(line) {
  const text = line.replace(/^rsync: (\[\w+\] )?/, "").replace(/[\u0000-\u001f\u007f]/g, "?").trim();
  return text.length > 300 ? `${text.slice(0, 300)}\u2026` : text;
}

// src/fetch/transfer.ts
var IO_TIMEOUT_S = 120;
var WATCH_INTERVAL_MS = 250;
var OVER_MAX_SIZE = / is over max-size$/;
async function transfer(request) {
  const { rsync, source, target } = request;
  const args = [
    ...rsync.options,
    "--recursive",
    "--links",
    "--perms",
    "--times",
    "--no-relative",
    "--no-devices",
    "--no-specials",
    "--no-owner",
    "--no-group",
    `--max-size=${request.maxFile}`,
    "--info=skip1",
    "--no-motd",
    ...rsync.options.some((option) => option.startsWith("--timeout")) ? [] : [`--timeout=${IO_TIMEOUT_S}`],
    // With --link-dest, rsync's size+mtime quick check would link an old file that changed within
    // the same second at the same size: compare content instead (module trees are small).
    ...request.linkDest ? [`--link-dest=${request.linkDest}`, "--checksum"] : [],
    "--",
    source,
    `${target}/`
  ];
  const child = execa(rsync.program, args, {
    reject: false,
    stdin: "ignore",
    env: { LC_ALL: "C" },
    maxBuffer: 16 * 2 ** 20
  });
  let stopped;
  const timer = request.watch ? setInterval(() => {
    stopped ??= request.watch();
    if (stopped) child.kill("SIGTERM");
  }, WATCH_INTERVAL_MS) : void 0;
  const result = await child.finally(() => clearInterval(timer));
  if (stopped) return { ok: false, stopped };
  if (result.code === "ENOENT" || result.code === "EACCES") {
    throw new InputError(`cannot run '${rsync.program}' (${result.code === "ENOENT" ? "not found" : "permission denied"}): install rsync or fix the command`, request.rsyncCulprit);
  }
  if (result.exitCode !== 0) return { ok: false, failure: classifyFailure(result.exitCode, String(result.stderr)) };
  const oversize = String(result.stdout).split("\n").filter((line) => OVER_MAX_SIZE.test(line)).map((line) => line.replace(OVER_MAX_SIZE, ""));
  return { ok: true, oversize };
}

// src/fetch/tree-usage.ts
import { lstatSync as lstatSync7, readdirSync as readdirSync5 } from "node:fs";
import { join as join15 } from "node:path";
function treeUsage(dir) {
  const usage2 = { bytes: 0, entries: 0 };
  const walk = (path6) => {
    let names;
    try {
      names = readdirSync5(path6);
    } catch {
      return;
    }
    for (const name of names) {
      try {
        const stats = lstatSync7(join15(path6, name));
        usage2.entries++;
        usage2.bytes += stats.isFile() ? stats.size : 0;
        if (stats.isDirectory()) walk(join15(path6, name));
      } catch {
      }
    }
  };
  walk(dir);
  return usage2;
}
var addUsage = (a2, b) => ({ bytes: a2.bytes + b.bytes, entries: a2.entries + b.entries });

// src/fetch/fetch-unit.ts
async function fetchUnit(context, stepName2, unit, target) {
  const { server, limits } = context;
  const local = join16(context.stage, unit);
  mkdirSync4(dirname5(local), { recursive: true });
  const previous = context.previous && join16(context.previous, unit);
  const { value: result, metrics } = await measure(
    () => transfer({
      rsync: context.rsync,
      rsyncCulprit: context.rsyncCulprit,
      source: target.source,
      target: local,
      maxFile: limits.maxFile,
      linkDest: previous && existsSync5(previous) ? previous : void 0,
      watch: () => overLimit(addUsage(context.used, treeUsage(local)), limits)
    })
  );
  if (!result.ok) throw "stopped" in result ? new InputError(result.stopped, target.source) : failureError(server, target, result.failure);
  if (result.oversize.length) {
    throw new InputError(`file is over the ${formatSize(limits.maxFile)} limit (--max-file)`, serverLocation(server, `${unit}/${result.oversize[0]}`));
  }
  const usage2 = onServer(server, () => checkFetchedUnit(context.stage, unit, limits.maxFile));
  context.used = addUsage(context.used, usage2);
  const over = overLimit(context.used, limits);
  if (over) throw new InputError(over, target.source);
  return {
    kind: "internal",
    name: stepName2,
    source: unit,
    exitCode: 0,
    output: "",
    metrics: { ...metrics, fetch_bytes: usage2.bytes, fetch_entries: usage2.entries }
  };
}
function overLimit(used, limits) {
  if (used.bytes > limits.maxTotal) return `the fetch is over the ${formatSize(limits.maxTotal)} total size limit (--max-total)`;
  if (used.entries > limits.maxEntries) return `the fetch is over the limit of ${limits.maxEntries} files and directories`;
  return void 0;
}

// src/fetch/staging.ts
import { lstatSync as lstatSync8, mkdirSync as mkdirSync5, readdirSync as readdirSync6, readlinkSync as readlinkSync5, renameSync as renameSync2, rmdirSync, rmSync as rmSync4, symlinkSync as symlinkSync2 } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname as dirname6, join as join17 } from "node:path";
var siblingPattern = (base) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(fetch|link)-(\\d+)-[0-9a-f]+$`);
var siblingName = (base, kind) => `.${base}.${kind}-${process.pid}-${randomBytes(4).toString("hex")}`;
function openStaging(dest) {
  try {
    return makeStaging(dest, currentCopy(dest));
  } catch (error) {
    const code = error.code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOTDIR" || code === "ENOSPC") {
      throw new InputError(`cannot write the local copy here (${code})`, dest);
    }
    throw error;
  }
}
function makeStaging(dest, current) {
  const parent = dirname6(dest);
  const base = basename(dest);
  mkdirSync5(parent, { recursive: true });
  for (const name of readdirSync6(parent)) {
    const match = siblingPattern(base).exec(name);
    if (!match || name === current) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || !isAlive(pid)) rmSync4(join17(parent, name), { recursive: true, force: true });
  }
  const dir = join17(parent, siblingName(base, "fetch"));
  mkdirSync5(dir, { mode: 448 });
  return { dir, previous: current ? join17(parent, current) : void 0 };
}
function commitStaging(staging, dest) {
  const link = join17(dirname6(dest), siblingName(basename(dest), "link"));
  symlinkSync2(basename(staging.dir), link);
  if (lstatSync8(dest, { throwIfNoEntry: false })?.isDirectory()) rmdirSync(dest);
  renameSync2(link, dest);
  if (staging.previous && staging.previous !== staging.dir) rmSync4(staging.previous, { recursive: true, force: true });
}
function discardStaging(staging) {
  rmSync4(staging.dir, { recursive: true, force: true });
}
function currentCopy(dest) {
  const stats = lstatSync8(dest, { throwIfNoEntry: false });
  if (!stats) return void 0;
  if (stats.isSymbolicLink()) {
    const target = readlinkSync5(dest);
    const match = siblingPattern(basename(dest)).exec(target);
    if (match?.[1] === "fetch") return target;
  } else if (stats.isDirectory() && readdirSync6(dest).length === 0) {
    return void 0;
  }
  throw new InputError("exists and is not a copy made by disco fetch (a symlink to .<name>.fetch-\u2026): refusing to replace it", dest);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/fetch/fetch-repo.ts
var FETCH_INFO_FILE = ".disco-fetch.json";
async function fetchRepo(options) {
  const { server, node } = options;
  checkEntityName("node", node, "--node");
  if (server.kind === "local" && !statSync6(server.dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError("server directory not found", server.uri);
  }
  const staging = openStaging(options.dest);
  try {
    const context = { ...options, stage: staging.dir, previous: staging.previous, used: { bytes: 0, entries: 0 } };
    const { steps, modules } = await fetchClosure(context, node);
    onServer(server, () => makePlan(readRepo(staging.dir), node));
    const info = { server: server.uri, node, modules, fetchedAt: (/* @__PURE__ */ new Date()).toISOString() };
    writeFileSync4(join18(staging.dir, FETCH_INFO_FILE), JSON.stringify(info, null, 2) + "\n");
    commitStaging(staging, options.dest);
    return { node, dest: options.dest, modules, steps, bytes: context.used.bytes };
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
}
async function fetchClosure(context, node) {
  const { server } = context;
  const paramsUnit = `parameters/${node}`;
  const steps = [
    await fetchUnit(context, "fetch_params", paramsUnit, { kind: "parameters", node, source: rsyncSource(server, PARAMETERS_MODULE, `${node}/`) })
  ];
  const repo = openRepoRoot(context.stage);
  const wantedBy = /* @__PURE__ */ new Map();
  const queue = [];
  const want = (module, file, line) => {
    if (wantedBy.has(module)) return;
    wantedBy.set(module, { file, line });
    queue.push(module);
  };
  const nodeDef = onServer(server, () => readNode(repo, node));
  for (const module of [...nodeDef.modules].sort(compareNames)) want(module, `${paramsUnit}/modules/${module}`);
  while (queue.length) {
    const module = queue.shift();
    const target = { kind: "module", module, source: rsyncSource(server, module), wantedBy: wantedBy.get(module) };
    steps.push(await fetchUnit(context, `fetch ${module}`, `modules/${module}`, target));
    for (const requirement of onServer(server, () => readModule(repo, module)).requires) {
      want(requirement.module, requirement.file, requirement.line);
    }
  }
  return { steps, modules: [...wantedBy.keys()] };
}

// src/fetch/fetch-settings.ts
import { join as join20 } from "node:path";

// src/param/format-params.ts
function valueText(content) {
  return content.endsWith("\n") ? content.slice(0, -1) : content;
}
function formatGet(node) {
  return node.type === "dir" ? "{}" : valueText(node.value);
}
function formatDump(nodes) {
  return nodes.map((node) => `${node.key} = ${formatGet(node)}`);
}

// src/param/param-tree.ts
import { mkdirSync as mkdirSync6, readdirSync as readdirSync7, readFileSync as readFileSync8, renameSync as renameSync3, rmSync as rmSync5, statSync as statSync7, writeFileSync as writeFileSync5 } from "node:fs";
import { dirname as dirname7, join as join19 } from "node:path";
function getParam(tree, key) {
  const stats = statKey(tree, checkParamKey(key));
  if (!stats) throw missing(tree, key);
  return stats.isDirectory() ? { key, type: "dir" } : { key, type: "value", value: readFileSync8(join19(tree, key), "utf8") };
}
function listKeys(tree, key) {
  const node = key === void 0 ? rootNode(tree) : getParam(tree, key);
  if (node.type !== "dir") throw new InputError(`parameter '${key}' is a value, not a directory`, tree);
  return childNames(join19(tree, key ?? ""));
}
function dumpParams(tree, key) {
  const start = key === void 0 ? rootNode(tree) : getParam(tree, key);
  const out = start.type === "value" ? [start] : [];
  const walk = (prefix) => {
    for (const name of childNames(join19(tree, prefix))) {
      const child = prefix ? `${prefix}/${name}` : name;
      const stats = statSync7(join19(tree, child));
      if (stats.isDirectory()) {
        out.push({ key: child, type: "dir" });
        walk(child);
      } else {
        out.push({ key: child, type: "value", value: readFileSync8(join19(tree, child), "utf8") });
      }
    }
  };
  if (start.type === "dir") walk(key ?? "");
  return out.sort((a2, b) => comparePaths(a2.key, b.key));
}
function setParam(tree, key, value) {
  checkParamKey(key);
  const parts = key.split("/");
  for (let i2 = 1; i2 < parts.length; i2++) {
    const parent = parts.slice(0, i2).join("/");
    if (statKey(tree, parent)?.isFile()) {
      throw new InputError(`parameter '${parent}' is a value, so '${key}' cannot be set below it`, tree);
    }
  }
  if (statKey(tree, key)?.isDirectory()) {
    throw new InputError(`parameter '${key}' is a directory (delete it first to store a value)`, tree);
  }
  const path6 = join19(tree, key);
  mkdirSync6(dirname7(path6), { recursive: true });
  const temporary = `${path6}.disco-tmp-${process.pid}`;
  writeFileSync5(temporary, value.endsWith("\n") ? value : value + "\n");
  renameSync3(temporary, path6);
}
function deleteParam(tree, key) {
  if (!statKey(tree, checkParamKey(key))) throw missing(tree, key);
  rmSync5(join19(tree, key), { recursive: true, force: true });
}
function rootNode(tree) {
  if (!statKey(tree, "")?.isDirectory()) throw new InputError("parameter tree not found", tree);
  return { key: "", type: "dir" };
}
function childNames(dir) {
  return readdirSync7(dir).filter((name) => name !== IGNORED_FILE).sort(compareNames);
}
function statKey(tree, key) {
  try {
    return statSync7(join19(tree, key));
  } catch {
    return void 0;
  }
}
function missing(tree, key) {
  return new InputError(`no such parameter '${key}'`, tree);
}

// src/fetch/shell-words.ts
var SPACE = /* @__PURE__ */ new Set([" ", "	", "\n"]);
var SHELL_ONLY = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")", "$", "`"]);
var DQ_ESCAPABLE = /* @__PURE__ */ new Set(["$", "`", '"', "\\", "\n"]);
function splitShellWords(text, culprit) {
  const words = [];
  let word;
  const refuse = (what) => {
    throw new InputError(`${what} in '${text.trim()}' needs a shell, and disco runs the command without one`, culprit);
  };
  let i2 = 0;
  while (i2 < text.length) {
    const c3 = text[i2];
    if (SPACE.has(c3)) {
      if (word !== void 0) words.push(word);
      word = void 0;
      i2++;
    } else if (c3 === "#" && word === void 0) {
      while (i2 < text.length && text[i2] !== "\n") i2++;
    } else if (c3 === "'") {
      const end = text.indexOf("'", i2 + 1);
      if (end < 0) throw new InputError(`unterminated ' quote in '${text.trim()}'`, culprit);
      word = (word ?? "") + text.slice(i2 + 1, end);
      i2 = end + 1;
    } else if (c3 === '"') {
      let value = "";
      i2++;
      for (; i2 < text.length && text[i2] !== '"'; i2++) {
        const d = text[i2];
        if (d === "$" || d === "`") refuse(`'${d}' (expansion)`);
        if (d === "\\" && DQ_ESCAPABLE.has(text[i2 + 1] ?? "")) {
          if (text[i2 + 1] !== "\n") value += text[i2 + 1];
          i2++;
        } else {
          value += d;
        }
      }
      if (i2 >= text.length) throw new InputError(`unterminated " quote in '${text.trim()}'`, culprit);
      word = (word ?? "") + value;
      i2++;
    } else if (c3 === "\\") {
      if (i2 + 1 >= text.length) throw new InputError(`trailing backslash in '${text.trim()}'`, culprit);
      if (text[i2 + 1] !== "\n") word = (word ?? "") + text[i2 + 1];
      i2 += 2;
    } else if (SHELL_ONLY.has(c3)) {
      refuse(`'${c3}'`);
    } else if (c3 === "~" && word === void 0) {
      refuse("'~' (home directory expansion; write the full path)");
    } else {
      word = (word ?? "") + c3;
      i2++;
    }
  }
  if (word !== void 0) words.push(word);
  return words;
}

// src/fetch/rsync-command.ts
var DEFAULT_RSYNC_COMMAND = "rsync -a";
var REFUSED_LONG = {
  "copy-links": "follows symlinks",
  "copy-unsafe-links": "follows symlinks out of a module",
  "copy-dirlinks": "follows symlinks",
  "keep-dirlinks": "writes through symlinks in the local copy",
  "dry-run": "transfers nothing",
  "list-only": "transfers nothing",
  "only-write-batch": "transfers nothing",
  "read-batch": "does not read the server",
  server: "is rsync-internal",
  sender: "is rsync-internal",
  daemon: "starts a daemon"
};
var REFUSED_SHORT = { L: "copy-links", k: "copy-dirlinks", K: "keep-dirlinks", n: "dry-run" };
var SHORT_WITH_ARGUMENT = /* @__PURE__ */ new Set(["e", "B", "f", "T", "M", "@"]);
var LONG_WITH_ARGUMENT = /* @__PURE__ */ new Set([
  "rsh",
  "rsync-path",
  "filter",
  "exclude",
  "include",
  "exclude-from",
  "include-from",
  "files-from",
  "password-file",
  "temp-dir",
  "timeout",
  "contimeout",
  "port",
  "sockopts",
  "address",
  "bwlimit",
  "block-size",
  "max-size",
  "min-size",
  "max-alloc",
  "max-delete",
  "partial-dir",
  "link-dest",
  "compare-dest",
  "copy-dest",
  "backup-dir",
  "suffix",
  "chmod",
  "chown",
  "usermap",
  "groupmap",
  "compress-choice",
  "compress-level",
  "checksum-choice",
  "skip-compress",
  "log-file",
  "log-file-format",
  "out-format",
  "info",
  "debug",
  "stderr",
  "iconv",
  "modify-window",
  "remote-option",
  "outbuf",
  "stop-after",
  "stop-at",
  "protocol",
  "checksum-seed",
  "write-batch"
]);
function parseRsyncCommand(text, culprit) {
  const [program, ...words] = splitShellWords(text, culprit);
  if (!program) throw new InputError("empty rsync command", culprit);
  const refuse = (option, why) => {
    throw new InputError(`rsync option ${option} ${why}: a fetch cannot allow it`, culprit);
  };
  const options = [];
  for (let i2 = 0; i2 < words.length; i2++) {
    const word = words[i2];
    if (word.startsWith("--")) {
      const name = word.slice(2).split("=")[0];
      if (name in REFUSED_LONG) refuse(`--${name}`, REFUSED_LONG[name]);
      if (name === "quiet") continue;
      options.push(word);
      if (LONG_WITH_ARGUMENT.has(name) && !word.includes("=") && i2 + 1 < words.length) options.push(words[++i2]);
    } else if (word.startsWith("-") && word.length > 1) {
      const bundle = shortBundle(word, refuse);
      if (bundle.text !== "-") options.push(bundle.text);
      if (bundle.wantsNext && i2 + 1 < words.length) options.push(words[++i2]);
    } else {
      options.push(word);
    }
  }
  return { program, options };
}
function shortBundle(word, refuse) {
  let text = "-";
  for (let j = 1; j < word.length; j++) {
    const letter = word[j];
    if (SHORT_WITH_ARGUMENT.has(letter)) return { text: text + word.slice(j), wantsNext: j === word.length - 1 };
    const long = REFUSED_SHORT[letter];
    if (long) refuse(`-${letter} (--${long})`, REFUSED_LONG[long]);
    if (letter !== "q") text += letter;
  }
  return { text, wantsNext: false };
}

// src/fetch/fetch-settings.ts
var SERVER_URI_KEY = "disco/server/uri";
var RSYNC_COMMAND_KEY = "disco/client/cmds/rsync";
var defaultFetchDest = () => join20(stateDir(), "fetched");
function fetchSettings(flags) {
  const tree = flags.tree ?? defaultParamTree();
  const serverText = flags.server ?? treeValue(tree, SERVER_URI_KEY);
  if (serverText === void 0 || !serverText.trim()) {
    throw new InputError(`no server: give --server URI, or set it with 'disco param set ${SERVER_URI_KEY} URI'`);
  }
  const server = parseServerUri(serverText, flags.server !== void 0 ? "--server" : SERVER_URI_KEY);
  const fromTree = flags.rsync === void 0 ? treeValue(tree, RSYNC_COMMAND_KEY) : void 0;
  const rsyncCulprit = flags.rsync !== void 0 ? "--rsync" : fromTree !== void 0 ? RSYNC_COMMAND_KEY : "default rsync command";
  const rsync = parseRsyncCommand(flags.rsync ?? fromTree ?? DEFAULT_RSYNC_COMMAND, rsyncCulprit);
  return { server, rsync, rsyncCulprit };
}
function treeValue(tree, key) {
  try {
    const node = getParam(tree, key);
    return node.type === "value" ? valueText(node.value) : void 0;
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}

// src/fetch/fetched-line.ts
function fetchedLine(result, serverUri) {
  const modules = result.modules.length ? ` (${result.modules.join(", ")})` : "";
  return `info: fetched ${result.node} from ${serverUri}: ${result.modules.length} module(s)${modules}, ${formatSize(result.bytes)} into ${result.dest}`;
}

// src/fetch/fetch-for-dance.ts
import { resolve as resolve5 } from "node:path";
async function fetchForDance(server, node, repo) {
  const settings = fetchSettings({ server });
  const dest = resolve5(repo ?? defaultFetchDest());
  const result = await fetchRepo({ ...settings, node, dest, limits: DEFAULT_LIMITS });
  return { repoRoot: dest, steps: result.steps, line: fetchedLine(result, settings.server.uri) };
}

// src/engine/write-report.ts
import { closeSync as closeSync5, mkdirSync as mkdirSync7, openSync as openSync5, writeSync as writeSync2 } from "node:fs";
import { dirname as dirname8 } from "node:path";
var MODULES = "\0disco:modules\0";
function* reportJson(report) {
  const modules = report.modules;
  const head = JSON.stringify(report, (key, value) => key === "modules" && value === modules ? MODULES : value, 2);
  const placeholder = JSON.stringify(MODULES);
  const at = head.indexOf(placeholder);
  if (at < 0 || !Array.isArray(modules) || modules.length === 0) {
    yield JSON.stringify(report, null, 2) + "\n";
    return;
  }
  yield head.slice(0, at) + "[\n";
  for (let index = 0; index < modules.length; index++) {
    const text = JSON.stringify({ m: [modules[index]] }, null, 2);
    yield text.slice(text.indexOf("[\n") + 2, text.lastIndexOf("\n  ]")) + (index < modules.length - 1 ? ",\n" : "\n");
  }
  yield `  ]${head.slice(at + placeholder.length)}
`;
}
function writeReport(path6, report) {
  mkdirSync7(dirname8(path6), { recursive: true });
  const fd = openSync5(path6, "w");
  try {
    for (const piece of reportJson(report)) writeSync2(fd, piece);
  } finally {
    closeSync5(fd);
  }
}
function rememberReport(report) {
  try {
    writeReport(lastReportPath(), report);
  } catch {
  }
}

// src/model/parse-size.ts
var UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
function parseSize(value, flag, least) {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  if (!match) throw new InputError(`'${value}' is not a size (e.g. 512M, 2G)`, flag);
  const size = Math.round(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  if (least !== void 0 && size !== 0 && size < parseSize(least, flag)) throw new InputError(`'${value}' is below ${least}, the least it can be`, flag);
  return size;
}
function parseSeconds(value, flag) {
  const seconds5 = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds5 >= 0)) throw new InputError(`'${value}' is not a number of seconds`, flag);
  return seconds5;
}
function parseCount(value, flag) {
  if (!/^[1-9]\d*$/.test(value.trim())) throw new InputError(`'${value}' is not a positive whole number`, flag);
  return Number(value);
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
    const what = step.kind === "template" ? `template ${step.source} failed (exit ${step.exitCode}${why}): ${step.name} not written` : `${step.kind} ${step.name} failed (exit ${step.exitCode}${why})`;
    text += `error: ${module}: ${what}
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
  const count3 = (action) => changes.filter((c3) => c3.action === action).length;
  const blocked = report.modules.reduce((n2, m) => n2 + m.blocked.length, 0);
  const errors = report.errors.map((e) => `error: ${e.source ? `${e.source}: ` : ""}${e.message}
`).join("");
  const verb = report.mode === "noop" ? "would change" : "changed";
  return errors + `info: ${report.node} (${report.mode}) ${report.status}: ${verb} ${count3("created")} created, ${count3("modified")} modified, ${count3("deleted")} deleted; ${blocked} command${blocked === 1 ? "" : "s"} ${report.mode === "noop" ? "blocked" : "run after the merge"}
`;
}

// src/reporters/guard.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var randomToken = () => randomBytes2(16).toString("hex");
function guardUntrusted(text, makeToken = randomToken) {
  const lower = text.toLowerCase();
  let token = makeToken();
  for (let attempt = 0; token === "" || lower.includes(token.toLowerCase()); attempt++) {
    if (attempt >= 100) throw new Error("guardUntrusted: the token source keeps returning tokens found in the text");
    token = makeToken();
  }
  const body = text === "" || text.endsWith("\n") ? text : `${text}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}
function guardStream(out, makeToken = randomToken) {
  let token;
  let atLineStart = true;
  let carry = "";
  const freshToken = (text) => {
    const lower = text.toLowerCase();
    for (let attempt = 0; attempt < 100; attempt++) {
      const next = makeToken();
      if (next !== "" && !lower.includes(next.toLowerCase())) return next;
    }
    throw new Error("guardStream: the token source keeps returning tokens found in the text");
  };
  const line = (text) => {
    out(`${atLineStart ? "" : "\n"}${text}
`);
    atLineStart = true;
  };
  return {
    write(text) {
      if (!text) return;
      const seen = carry + text;
      if (token === void 0 || seen.toLowerCase().includes(token.toLowerCase())) {
        if (token !== void 0) line(`::${token}::`);
        token = freshToken(seen);
        line(`::stop-commands::${token}`);
      }
      out(text);
      atLineStart = text.endsWith("\n");
      carry = atLineStart ? "" : seen.slice(Math.max(seen.search(/[^\r\n]*$/), seen.length - 256));
    },
    close() {
      if (token !== void 0) line(`::${token}::`);
      token = void 0;
    }
  };
}

// src/cli/on-signals.ts
function onSignals(stop) {
  let received = 0;
  const handler = (name) => {
    received += 1;
    if (received > 1) process.exit(name === "SIGTERM" ? 143 : 130);
    process.stderr.write(`error: ${name}: stopping the dance (again to force)
`);
    stop(name);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

// src/cli/preflight.ts
import { accessSync, constants as constants6, mkdirSync as mkdirSync8, statSync as statSync8 } from "node:fs";
import { dirname as dirname9, resolve as resolve6 } from "node:path";
var errno = (error) => error.code ?? "error";
function usableDir(dir, culprit, create) {
  if (create) {
    try {
      mkdirSync8(dir, { recursive: true });
    } catch (error) {
      if (errno(error) !== "EEXIST") throw new InputError(`${dir} cannot be created (${errno(error)})`, culprit);
    }
  }
  let isDir;
  try {
    isDir = statSync8(dir).isDirectory();
  } catch (error) {
    throw new InputError(`${dir} cannot be used (${errno(error)})`, culprit);
  }
  if (!isDir) throw new InputError(`${dir} is not a directory`, culprit);
  try {
    accessSync(dir, constants6.W_OK | constants6.X_OK);
  } catch (error) {
    throw new InputError(`${dir} is not writable (${errno(error)})`, culprit);
  }
}
function checkStateDir() {
  usableDir(stateDir(), "DISCO_STATE_DIR", true);
}
function checkTmpDir() {
  const tmp = process.env.TMPDIR;
  if (tmp) usableDir(resolve6(tmp), "TMPDIR", false);
}
function checkHelper() {
  const helper = helperBinary();
  const culprit = process.env.DISCO_SANDBOX_HELPER ? "DISCO_SANDBOX_HELPER" : "sandbox helper";
  try {
    if (!statSync8(helper).isFile()) throw Object.assign(new Error(), { code: "not a file" });
    accessSync(helper, constants6.X_OK);
  } catch (error) {
    throw new InputError(`${helper} cannot be run (${errno(error)})`, culprit);
  }
}
function checkReportPath(file) {
  const path6 = resolve6(file);
  try {
    if (statSync8(path6).isDirectory()) throw new InputError(`${path6} is a directory`, "--json");
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errno(error) !== "ENOENT") throw new InputError(`${path6} cannot be written (${errno(error)})`, "--json");
  }
  try {
    usableDir(dirname9(path6), "--json", true);
  } catch (error) {
    throw new InputError(`${path6} cannot be written (${error.message.replace(/^--json: /, "")})`, "--json");
  }
}

// src/cli/commands/output.ts
import { fstatSync as fstatSync3, mkdirSync as mkdirSync9, writeFileSync as writeFileSync6 } from "node:fs";
import { dirname as dirname10 } from "node:path";

// src/report/read-report.ts
import { readFileSync as readFileSync9 } from "node:fs";

// src/report/validate-report.ts
var ShapeError = class extends Error {
};
var STEP_KINDS = ["files", "template", "script", "effect", "internal"];
var OUTCOMES = ["passed", "failed"];
var ACTIONS = ["created", "modified", "deleted"];
var ENTRY_TYPES = ["file", "directory", "symlink", "other"];
var METRIC_NAMES = [
  "time_real",
  "time_user",
  "time_sys",
  "mem_max",
  "mem_faults_major",
  "mem_faults_minor",
  "io_fsin",
  "io_fsout",
  "io_signals"
];
function validateReport(value) {
  const report = object(value, "the document");
  if (!("schema" in report)) fail('missing field "schema"');
  if (report.schema !== DANCE_REPORT_SCHEMA) {
    fail(`unknown schema ${describe2(report.schema)} (expected "${DANCE_REPORT_SCHEMA}")`);
  }
  nonEmptyString(report, "node", "");
  oneOf(report, "mode", ["noop", "apply"], "");
  oneOf(report, "status", OUTCOMES, "");
  array(report, "order", "").forEach((name, i2) => isString(name, `order[${i2}]`));
  array(report, "modules", "").forEach((m, i2) => checkModule(m, `modules[${i2}]`));
  array(report, "errors", "").forEach((e, i2) => checkError(e, `errors[${i2}]`));
  if (report.internal !== void 0) {
    array(report, "internal", "").forEach((s, i2) => checkStep(s, `internal[${i2}]`));
  }
  optional(report, "startedAt", "string", "");
  optional(report, "root", "string", "");
  optional(report, "interrupted", "boolean", "");
  return report;
}
function checkModule(value, at) {
  const module = object(value, at);
  nonEmptyString(module, "name", at);
  oneOf(module, "status", OUTCOMES, at);
  array(module, "steps", at).forEach((s, i2) => checkStep(s, `${at}.steps[${i2}]`));
  array(module, "changes", at).forEach((c3, i2) => checkChange(c3, `${at}.changes[${i2}]`));
  array(module, "blocked", at).forEach((b, i2) => checkBlocked(b, `${at}.blocked[${i2}]`));
}
function checkStep(value, at) {
  const step = object(value, at);
  oneOf(step, "kind", STEP_KINDS, at);
  field(step, "name", "string", at);
  optional(step, "source", "string", at);
  integer(step, "exitCode", at);
  field(step, "output", "string", at);
  optional(step, "reason", "string", at);
  const metrics = object(step.metrics, `${at}.metrics`);
  for (const [name, metric] of Object.entries(metrics)) {
    if (typeof metric !== "number" || !Number.isFinite(metric) || metric < 0) {
      fail(`${at}.metrics.${name} must be a non-negative number (got ${describe2(metric)})`);
    }
  }
  for (const name of METRIC_NAMES) metrics[name] ??= 0;
}
function checkChange(value, at) {
  const change = object(value, at);
  nonEmptyString(change, "path", at);
  oneOf(change, "action", ACTIONS, at);
  oneOf(change, "type", ENTRY_TYPES, at);
  if (change.before !== void 0) checkMeta(change.before, `${at}.before`);
  if (change.after !== void 0) checkMeta(change.after, `${at}.after`);
  optional(change, "diff", "string", at);
  optional(change, "binary", "boolean", at);
  optional(change, "diffTruncated", "boolean", at);
}
function checkMeta(value, at) {
  const meta = object(value, at);
  for (const name of ["mode", "owner", "group", "md5", "target", "selinux"]) optional(meta, name, "string", at);
  for (const name of ["uid", "gid", "size"]) optional(meta, name, "number", at);
}
function checkBlocked(value, at) {
  const blocked = object(value, at);
  nonEmptyString(blocked, "command", at);
  field(blocked, "source", "string", at);
  integer(blocked, "line", at);
}
function checkError(value, at) {
  const error = object(value, at);
  field(error, "message", "string", at);
  optional(error, "source", "string", at);
}
function fail(message) {
  throw new ShapeError(message);
}
var where = (at, name) => at ? `${at}.${name}` : name;
function describe2(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
function object(value, at) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(value === void 0 ? `missing field "${at}"` : `${at} must be an object (got ${describe2(value)})`);
  }
  return value;
}
function present(owner, name, at) {
  if (!(name in owner) || owner[name] === void 0) fail(`missing field "${where(at, name)}"`);
  return owner[name];
}
function field(owner, name, type, at) {
  const value = present(owner, name, at);
  if (typeof value !== type) fail(`${where(at, name)} must be a ${type} (got ${describe2(value)})`);
}
function optional(owner, name, type, at) {
  if (owner[name] !== void 0) field(owner, name, type, at);
}
function nonEmptyString(owner, name, at) {
  field(owner, name, "string", at);
  if (owner[name] === "") fail(`${where(at, name)} must not be empty`);
}
function isString(value, at) {
  if (typeof value !== "string") fail(`${at} must be a string (got ${describe2(value)})`);
}
function integer(owner, name, at) {
  const value = present(owner, name, at);
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(`${where(at, name)} must be an integer (got ${describe2(value)})`);
  }
}
function oneOf(owner, name, allowed, at) {
  const value = present(owner, name, at);
  if (typeof value !== "string" || !allowed.includes(value)) {
    fail(`${where(at, name)} must be one of ${allowed.join(", ")} (got ${describe2(value)})`);
  }
}
function array(owner, name, at) {
  const value = present(owner, name, at);
  if (!Array.isArray(value)) fail(`${where(at, name)} must be an array (got ${describe2(value)})`);
  return value;
}

// src/report/read-report.ts
function parseReport(text, file) {
  if (text.trim() === "") throw invalid(file, "empty file");
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(file, describeJsonError(text, error));
  }
  try {
    return validateReport(value);
  } catch (error) {
    if (error instanceof ShapeError) throw invalid(file, error.message);
    throw error;
  }
}
function readReport(file) {
  let text;
  try {
    text = readFileSync9(file, "utf8");
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? "error"})`;
    throw invalid(file, why);
  }
  return parseReport(text, file);
}
var readReports = (files) => files.map(readReport);
function invalid(file, what) {
  return new InputError(oneLine(`Invalid DanceReport at ${file}: ${what}`));
}
function describeJsonError(text, error) {
  const message = error instanceof Error ? error.message : "";
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : void 0;
  if (/end of JSON input/i.test(message) || position !== void 0 && position >= text.trimEnd().length) {
    return "truncated JSON (the document ends early)";
  }
  if (position === void 0) return "not JSON";
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `not JSON (syntax error at line ${line}, column ${column})`;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c3) => `\\x${c3.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

// src/cli/commands/output.ts
function writeResult(text, file, untrusted) {
  if (file !== void 0) {
    try {
      mkdirSync9(dirname10(file), { recursive: true });
      writeFileSync6(file, text);
    } catch (error) {
      throw new InputError(`cannot write ${file}: ${error.code ?? "error"}`);
    }
    return;
  }
  process.stdout.write(untrusted && inRunnerLog() ? guardUntrusted(text) : text);
}
function inRunnerLog() {
  if (process.env.GITHUB_ACTIONS !== "true") return false;
  try {
    return !fstatSync3(1).isFile();
  } catch {
    return true;
  }
}
function readReportArgs(paths, command) {
  if (paths.length === 0) throw new InputError(`disco ${command}: give at least one REPORT.json`);
  return readReports(paths);
}

// src/cli/commands/dance.ts
function printEvent(event, print) {
  if (event.kind === "module") print(moduleLine(event.module));
  if (event.kind === "step") print(stepText(event.module, event.step));
  if (event.kind === "notice") print(event.line);
}
var danceCommand = {
  name: "dance",
  usage: "dance  [--noop] [--repo DIR] [--server URI] [--node NAME] [--root DIR] [--json FILE] [--step-timeout S] [--memory-max SIZE] [--pids-max N] [--scratch-size SIZE]   run every module of a node (NOOP=true works too)",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        noop: { type: "boolean", default: false },
        repo: { type: "string" },
        server: { type: "string" },
        node: { type: "string", default: hostname() },
        root: { type: "string", default: "/" },
        json: { type: "string" },
        "scratch-size": { type: "string" },
        "step-timeout": { type: "string", default: "3600" },
        "memory-max": { type: "string" },
        "pids-max": { type: "string", default: "4096" },
        "lock-wait": { type: "string", default: "600" }
      },
      strict: true
    });
    const noop3 = values.noop || /^(1|true|yes)$/i.test(process.env.NOOP ?? "");
    const scratchSize = values["scratch-size"] && String(parseSize(values["scratch-size"], "--scratch-size"));
    const limits = {
      stepTimeout: parseSeconds(values["step-timeout"], "--step-timeout"),
      // Below 16M the sandbox's own init and a bash cannot start: a dance would die in its set-up.
      memoryMax: values["memory-max"] ? parseSize(values["memory-max"], "--memory-max", "16M") : Math.floor(totalmem() / 2),
      pidsMax: parseCount(values["pids-max"], "--pids-max")
    };
    const lockWait = parseSeconds(values["lock-wait"], "--lock-wait");
    const root = resolve7(values.root);
    if (values.json !== void 0) checkReportPath(values.json);
    const fetched = values.server === void 0 ? void 0 : await fetchForDance(values.server, values.node, values.repo);
    const repoRoot = resolve7(fetched?.repoRoot ?? values.repo ?? ".");
    const planned = await measure(() => makePlan(readRepo(repoRoot), values.node));
    const plan = planned.value;
    const planStep = { kind: "internal", name: "plan", exitCode: 0, output: "", metrics: planned.metrics };
    checkRoot(root);
    checkStateDir();
    checkTmpDir();
    checkHelper();
    const out = inRunnerLog() ? guardStream((text) => process.stdout.write(text)) : void 0;
    const print = (text) => {
      if (!text) return;
      const line = text.endsWith("\n") ? text : text + "\n";
      if (out) out.write(line);
      else process.stdout.write(line);
    };
    const interrupt = new AbortController();
    const stop = onSignals((name) => interrupt.abort(name));
    let report;
    try {
      if (fetched) print(fetched.line);
      report = await dance({
        repoRoot,
        plan,
        root,
        mode: noop3 ? "noop" : "apply",
        blocked: blockedCommands(repoRoot),
        scratchSize,
        limits,
        onEvent: (event) => printEvent(event, print),
        signal: interrupt.signal,
        lockWait,
        internal: [...fetched?.steps ?? [], planStep]
      }).finally(stop);
      for (const module of report.modules) for (const change of module.changes) print(changeText(change));
      print(verdictText(report));
    } finally {
      out?.close();
    }
    if (values.json) writeReport(values.json, report);
    rememberReport(report);
    if (report.interrupted) return interrupt.signal.reason === "SIGTERM" ? 143 : 130;
    return report.status === "passed" ? EXIT_PASSED : EXIT_FAILED;
  }
};

// src/cli/commands/diff.ts
import { hostname as hostname2 } from "node:os";
import { resolve as resolve8 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/engine/shell.ts
import { execFileSync as execFileSync4, spawn as spawn3 } from "node:child_process";
import { createHash as createHash4 } from "node:crypto";
import { existsSync as existsSync6, mkdirSync as mkdirSync10, rmSync as rmSync6 } from "node:fs";
import { join as join21 } from "node:path";
function savedScratch(node, root) {
  const key = createHash4("sha256").update(root).digest("hex").slice(0, 12);
  return join21(stateDir(), "shell", `${node}-${key}`, "upper");
}
async function openShell(repoRoot, plan, root, blocked) {
  const saved = savedScratch(plan.node, root);
  mkdirSync10(join21(saved, ".."), { recursive: true });
  const share = prepareShare(root, plan, blocked);
  try {
    const child = spawn3(
      helperBinary(),
      [
        "run",
        "--root",
        root,
        "--scratch",
        share.scratch,
        "--share",
        share.share,
        "--repo",
        repoRoot,
        "--host",
        plan.node,
        "--layer",
        share.layer,
        "--shell",
        "1",
        "--restore",
        saved,
        "--save",
        saved
      ],
      { stdio: ["inherit", "inherit", "inherit", "pipe"], env: { ...stepEnvironment(plan.node, "noop"), BASH_ENV: "" } }
    );
    child.stdio[3]?.on("error", () => void 0);
    child.stdio[3].end();
    return await new Promise((resolve18) => child.on("close", (code) => resolve18(code ?? 2)));
  } finally {
    rmSync6(share.dir, { recursive: true, force: true });
  }
}
function pendingChanges(node, root) {
  const saved = savedScratch(node, root);
  if (!existsSync6(saved)) throw new InputError(`no shell scratch for node '${node}' on root '${root}' (run disco shell first)`);
  const listing = execFileSync4(helperBinary(), ["scan", saved], { encoding: "utf8", maxBuffer: 1 << 30 });
  const records = listing.split("\n").filter((line) => line.startsWith("F	")).map((line) => line.split("	").slice(1));
  const before = readAccounts(root);
  return computeChanges(parseScan(records.map((r) => r.map(unescapeField))), {
    root,
    upper: saved,
    before,
    after: readAccounts(saved, before)
  });
}
function resetShell(node, root) {
  rmSync6(join21(savedScratch(node, root), ".."), { recursive: true, force: true });
}

// src/cli/commands/diff.ts
var diffCommand = {
  name: "diff",
  usage: "diff   [--root DIR] [--node NAME] [--json]   changes pending in the scratch of disco shell",
  async run(args) {
    const { values } = parseArgs2({
      args,
      options: {
        root: { type: "string", default: "/" },
        node: { type: "string", default: hostname2() },
        json: { type: "boolean", default: false }
      },
      strict: true
    });
    const changes = pendingChanges(values.node, resolve8(values.root));
    if (values.json) process.stdout.write(JSON.stringify(changes, null, 2) + "\n");
    else for (const change of changes) process.stdout.write(changeText(change));
    return 0;
  }
};

// src/cli/commands/shell.ts
import { hostname as hostname3 } from "node:os";
import { resolve as resolve10 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/cli/load-plan.ts
import { existsSync as existsSync7 } from "node:fs";
import { resolve as resolve9 } from "node:path";
function loadPlan(repo, node) {
  if (repo === void 0) {
    const empty = resolve9("/var/empty");
    return { repoRoot: existsSync7(empty) ? empty : "/", plan: { node, order: [], modules: [], parameters: [] } };
  }
  const repoRoot = resolve9(repo);
  return { repoRoot, plan: makePlan(readRepo(repoRoot), node) };
}

// src/cli/commands/shell.ts
var shellCommand = {
  name: "shell",
  usage: "shell  [--noop] [--root DIR] [--node NAME] [--repo DIR] [--reset]   interactive shell in the sandbox; changes kept for disco diff",
  async run(args) {
    const { values } = parseArgs3({
      args,
      options: {
        noop: { type: "boolean", default: true },
        root: { type: "string", default: "/" },
        node: { type: "string", default: hostname3() },
        repo: { type: "string" },
        reset: { type: "boolean", default: false }
      },
      strict: true
    });
    const root = resolve10(values.root);
    checkRoot(root);
    checkStateDir();
    if (values.reset) {
      resetShell(values.node, root);
      return 0;
    }
    const { repoRoot, plan } = loadPlan(values.repo, values.node);
    const blocked = values.repo ? blockedCommands(repoRoot) : [...DEFAULT_BLOCKED];
    return openShell(repoRoot, plan, root, blocked);
  }
};

// src/cli/commands/recover.ts
import { resolve as resolve11 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
var say = (line) => void process.stdout.write(line + "\n");
var recoverCommand = {
  name: "recover",
  usage: "recover [--root DIR]   complete applies a crash interrupted (every dance does this first)",
  async run(args) {
    const { values } = parseArgs4({ args, options: { root: { type: "string" } }, strict: true });
    checkStateDir();
    const roots = values.root ? [resolve11(values.root)] : pendingJournals().map((j) => j.root);
    let completed = 0;
    for (const root of roots) {
      const lock = await lockRoot(root, 600, say);
      try {
        completed += recoverApplies(say, root);
      } finally {
        lock.release();
      }
    }
    say(`info: ${completed} interrupted appl${completed === 1 ? "y" : "ies"} completed`);
    return 0;
  }
};

// src/cli/commands/plan.ts
import { hostname as hostname4 } from "node:os";
import { parseArgs as parseArgs5 } from "node:util";

// src/plan/format-plan.ts
function planText(plan) {
  const width = Math.max(0, ...plan.order.map((name) => name.length));
  const head = `info: plan for ${plan.node}: ${plan.order.length ? plan.order.join(" \u2192 ") : "(no modules)"}`;
  const lines2 = plan.order.map((name, index) => {
    const reason = plan.reasons?.[name];
    return `  ${String(index + 1).padStart(2)}. ${name.padEnd(width)}  ${reason ? reasonText(name, reason) : ""}`.trimEnd();
  });
  return [head, ...lines2];
}
function reasonText(module, reason) {
  if (reason.via === "node") return `listed in ${reason.file}`;
  return `pulled in by ${reason.by}: '${reason.via} ${module}' at ${reason.file}:${reason.line}`;
}
function planJson(plan) {
  return {
    node: plan.node,
    order: plan.order,
    modules: plan.modules.map(({ name, requires, files, templates, scripts }) => ({ name, requires, files, templates, scripts })),
    parameters: plan.parameters
  };
}

// src/cli/commands/plan.ts
var planCommand = {
  name: "plan",
  usage: "plan   [--repo DIR] [--node NAME | --all] [--json]               the modules of a dance, in order, and why",
  async run(args) {
    const { values } = parseArgs5({
      args,
      options: {
        repo: { type: "string", default: "." },
        node: { type: "string" },
        all: { type: "boolean", default: false },
        json: { type: "boolean", default: false }
      },
      strict: true,
      allowPositionals: false
    });
    if (values.all && values.node !== void 0) throw new InputError("give either --node NAME or --all, not both");
    const repo = readRepo(values.repo);
    const plans = values.all ? makeAllPlans(repo) : [makePlan(repo, values.node ?? hostname4())];
    if (values.json) {
      const json = values.all ? plans.map(planJson) : planJson(plans[0]);
      process.stdout.write(JSON.stringify(json, null, 2) + "\n");
    } else {
      const lines2 = plans.length ? plans.flatMap(planText) : ["info: no nodes in parameters/"];
      process.stdout.write(lines2.join("\n") + "\n");
    }
    return EXIT_PASSED;
  }
};

// src/cli/commands/param.ts
import { readFileSync as readFileSync10, statSync as statSync9 } from "node:fs";
import { parseArgs as parseArgs6 } from "node:util";
var USAGE = "param  [--tree DIR] get KEY | set KEY VALUE|- | keys [KEY] | dump [KEY] | delete KEY";
var ARITY = { get: [1, 1], set: [2, 2], keys: [0, 1], dump: [0, 1], delete: [1, 1] };
var paramCommand = {
  name: "param",
  usage: `${USAGE}   the parameter tree (seed: disco-param)`,
  async run(args) {
    const { values, positionals } = parseArgs6({
      args,
      options: { tree: { type: "string" } },
      strict: true,
      allowPositionals: true
    });
    const [action = "", ...rest] = positionals;
    const arity = ARITY[action];
    if (!arity || rest.length < arity[0] || rest.length > arity[1]) throw new InputError(`usage: disco ${USAGE}`);
    const tree = values.tree ?? defaultParamTree();
    if (statOrUndefined(tree)?.isDirectory() === false) throw new InputError("the parameter tree is not a directory", tree);
    const [key, value] = rest;
    const lines2 = (() => {
      switch (action) {
        case "get":
          return [formatGet(getParam(tree, key))];
        case "set":
          setParam(tree, key, value === "-" ? readFileSync10(0, "utf8") : value);
          return [];
        case "keys":
          return listKeys(tree, key);
        case "dump":
          return formatDump(dumpParams(tree, key));
        default:
          deleteParam(tree, key);
          return [];
      }
    })();
    if (lines2.length) process.stdout.write(lines2.join("\n") + "\n");
    return EXIT_PASSED;
  }
};
function statOrUndefined(path6) {
  try {
    return statSync9(path6);
  } catch {
    return void 0;
  }
}

// src/cli/commands/fetch.ts
import { hostname as hostname5 } from "node:os";
import { resolve as resolve12 } from "node:path";
import { parseArgs as parseArgs7 } from "node:util";
var fetchCommand = {
  name: "fetch",
  usage: "fetch  [--server URI] [--node NAME] [--dest DIR] [--rsync CMD] [--max-file SIZE] [--max-total SIZE]   a node's parameters and modules over rsync",
  async run(args) {
    const { values } = parseArgs7({
      args,
      options: {
        server: { type: "string" },
        node: { type: "string", default: hostname5() },
        dest: { type: "string" },
        rsync: { type: "string" },
        "max-file": { type: "string" },
        "max-total": { type: "string" }
      },
      strict: true,
      allowPositionals: false
    });
    const settings = fetchSettings({ server: values.server, rsync: values.rsync });
    const result = await fetchRepo({
      ...settings,
      node: values.node,
      dest: resolve12(values.dest ?? defaultFetchDest()),
      limits: {
        ...DEFAULT_LIMITS,
        ...values["max-file"] !== void 0 ? { maxFile: positiveSize(values["max-file"], "--max-file") } : {},
        ...values["max-total"] !== void 0 ? { maxTotal: positiveSize(values["max-total"], "--max-total") } : {}
      }
    });
    process.stdout.write(fetchedLine(result, settings.server.uri) + "\n");
    return EXIT_PASSED;
  }
};
function positiveSize(text, flag) {
  const bytes2 = parseSize(text, flag);
  if (bytes2 < 1) throw new InputError(`'${text}' is not a size above zero`, flag);
  return bytes2;
}

// src/cli/commands/affected.ts
import { parseArgs as parseArgs8 } from "node:util";

// src/affected/shards.ts
function makeShards(nodes, count3) {
  const shards = [];
  let start = 0;
  for (let index = 0; index < count3; index++) {
    const size = Math.floor(nodes.length / count3) + (index < nodes.length % count3 ? 1 : 0);
    if (size > 0) shards.push({ shard: shards.length + 1, nodes: nodes.slice(start, start + size).join(" ") });
    start += size;
  }
  return shards;
}

// src/affected/affected-json.ts
function affectedJson(result, shards) {
  const json = { nodes: result.nodes, removed: result.removed, changed: result.changed };
  if (shards !== void 0) json.matrix = { include: makeShards(result.nodes, shards) };
  return json;
}

// src/affected/find-affected.ts
import { mkdtempSync as mkdtempSync3, rmSync as rmSync7 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join23 } from "node:path";

// src/affected/affected-nodes.ts
function findAffectedNodes(changed, base, head) {
  const nodes = [...head.plans.keys()].filter((node) => {
    if (!base) return true;
    const basePlan = base.plans.get(node);
    if (basePlan === void 0 || basePlan instanceof Error) return true;
    const sources = [...dancePaths(base, node, basePlan), ...dancePaths(head, node, head.plans.get(node))];
    return changed.some((file) => sources.some((source) => file === source || file.startsWith(source + "/")));
  });
  const removed = base ? [...base.repo.nodes.keys()].filter((node) => !head.repo.nodes.has(node)) : [];
  return { nodes: nodes.sort(compareNames), removed: removed.sort(compareNames) };
}
function dancePaths(snapshot, node, plan) {
  const nodeDef = snapshot.repo.nodes.get(node);
  const own = nodeDef?.sources ?? [`parameters/${node}`];
  if (!plan || plan instanceof Error) return own;
  const modules = plan.order.flatMap((name) => snapshot.repo.modules.get(name)?.sources ?? [`modules/${name}`]);
  return [...own, ...modules];
}

// src/affected/git.ts
async function gitBytes(cwd, args, input) {
  const result = await execa("git", args, {
    cwd,
    reject: false,
    encoding: "buffer",
    stripFinalNewline: false,
    env: { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    ...input !== void 0 ? { input } : { stdin: "ignore" }
  });
  if (result.exitCode === void 0) {
    throw new InputError(`cannot run git: ${(result.shortMessage ?? "not found").split("\n")[0]}`, cwd);
  }
  const stderr = Buffer.from(result.stderr).toString("utf8").trim();
  return { ok: result.exitCode === 0, stdout: Buffer.from(result.stdout), error: stderr.split("\n")[0] ?? "" };
}
async function gitText(cwd, args, culprit) {
  const output = await gitBytes(cwd, args);
  if (!output.ok) throw new InputError(output.error || `git ${args[0]} failed`, culprit);
  return output.stdout.toString("utf8");
}

// src/affected/changed-files.ts
async function changedFiles(location, base, head) {
  const args = ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", base, head, "--"];
  const output = await gitText(location.dir, args, location.dir);
  return output.split("\0").filter(Boolean);
}

// src/affected/extract-skeleton.ts
import { mkdirSync as mkdirSync11, symlinkSync as symlinkSync3, writeFileSync as writeFileSync7 } from "node:fs";
import { dirname as dirname11, join as join22 } from "node:path";
var SYMLINK = "120000";
var SUBMODULE = "160000";
async function extractSkeleton(location, commit, dest) {
  const treeish = `${commit}:${location.prefix}`;
  const listing = await gitBytes(location.dir, ["ls-tree", "-r", "-z", "--full-tree", treeish]);
  if (!listing.ok) return false;
  const items = parseTree(listing.stdout.toString("utf8")).filter((item) => item.mode !== SUBMODULE);
  const wanted = items.filter((item) => item.mode === SYMLINK || item.path.split("/").pop() === "requires");
  const contents = await readBlobs(location, wanted.map((item) => item.oid));
  for (const item of items) {
    const path6 = join22(dest, item.path);
    mkdirSync11(dirname11(path6), { recursive: true });
    const content = contents.get(item.oid) ?? Buffer.alloc(0);
    if (item.mode === SYMLINK) symlinkSync3(content.toString("utf8"), path6);
    else writeFileSync7(path6, content);
  }
  return true;
}
function parseTree(text) {
  return text.split("\0").filter(Boolean).map((record) => {
    const tab = record.indexOf("	");
    const [mode, , oid] = record.slice(0, tab).split(" ");
    return { mode, oid, path: record.slice(tab + 1) };
  });
}
async function readBlobs(location, oids) {
  const blobs = /* @__PURE__ */ new Map();
  const unique = [...new Set(oids)];
  if (!unique.length) return blobs;
  const output = await gitBytes(location.dir, ["cat-file", "--batch"], unique.join("\n") + "\n");
  if (!output.ok) throw new InputError(`git cat-file failed: ${output.error}`, location.dir);
  let at = 0;
  const data = output.stdout;
  while (at < data.length) {
    const headerEnd = data.indexOf(10, at);
    const [oid, type, size] = data.subarray(at, headerEnd).toString("utf8").split(" ");
    if (headerEnd < 0 || type === "missing" || size === void 0) {
      throw new InputError(`git object ${oid ?? "?"} is missing`, location.dir);
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(oid, data.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}

// src/affected/git-repo.ts
async function locateRepo(dir) {
  const output = await gitBytes(dir, ["rev-parse", "--show-prefix"]).catch(() => void 0);
  if (!output?.ok) throw new InputError("not inside a git repository", dir);
  return { dir, prefix: output.stdout.toString("utf8").trim().replace(/\/$/, "") };
}
async function resolveCommit(location, ref) {
  const output = await gitBytes(location.dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const commit = output.stdout.toString("utf8").trim();
  if (!output.ok || !commit) throw new InputError(`unknown git ref '${ref}'`, location.dir);
  return commit;
}

// src/affected/find-affected.ts
async function findAffected(request) {
  const location = await locateRepo(request.repo);
  const baseCommit = await resolveCommit(location, request.base);
  const headCommit = await resolveCommit(location, request.head);
  const changed = await changedFiles(location, baseCommit, headCommit);
  const scratch = mkdtempSync3(join23(tmpdir3(), "disco-affected-"));
  try {
    const head = await snapshotAt(location, headCommit, join23(scratch, "head")).catch(atRef(request.head));
    if (!head) throw new InputError(`repository directory does not exist at ${request.head}`, request.repo);
    const headBroken = [...head.plans.values()].find((plan) => plan instanceof Error);
    if (headBroken) throw atRef(request.head)(headBroken);
    const base = await snapshotAt(location, baseCommit, join23(scratch, "base")).catch(unlessInputError);
    return { ...findAffectedNodes(changed, base, head), changed, baseCommit, headCommit };
  } finally {
    rmSync7(scratch, { recursive: true, force: true });
  }
}
var atRef = (ref) => (error) => {
  if (error instanceof InputError) throw new InputError(`${error.message} (at ${ref})`);
  throw error;
};
var unlessInputError = (error) => {
  if (error instanceof InputError) return void 0;
  throw error;
};
async function snapshotAt(location, commit, dir) {
  if (!await extractSkeleton(location, commit, dir)) return void 0;
  const repo = readRepo(dir);
  const plans = /* @__PURE__ */ new Map();
  for (const node of repo.nodes.keys()) {
    try {
      plans.set(node, makePlan(repo, node));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      plans.set(node, error);
    }
  }
  return { repo, plans };
}

// src/cli/commands/affected.ts
var affectedCommand = {
  name: "affected",
  usage: "affected --repo DIR --base REF [--head REF] [--json] [--shards N]   nodes whose dance a change can alter",
  async run(args) {
    const { values } = parseArgs8({
      args,
      options: {
        repo: { type: "string", default: "." },
        base: { type: "string" },
        head: { type: "string", default: "HEAD" },
        json: { type: "boolean", default: false },
        shards: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    });
    if (!values.base) throw new InputError("--base REF is required");
    const shards = values.shards === void 0 ? void 0 : parseShards(values.shards);
    const result = await findAffected({ repo: values.repo, base: values.base, head: values.head });
    if (values.json) {
      process.stdout.write(JSON.stringify(affectedJson(result, shards), null, 2) + "\n");
      return EXIT_PASSED;
    }
    if (result.nodes.length) process.stdout.write(result.nodes.join("\n") + "\n");
    const info = [
      `info: ${result.nodes.length} node(s) affected by ${result.changed.length} changed file(s) (${result.baseCommit.slice(0, 12)}..${result.headCommit.slice(0, 12)})`,
      ...result.removed.map((node) => `info: removed node ${node}`),
      ...shards ? makeShards(result.nodes, shards).map((shard) => `info: shard ${shard.shard}: ${shard.nodes}`) : []
    ];
    process.stderr.write(info.join("\n") + "\n");
    return EXIT_PASSED;
  }
};
function parseShards(text) {
  const count3 = Number(text);
  if (!/^\d+$/.test(text) || count3 < 1) throw new InputError(`--shards wants a whole number \u2265 1, got '${text}'`);
  return count3;
}

// src/cli/commands/junit.ts
import { parseArgs as parseArgs9 } from "node:util";

// src/reporters/junit.ts
var import_junit_report_builder = __toESM(require_dist(), 1);

// src/reporters/change-source.ts
var trimSlashes = (path6) => path6.replace(/^\/+/, "");
function writes(step, folder, path6) {
  const namesTarget = step.name.startsWith("/") || step.kind === "template";
  if (namesTarget && trimSlashes(step.name) === trimSlashes(path6)) return true;
  return step.source !== void 0 && step.source.endsWith(`/${folder}/${trimSlashes(path6)}`);
}
function changeStep(module, change) {
  const { steps } = module;
  return steps.find((s) => s.kind === "template" && writes(s, "templates", change.path)) ?? steps.find((s) => s.kind === "files" && writes(s, "files", change.path)) ?? filesFolderStep(module) ?? steps.find((s) => s.kind === "script") ?? steps[0];
}
function filesFolderStep(module) {
  if (module.steps.some((s) => s.kind === "script")) return void 0;
  return module.steps.find((s) => s.kind === "files" && s.source !== void 0 && /\/files\/?$/.test(s.source));
}
function changeSourceFile(module, change) {
  const step = changeStep(module, change);
  if (step?.kind === "files" && step.source !== void 0 && /\/files\/?$/.test(step.source)) {
    return `${step.source.replace(/\/+$/, "")}/${trimSlashes(change.path)}`;
  }
  return step?.source;
}
function blockedStep(module, blocked) {
  return module.steps.find((s) => s.source === blocked.source) ?? module.steps.find((s) => s.kind === "script") ?? module.steps[0];
}

// src/reporters/text.ts
var ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
var stripAnsi = (text) => text.includes("\x1B") ? text.replace(ANSI, "") : text;
function showControls(text) {
  if (!CONTROL.test(text) && !LONE_SURROGATE.test(text)) return text;
  return text.replace(/\r\n/g, "\n").replace(CONTROLS, hexEscape).replace(LONE_SURROGATES, "\uFFFD");
}
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
var CONTROLS = new RegExp(CONTROL.source, "g");
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
var LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
var oneLine2 = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, hexEscape).replace(LONE_SURROGATES, "\uFFFD");
function hexEscape(c3) {
  const code = c3.charCodeAt(0);
  return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
}
function tail(text, maxLines, maxChars) {
  const trimmed = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (trimmed === "") return { text: "", omittedLines: 0 };
  const lines2 = trimmed.split("\n");
  let kept = lines2.slice(-maxLines);
  let joined = kept.join("\n");
  if (joined.length > maxChars) {
    joined = joined.slice(joined.length - maxChars);
    const firstBreak = joined.indexOf("\n");
    if (firstBreak >= 0 && firstBreak < joined.length - 1) joined = joined.slice(firstBreak + 1);
    kept = joined.split("\n");
  }
  return { text: joined, omittedLines: lines2.length - kept.length };
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
var firstLine = (text, max = 200) => clip(text.split("\n", 1)[0] ?? "", max);
var formatSeconds = (seconds5) => `${seconds5.toFixed(2)} s`;
function formatKiB(kib) {
  if (kib < 10 * 1024) return `${Math.round(kib)} KiB`;
  return `${(kib / 1024).toFixed(1)} MiB`;
}
function formatBytes(bytes2) {
  if (bytes2 < 1024) return `${bytes2} B`;
  if (bytes2 < 1024 * 1024) return `${(bytes2 / 1024).toFixed(1)} KiB`;
  return `${(bytes2 / 1024 / 1024).toFixed(1)} MiB`;
}
var plural = (count3, word) => `${count3} ${word}${count3 === 1 ? "" : "s"}`;

// src/reporters/describe-change.ts
function describeMeta(meta, withSize = true) {
  if (!meta) return "";
  const parts = [];
  if (meta.mode !== void 0) parts.push(meta.mode);
  const owner = meta.owner ?? (meta.uid !== void 0 ? String(meta.uid) : void 0);
  const group = meta.group ?? (meta.gid !== void 0 ? String(meta.gid) : void 0);
  if (owner !== void 0 || group !== void 0) parts.push(`${owner ?? "?"}:${group ?? "?"}`);
  if (meta.target !== void 0) parts.push(`\u2192 ${meta.target}`);
  else if (withSize && meta.size !== void 0) parts.push(formatBytes(meta.size));
  if (meta.selinux !== void 0) parts.push(meta.selinux);
  return oneLine2(parts.join(" "));
}
function metaDifferences(before, after, withSize = true) {
  if (!before || !after) return [];
  const differences = [];
  const compare = (label, a2, b) => {
    if (a2 !== b) differences.push(oneLine2(`${label} ${a2 ?? "-"} \u2192 ${b ?? "-"}`));
  };
  compare("mode", before.mode, after.mode);
  compare("owner", before.owner ?? before.uid, after.owner ?? after.uid);
  compare("group", before.group ?? before.gid, after.group ?? after.gid);
  compare("target", before.target, after.target);
  compare("selinux", before.selinux, after.selinux);
  if (before.md5 !== void 0 && after.md5 !== void 0) {
    if (before.md5 !== after.md5) differences.push("content");
  } else if (withSize && before.size !== after.size) {
    compare("size", before.size, after.size);
  }
  return differences;
}
function describeChange(change) {
  const head = `${change.action} ${change.type} ${oneLine2(change.path)}`;
  const details = [];
  if (change.action === "modified") details.push(...metaDifferences(change.before, change.after, change.type !== "directory"));
  const meta = describeMeta(change.action === "deleted" ? change.before : change.after, change.type !== "directory");
  if (meta) details.push(meta);
  if (change.binary) details.push("binary");
  return details.length > 0 ? `${head} (${details.join("; ")})` : head;
}
var describeBlocked = (blocked) => `${oneLine2(blocked.command)} at ${oneLine2(blocked.source)}:${blocked.line}`;

// src/reporters/report-facts.ts
var isStepFailed = (step) => step.exitCode !== 0 || step.reason !== void 0;
var stepLabel = (step) => `${step.kind} ${step.name}`;
var INTERNAL_MODULE = "_internal";
function countChanges(changes) {
  const counts = { created: 0, modified: 0, deleted: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}
function countReportChanges(report) {
  const counts = { created: 0, modified: 0, deleted: 0 };
  for (const module of report.modules) for (const change of module.changes) counts[change.action]++;
  return counts;
}
var countBlocked = (report) => report.modules.reduce((sum, module) => sum + module.blocked.length, 0);
var stepsTime = (steps) => steps.reduce((sum, step) => sum + step.metrics.time_real, 0);
var stepsMemMax = (steps) => steps.reduce((max, step) => Math.max(max, step.metrics.mem_max), 0);
var moduleTime = (module) => stepsTime(module.steps);
var reportTime = (report) => report.modules.reduce((sum, module) => sum + moduleTime(module), 0) + stepsTime(report.internal ?? []);
var isModuleFailed = (module) => module.status === "failed" || module.steps.some(isStepFailed);
var isReportFailed = (report) => report.status === "failed" || report.interrupted === true || report.errors.length > 0 || report.modules.some(isModuleFailed) || (report.internal ?? []).some(isStepFailed);

// src/reporters/xml-text.ts
var NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
var xmlSafe = (text) => showControls(stripAnsi(text)).replace(NOT_XML, "\uFFFD");
var CDATA_END = "]]>";
var CDATA_SPLIT = "]]]]><![CDATA[>";
function cdataSafe(text) {
  const safe = xmlSafe(text);
  const first = safe.indexOf(CDATA_END);
  if (first < 0) return safe;
  const head = safe.slice(0, first + CDATA_END.length);
  return head + safe.slice(head.length).split(CDATA_END).join(CDATA_SPLIT);
}

// src/reporters/junit.ts
var DEFAULT_JUNIT_LIMITS = {
  failureLines: 100,
  failureChars: 16 * 1024,
  outputLines: 50,
  outputChars: 8 * 1024,
  diffChars: 4 * 1024,
  systemOutChars: 64 * 1024,
  totalDiffChars: 4 * 1024 * 1024
};
function toJUnit(reports, limits = DEFAULT_JUNIT_LIMITS) {
  const builder = import_junit_report_builder.default.newBuilder().name("disco");
  const budget = { diffChars: limits.totalDiffChars };
  for (const report of reports) addSuite(builder.testSuite(), report, limits, budget);
  return builder.build() + "\n";
}
function addSuite(suite, report, limits, budget) {
  suite.name(xmlSafe(`${report.node} (${report.mode})`));
  if (report.startedAt) suite.timestamp(xmlSafe(report.startedAt));
  let seconds5 = 0;
  const cases = [];
  for (const step of report.internal ?? []) cases.push(stepCase(report, INTERNAL_MODULE, step, [], limits));
  for (const module of report.modules) cases.push(...moduleCases(report, module, limits, budget));
  report.errors.forEach((error, index) => {
    cases.push({
      classname: report.node,
      name: `error ${index + 1}: ${firstLine(error.message, 120)}`,
      file: error.source,
      time: 0,
      error: { message: firstLine(error.message, 500), body: error.message }
    });
  });
  if ((report.status === "failed" || report.interrupted) && !cases.some((c3) => c3.failure || c3.error)) {
    const why = report.interrupted ? "the dance was interrupted" : "the dance failed without a failing step or error";
    const failure = { message: why, body: "" };
    cases.push({ classname: report.node, name: "dance", time: 0, failure });
  }
  for (const spec of cases) {
    seconds5 += spec.time;
    addCase(suite.testCase(), spec);
  }
  suite.time(roundSeconds(seconds5));
}
function moduleCases(report, module, limits, budget) {
  const extras = /* @__PURE__ */ new Map();
  const note = (step, line) => {
    const lines2 = extras.get(step) ?? [];
    lines2.push(line);
    extras.set(step, lines2);
  };
  let withheld = 0;
  for (const change of module.changes) {
    let diff = "";
    if (change.diff && budget.diffChars > 0) {
      diff = `
${clipDiff(change.diff, limits.diffChars)}`;
      budget.diffChars -= diff.length;
    } else if (change.diff) {
      withheld++;
    }
    note(changeStep(module, change), `File: ${describeChange(change)}${diff}`);
  }
  for (const blocked of module.blocked) note(blockedStep(module, blocked), `Would execute: ${describeBlocked(blocked)}`);
  if (withheld > 0) {
    note(module.steps[0], `[${withheld} diffs of this module not shown: the JUnit file's diff allowance is used up]`);
  }
  const cases = module.steps.map((step) => stepCase(report, module.name, step, extras.get(step) ?? [], limits));
  const orphan = extras.get(void 0) ?? [];
  const stepFailed = module.steps.some(isStepFailed);
  if (module.steps.length === 0 || isModuleFailed(module) && !stepFailed) {
    cases.push({
      classname: `${report.node}.${module.name}`,
      name: `module ${module.name}`,
      time: 0,
      failure: isModuleFailed(module) && !stepFailed ? { message: "module failed without a failing step", body: "" } : void 0,
      systemOut: boundedOut(orphan, limits)
    });
  }
  return cases;
}
function stepCase(report, module, step, extras, limits) {
  const failed = isStepFailed(step);
  const sections = [];
  if (!failed && step.output) sections.push(outputTail(step.output, limits.outputLines, limits.outputChars));
  sections.push(...extras);
  return {
    classname: `${report.node}.${module}`,
    name: stepLabel(step),
    file: step.source,
    time: roundSeconds(step.metrics.time_real),
    failure: failed ? {
      message: step.reason ? `${firstLine(step.reason)} (exit code ${step.exitCode})` : `exit code ${step.exitCode}`,
      body: outputTail(step.output, limits.failureLines, limits.failureChars)
    } : void 0,
    systemOut: boundedOut(sections, limits)
  };
}
function addCase(testCase, spec) {
  testCase.className(xmlSafe(spec.classname)).name(xmlSafe(spec.name)).time(spec.time);
  if (spec.file) testCase.file(xmlSafe(spec.file));
  if (spec.failure) {
    testCase.failure(xmlSafe(spec.failure.message), "StepFailed");
    if (spec.failure.body) testCase.stacktrace(cdataSafe(spec.failure.body));
  }
  if (spec.error) testCase.error(xmlSafe(spec.error.message), "DanceError", cdataSafe(spec.error.body) || void 0);
  if (spec.systemOut) testCase.standardOutput(cdataSafe(spec.systemOut));
}
function outputTail(output, lines2, chars) {
  const { text, omittedLines } = tail(output, lines2, chars);
  return omittedLines > 0 ? `[\u2026 ${omittedLines} earlier lines not shown]
${text}` : text;
}
function clipDiff(diff, max) {
  return diff.length <= max ? diff.replace(/\n$/, "") : `${diff.slice(0, max)}
[\u2026 diff cut at ${max} characters]`;
}
function boundedOut(sections, limits) {
  if (sections.length === 0) return void 0;
  const kept = [];
  let size = 0;
  for (const [index, section] of sections.entries()) {
    if (size + section.length > limits.systemOutChars && kept.length > 0) {
      kept.push(`[\u2026 ${sections.length - index} more entries not shown]`);
      break;
    }
    kept.push(clip(section, limits.systemOutChars));
    size += section.length + 1;
  }
  return kept.join("\n");
}
var roundSeconds = (seconds5) => Math.round(Math.max(0, seconds5) * 1e3) / 1e3;

// src/cli/commands/junit.ts
var junitCommand = {
  name: "junit",
  usage: "junit    REPORT.json\u2026 [-o FILE]                             JUnit XML, one testsuite per report",
  async run(args) {
    const { values, positionals } = parseArgs9({
      args,
      options: { output: { type: "string", short: "o" } },
      strict: true,
      allowPositionals: true
    });
    writeResult(toJUnit(readReportArgs(positionals, "junit")), values.output, true);
    return EXIT_PASSED;
  }
};

// src/cli/commands/annotate.ts
import { readFileSync as readFileSync11 } from "node:fs";
import { parseArgs as parseArgs10 } from "node:util";

// src/reporters/workflow-command.ts
var escapeData = (value) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (value) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
function workflowCommand(level, properties, message) {
  const pairs = [];
  if (properties.file) pairs.push(`file=${escapeProperty(properties.file)}`);
  if (properties.line !== void 0) pairs.push(`line=${properties.line}`);
  if (properties.title) pairs.push(`title=${escapeProperty(properties.title)}`);
  return `::${level}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}

// src/reporters/annotations.ts
var MAX_PER_LEVEL = 10;
var MAX_PER_JOB = 50;
var TAIL_LINES = 20;
var TAIL_CHARS = 2e3;
var NODES_LISTED = 5;
function collectAnnotations(reports, pathPrefix = "") {
  const byKey = /* @__PURE__ */ new Map();
  const add = (node, candidate, detail) => {
    const file = candidate.file === void 0 ? void 0 : `${pathPrefix}${candidate.file}`;
    const key = `${candidate.level}\0${file}\0${candidate.line}\0${candidate.title}\0${candidate.message}`;
    const existing = byKey.get(key);
    if (existing) existing.nodes.add(node);
    else byKey.set(key, { ...candidate, file, nodes: /* @__PURE__ */ new Set([node]), detail });
  };
  for (const report of reports) {
    const stepError = (module, step) => {
      if (!isStepFailed(step)) return;
      const why = step.reason ? `${firstLine(step.reason)}, exit code ${step.exitCode}` : `exit code ${step.exitCode}`;
      const title = oneLine2(`Step failed: ${module} ${stepLabel(step)}`);
      add(report.node, { level: "error", file: step.source, title, message: why }, outputTail2(step.output));
    };
    for (const step of report.internal ?? []) stepError(INTERNAL_MODULE, step);
    for (const module of report.modules) {
      for (const step of module.steps) stepError(module.name, step);
      for (const blocked of module.blocked) {
        add(report.node, { level: "warning", file: blocked.source, line: blocked.line, title: "Would execute", message: blocked.command });
      }
      addChangeNotices(report, module, (candidate) => add(report.node, candidate));
    }
    for (const error of report.errors) {
      add(report.node, { level: "error", file: error.source, title: "Dance error", message: error.message });
    }
  }
  return [...byKey.values()].map(({ detail, nodes, ...annotation }) => ({
    ...annotation,
    nodes: [...nodes],
    // Line breaks stay (escaped on output); other control characters are shown, not sent.
    message: showControls(withNodes(annotation.message, [...nodes]) + (detail ? `
${detail}` : ""))
  }));
}
function addChangeNotices(report, module, add) {
  for (const change of module.changes) {
    const verb = report.mode === "noop" ? `Would ${INFINITIVE[change.action]}` : capitalize(change.action);
    add({
      level: "notice",
      file: changeSourceFile(module, change),
      title: `${verb} ${oneLine2(change.path)}`,
      message: `${module.name}: ${describeChange(change)}`
    });
  }
}
var INFINITIVE = { created: "create", modified: "modify", deleted: "delete" };
var capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);
function withNodes(message, nodes) {
  const listed = nodes.slice(0, NODES_LISTED).join(", ");
  const more = nodes.length > NODES_LISTED ? ` and ${nodes.length - NODES_LISTED} more` : "";
  return `${message}
(${nodes.length === 1 ? "node" : "nodes"}: ${listed}${more})`;
}
function outputTail2(output) {
  const { text, omittedLines } = tail(showControls(stripAnsi(output)), TAIL_LINES, TAIL_CHARS);
  if (!text) return void 0;
  return omittedLines > 0 ? `[\u2026 ${omittedLines} earlier lines]
${text}` : text;
}
var normalizePath = (path6) => path6.replace(/^(\.\/)+/, "").trim();
function selectAnnotations(all, options = {}) {
  const maxPerLevel = options.maxPerLevel ?? MAX_PER_LEVEL;
  const maxTotal = options.maxTotal ?? MAX_PER_JOB;
  const changed = new Set([...options.changedFiles ?? []].map(normalizePath).filter(Boolean));
  const rank = (a2) => (a2.level === "error" ? 0 : 2) + (a2.file !== void 0 && changed.has(normalizePath(a2.file)) ? 0 : 1);
  const ordered = all.map((annotation, index) => ({ annotation, index }));
  ordered.sort((a2, b) => rank(a2.annotation) - rank(b.annotation) || a2.index - b.index);
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const { annotation } of ordered) {
    if (perLevel[annotation.level] < maxPerLevel && shown.length < maxTotal) {
      perLevel[annotation.level]++;
      shown.push(annotation);
    } else {
      omitted[annotation.level]++;
    }
  }
  return { shown, omitted };
}
function omittedLine(selection, options = {}) {
  const { omitted, shown } = selection;
  const total = omitted.error + omitted.warning + omitted.notice;
  const parts = ["error", "warning", "notice"].filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}`);
  const limits = `at most ${options.maxPerLevel ?? MAX_PER_LEVEL} of each kind per step and ${options.maxTotal ?? MAX_PER_JOB} per job`;
  return total === 0 ? `info: 0 more annotations not shown (all ${shown.length} shown)` : `info: ${total} more annotations not shown (${parts.join(", ")}; GitHub shows ${limits})`;
}
function toAnnotationLines(reports, options = {}) {
  const selection = selectAnnotations(collectAnnotations(reports, options.pathPrefix), options);
  const lines2 = selection.shown.map((a2) => workflowCommand(a2.level, { file: a2.file, line: a2.line, title: a2.title }, a2.message));
  lines2.push(omittedLine(selection, options));
  return lines2.join("\n") + "\n";
}

// src/cli/commands/annotate.ts
var annotateCommand = {
  name: "annotate",
  usage: "annotate REPORT.json\u2026 [--changed FILE]                      GitHub annotations (workflow commands) on stdout",
  async run(args) {
    const { values, positionals } = parseArgs10({
      args,
      options: { changed: { type: "string" } },
      strict: true,
      allowPositionals: true
    });
    const reports = readReportArgs(positionals, "annotate");
    const changedFiles2 = values.changed === void 0 ? [] : readChangedFiles(values.changed);
    process.stdout.write(toAnnotationLines(reports, { changedFiles: changedFiles2 }));
    return EXIT_PASSED;
  }
};
function readChangedFiles(file) {
  try {
    return readFileSync11(file, "utf8").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  } catch (error) {
    throw new InputError(`--changed ${file}: cannot read (${error.code ?? "error"})`);
  }
}

// src/cli/commands/summary.ts
import { parseArgs as parseArgs11 } from "node:util";

// src/reporters/delta.ts
var DEFAULT_DELTA_THRESHOLDS = {
  timeRatio: 0.2,
  timeMinSeconds: 0.05,
  memRatio: 0.2,
  memMinKiB: 1024
};
var isUnchanged = (node) => node.presence === "altered" && node.baseStatus === node.headStatus && node.files.length + node.blocked.length + node.steps.length + node.metrics.length === 0;
var reportKey = (report) => `${report.node}\0${report.mode}`;
var statusOf = (report) => isReportFailed(report) ? "failed" : "passed";
function computeDelta(base, head, thresholds = DEFAULT_DELTA_THRESHOLDS) {
  const baseByKey = new Map(base.map((r) => [reportKey(r), r]));
  const headKeys = new Set(head.map(reportKey));
  const nodes = head.map((h2) => compareReports(baseByKey.get(reportKey(h2)), h2, thresholds));
  for (const b of base) if (!headKeys.has(reportKey(b))) nodes.push(compareReports(b, void 0, thresholds));
  return { thresholds, nodes };
}
function compareReports(base, head, thresholds = DEFAULT_DELTA_THRESHOLDS) {
  const either = head ?? base;
  return {
    node: head && base && head.node !== base.node ? `${base.node} \u2192 ${head.node}` : either.node,
    mode: either.mode,
    presence: !base ? "added" : !head ? "removed" : "altered",
    baseStatus: base && statusOf(base),
    headStatus: head && statusOf(head),
    files: compareFiles(base, head),
    blocked: compareBlocked(base, head),
    ...compareSteps(base, head, thresholds)
  };
}
function changesByPath(report) {
  const byPath = /* @__PURE__ */ new Map();
  for (const module of report?.modules ?? []) for (const change of module.changes) byPath.set(change.path, { module: module.name, change });
  return byPath;
}
var side = (entry) => ({
  module: entry.module,
  action: entry.change.action,
  type: entry.change.type
});
function compareFiles(base, head) {
  const before = changesByPath(base);
  const after = changesByPath(head);
  const deltas = [];
  for (const [path6, h2] of after) {
    const b = before.get(path6);
    if (!b) deltas.push({ path: path6, delta: "added", head: side(h2), differences: [] });
    else {
      const differences = changeDifferences(b, h2);
      if (differences.length > 0) deltas.push({ path: path6, delta: "altered", base: side(b), head: side(h2), differences });
    }
  }
  for (const [path6, b] of before) if (!after.has(path6)) deltas.push({ path: path6, delta: "removed", base: side(b), differences: [] });
  return deltas;
}
function changeDifferences(b, h2) {
  const differences = [];
  const compare = (label, x, y) => {
    if (x !== y) differences.push(`${label} ${String(x ?? "-")} \u2192 ${String(y ?? "-")}`);
  };
  compare("action", b.change.action, h2.change.action);
  compare("type", b.change.type, h2.change.type);
  compare("module", b.module, h2.module);
  compare("binary", b.change.binary ?? false, h2.change.binary ?? false);
  const bMeta = b.change.action === "deleted" ? void 0 : b.change.after;
  const hMeta = h2.change.action === "deleted" ? void 0 : h2.change.after;
  const meta = metaDifferences(bMeta, hMeta);
  const contentDiffers = meta.includes("content") || (b.change.diff ?? "") !== (h2.change.diff ?? "");
  differences.push(...meta.filter((d) => d !== "content" && !d.startsWith("size ")));
  if (contentDiffers) differences.push("content");
  return differences;
}
var blockedKey = (module, blocked) => `${module}\0${blocked.source}\0${blocked.command}`;
function blockedList(report) {
  return (report?.modules ?? []).flatMap((m) => m.blocked.map((blocked) => ({ module: m.name, blocked })));
}
function compareBlocked(base, head) {
  const pending = /* @__PURE__ */ new Map();
  for (const entry of blockedList(base)) {
    const key = blockedKey(entry.module, entry.blocked);
    pending.set(key, [...pending.get(key) ?? [], entry]);
  }
  const deltas = [];
  for (const { module, blocked } of blockedList(head)) {
    const match = pending.get(blockedKey(module, blocked))?.shift();
    const entry = { module, command: blocked.command, source: blocked.source, line: blocked.line };
    if (!match) deltas.push({ delta: "added", ...entry });
    else if (match.blocked.line !== blocked.line) deltas.push({ delta: "altered", ...entry, baseLine: match.blocked.line });
  }
  for (const left of pending.values()) {
    for (const { module, blocked } of left) {
      deltas.push({ delta: "removed", module, command: blocked.command, source: blocked.source, line: blocked.line });
    }
  }
  return deltas;
}
function stepList(report) {
  const steps = /* @__PURE__ */ new Map();
  const add = (module, step) => {
    const key = `${module}\0${step.kind}\0${step.name}`;
    if (!steps.has(key)) steps.set(key, { module, step });
  };
  for (const step of report?.internal ?? []) add(INTERNAL_MODULE, step);
  for (const module of report?.modules ?? []) for (const step of module.steps) add(module.name, step);
  return steps;
}
var outcome = (step) => ({
  outcome: isStepFailed(step) ? "failed" : "passed",
  exitCode: step.exitCode,
  ...step.reason !== void 0 ? { reason: step.reason } : {}
});
function compareSteps(base, head, thresholds) {
  const before = stepList(base);
  const after = stepList(head);
  const steps = [];
  const metrics = [];
  const describe3 = ({ module, step }) => ({ module, kind: step.kind, name: step.name, source: step.source });
  for (const [key, h2] of after) {
    const b = before.get(key);
    if (!b) {
      steps.push({ delta: "added", ...describe3(h2), head: outcome(h2.step) });
      continue;
    }
    const [bo, ho] = [outcome(b.step), outcome(h2.step)];
    if (bo.outcome !== ho.outcome || bo.exitCode !== ho.exitCode || bo.reason !== ho.reason) {
      steps.push({ delta: "altered", ...describe3(h2), base: bo, head: ho });
    }
    const grew = (metric, ratio, minimum) => {
      const [x, y] = [b.step.metrics[metric] ?? 0, h2.step.metrics[metric] ?? 0];
      if (y - x >= minimum && y > x * (1 + ratio)) {
        const growth = x > 0 ? y / x - 1 : null;
        metrics.push({ module: h2.module, kind: h2.step.kind, name: h2.step.name, metric, base: x, head: y, growth });
      }
    };
    grew("time_real", thresholds.timeRatio, thresholds.timeMinSeconds);
    grew("mem_max", thresholds.memRatio, thresholds.memMinKiB);
  }
  for (const [key, b] of before) if (!after.has(key)) steps.push({ delta: "removed", ...describe3(b), base: outcome(b.step) });
  return { steps, metrics };
}

// src/reporters/fit-diffs.ts
function capForBudget(sizes, budget) {
  const sorted = [...sizes].sort((a2, b) => a2 - b);
  let remaining = budget;
  for (let i2 = 0; i2 < sorted.length; i2++) {
    const left = sorted.length - i2;
    if (sorted[i2] * left > remaining) return Math.max(0, Math.floor(remaining / left));
    remaining -= sorted[i2];
  }
  return Infinity;
}
function cutToBytes(text, maxBytes) {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const lines2 = text.split("\n");
  let size = 0;
  let count3 = 0;
  for (const line of lines2) {
    const next = size + Buffer.byteLength(line) + (count3 > 0 ? 1 : 0);
    if (next > maxBytes) break;
    size = next;
    count3++;
  }
  return lines2.slice(0, count3).join("\n");
}

// src/reporters/markdown.ts
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
var unlink = (text) => text.replace(/[@#]/g, "$&\u200B");
var MARKUP = /[\\`*_{}[\]()!|~$:]|(?<=www)\./gi;
var mdText = (text) => escapeHtml(unlink(oneLine2(text)).replace(MARKUP, "\\$&"));
var mdCode = (text) => `<code>${mdText(text)}</code>`;
var htmlText = (text) => escapeHtml(unlink(oneLine2(text)));
var htmlCode = (text) => `<code>${htmlText(text)}</code>`;
var blockText = (text) => showControls(stripAnsi(text)).replace(/\n$/, "");
function fenceFor(content) {
  let longest = 0;
  for (const run2 of content.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function fenced(content, info = "", fence = fenceFor(content)) {
  return `${fence}${info}
${content}
${fence}`;
}
function sourceUrl(repoUrl, sha, path6, line) {
  const segments = (text) => text.split("/").filter(Boolean).map(encodeURIComponent).join("/");
  return `${repoUrl.replace(/\/+$/, "")}/blob/${segments(sha)}/${segments(path6)}${line !== void 0 ? `#L${line}` : ""}`;
}
var mdLink = (label, url) => `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

// src/reporters/delta-text.ts
function toDeltaText(delta) {
  const lines2 = [];
  for (const node of delta.nodes) {
    const prefix = oneLine2(`${node.node} (${node.mode})`);
    const entries = nodeLines(node);
    if (entries.length === 0) lines2.push(`info: ${prefix}: no differences`);
    for (const { level, text } of entries) lines2.push(`${level}: ${prefix}: ${text}`);
  }
  if (delta.nodes.length === 0) lines2.push("info: no reports to compare");
  return lines2.join("\n") + "\n";
}
function nodeLines(node) {
  if (isUnchanged(node)) return [];
  const lines2 = [];
  if (node.presence === "added") return [{ level: "info", text: `only in head (${node.headStatus}): ${sideCounts(node)}` }];
  if (node.presence === "removed") return [{ level: "info", text: `only in base (${node.baseStatus}): ${sideCounts(node)}` }];
  if (node.presence === "altered" && node.baseStatus !== node.headStatus) {
    lines2.push({ level: node.headStatus === "failed" ? "warning" : "info", text: `status ${node.baseStatus} \u2192 ${node.headStatus}` });
  }
  lines2.push(...node.steps.map(stepLine), ...node.files.map(fileLine), ...node.blocked.map(blockedLine), ...node.metrics.map(metricLine));
  return lines2;
}
var sideCounts = (node) => [plural(node.steps.length, "step"), plural(node.files.length, "file effect"), plural(node.blocked.length, "blocked command")].join(", ");
function fileLine(file) {
  const path6 = oneLine2(file.path);
  if (file.delta === "added") {
    return { level: "info", text: `new effect: ${file.head?.action} ${file.head?.type} ${path6} (${oneLine2(file.head?.module ?? "")})` };
  }
  if (file.delta === "removed") {
    return { level: "info", text: `effect gone: ${file.base?.action} ${file.base?.type} ${path6} (${oneLine2(file.base?.module ?? "")})` };
  }
  return { level: "info", text: `effect altered: ${path6}: ${oneLine2(file.differences.join("; "))}` };
}
function blockedLine(blocked) {
  const what = `${oneLine2(blocked.command)} at ${oneLine2(blocked.source)}:${blocked.line} (${oneLine2(blocked.module)})`;
  if (blocked.delta === "added") return { level: "warning", text: `new blocked command: ${what}` };
  if (blocked.delta === "removed") return { level: "info", text: `blocked command gone: ${what}` };
  return { level: "info", text: `blocked command moved from line ${blocked.baseLine}: ${what}` };
}
var outcomeText = (o2) => o2 ? `${o2.outcome} (exit ${o2.exitCode}${o2.reason !== void 0 ? `, ${oneLine2(o2.reason)}` : ""})` : "-";
function stepLine(step) {
  const name = oneLine2(`${step.module} ${step.kind} ${step.name}`);
  if (step.delta === "added") {
    return { level: step.head?.outcome === "failed" ? "warning" : "info", text: `new step: ${name}: ${outcomeText(step.head)}` };
  }
  if (step.delta === "removed") return { level: "info", text: `step gone: ${name}: was ${outcomeText(step.base)}` };
  return {
    level: step.head?.outcome === "failed" ? "warning" : "info",
    text: `step outcome altered: ${name}: ${outcomeText(step.base)} \u2192 ${outcomeText(step.head)}`
  };
}
function metricLine(metric) {
  const name = oneLine2(`${metric.module} ${metric.kind} ${metric.name}`);
  const format2 = metric.metric === "time_real" ? formatSeconds : formatKiB;
  const growth = metric.growth === null ? "from 0" : `+${Math.round(metric.growth * 100)}%`;
  const what = metric.metric === "time_real" ? "slower" : "more memory";
  return { level: "warning", text: `${what}: ${name}: ${metric.metric} ${format2(metric.base)} \u2192 ${format2(metric.head)} (${growth})` };
}

// src/reporters/summary-delta.ts
var UNCHANGED_LISTED = 20;
var CLOSING_RESERVE = 200;
function deltaMarkdown(delta, maxBytes) {
  const out = ["### What this change alters\n\n"];
  let size = Buffer.byteLength(out[0]);
  let omitted = 0;
  const push = (text) => {
    const bytes2 = Buffer.byteLength(text);
    if (omitted > 0 || size + bytes2 > maxBytes - CLOSING_RESERVE) return false;
    out.push(text);
    size += bytes2;
    return true;
  };
  const unchanged = delta.nodes.filter(isUnchanged);
  for (const node of delta.nodes) {
    if (isUnchanged(node)) continue;
    const lines2 = nodeLines(node);
    if (!push(`**${mdCode(node.node)} (${mdText(node.mode)})**

`)) {
      omitted += lines2.length;
      continue;
    }
    for (const [index, line] of lines2.entries()) {
      if (!push(`- ${line.level === "warning" ? "\u26A0\uFE0F " : ""}${mdText(line.text)}
`)) {
        omitted += lines2.length - index;
        break;
      }
    }
    push("\n");
  }
  if (unchanged.length === delta.nodes.length) {
    push("No differences between base and head.\n\n");
  } else if (unchanged.length > 0) {
    const names = unchanged.slice(0, UNCHANGED_LISTED).map((n2) => mdCode(n2.node)).join(", ");
    const more = unchanged.length > UNCHANGED_LISTED ? `, and ${unchanged.length - UNCHANGED_LISTED} more` : "";
    if (!push(`No differences on ${plural(unchanged.length, "node")}: ${names}${more}.

`)) {
      push(`No differences on ${plural(unchanged.length, "node")}.

`);
    }
  }
  if (omitted > 0) out.push(`_\u2026 ${plural(omitted, "more difference")} not shown here; \`disco delta\` lists them all._

`);
  return out.join("");
}

// src/reporters/summary-sections.ts
var OUTPUT_TAIL_LINES = 30;
var OUTPUT_TAIL_CHARS = 4e3;
var statusIcon = (failed) => failed ? "\u274C" : "\u2705";
function moduleFacts(module) {
  const counts = countChanges(module.changes);
  const facts = [];
  const failedSteps = module.steps.filter(isStepFailed).length;
  if (failedSteps > 0) facts.push(`${plural(failedSteps, "failed step")}`);
  if (counts.created) facts.push(`${counts.created} created`);
  if (counts.modified) facts.push(`${counts.modified} modified`);
  if (counts.deleted) facts.push(`${counts.deleted} deleted`);
  if (module.blocked.length) facts.push(`${module.blocked.length} blocked`);
  facts.push(formatSeconds(moduleTime(module)), formatKiB(stepsMemMax(module.steps)));
  return facts.join(" \xB7 ");
}
function moduleLine2(module) {
  const failing = module.steps.filter(isStepFailed).map((s) => `${mdCode(stepLabel(s))} (exit ${s.exitCode})`);
  const failed = failing.length > 0 ? ` \u2014 failed: ${failing.slice(0, 3).join(", ")}${failing.length > 3 ? ", \u2026" : ""}` : "";
  return `- ${statusIcon(isModuleFailed(module))} ${mdCode(module.name)} \u2014 ${moduleFacts(module)}${failed}`;
}
function moduleDetails(node, module, links) {
  const parts = [
    `<details><summary>${statusIcon(isModuleFailed(module))} ${htmlCode(module.name)} \u2014 ${htmlText(moduleFacts(module))}</summary>

`,
    stepTable(module.steps),
    ...failedOutputs(module.steps)
  ];
  if (module.changes.length > 0) {
    parts.push("**Changes**\n\n");
    for (const change of module.changes) parts.push(...changeParts(node, change));
    parts.push("\n");
  }
  if (module.blocked.length > 0) {
    parts.push("**Would execute**\n\n", ...module.blocked.map((b) => blockedItem(b, links)), "\n");
  }
  parts.push("</details>\n\n");
  return parts;
}
function stepTable(steps) {
  if (steps.length === 0) return "_No steps._\n\n";
  const rows = steps.map((s) => {
    const result = `${statusIcon(isStepFailed(s))} exit ${s.exitCode}${s.reason !== void 0 ? ` (${mdText(s.reason)})` : ""}`;
    return `| ${mdCode(stepLabel(s))} | ${result} | ${formatSeconds(s.metrics.time_real)} | ${formatKiB(s.metrics.mem_max)} |`;
  });
  return ["| Step | Result | Time | Max memory |", "|:--|:--|--:|--:|", ...rows].join("\n") + "\n\n";
}
function failedOutputs(steps) {
  return steps.filter(isStepFailed).map((step) => {
    const { text, omittedLines } = tail(blockText(step.output), OUTPUT_TAIL_LINES, OUTPUT_TAIL_CHARS);
    const intro = `Output of ${mdCode(stepLabel(step))}${omittedLines > 0 ? ` (last lines; ${omittedLines} earlier not shown)` : ""}:`;
    return text ? `${intro}

${fenced(text, "text")}

` : `${intro} _none_

`;
  });
}
function changeParts(node, change) {
  const line = `- ${mdText(describeChange(change))}${change.diffTruncated ? " _(diff cut by the engine)_" : ""}
`;
  if (!change.diff || change.binary) return [line];
  const text = blockText(change.diff);
  return [line, "\n", { text, bytes: Buffer.byteLength(text), fence: fenceFor(text), label: `${change.path} on ${node}` }, "\n"];
}
function blockedItem(blocked, links) {
  const where2 = mdCode(`${blocked.source}:${blocked.line}`);
  const place = links.repoUrl && links.sha ? mdLink(where2, sourceUrl(links.repoUrl, links.sha, blocked.source, blocked.line)) : where2;
  return `- ${mdCode(blocked.command)} at ${place}
`;
}
function nodeFacts(report) {
  const counts = countReportChanges(report);
  const failedModules = report.modules.filter(isModuleFailed).length;
  const facts = [
    isReportFailed(report) ? "failed" : "passed",
    ...report.interrupted ? ["interrupted"] : [],
    `${plural(report.modules.length, "module")}${failedModules ? ` (${failedModules} failed)` : ""}`
  ];
  if (counts.created) facts.push(`${counts.created} created`);
  if (counts.modified) facts.push(`${counts.modified} modified`);
  if (counts.deleted) facts.push(`${counts.deleted} deleted`);
  const blocked = countBlocked(report);
  if (blocked) facts.push(`${blocked} blocked`);
  facts.push(formatSeconds(reportTime(report)));
  return facts.join(" \xB7 ");
}
function nodeDetails(report, view, links) {
  const icon = statusIcon(isReportFailed(report));
  const parts = [
    `<details><summary>${icon} ${htmlCode(report.node)} (${htmlText(report.mode)}) \u2014 ${htmlText(nodeFacts(report))}</summary>

`
  ];
  if (report.errors.length > 0) {
    const items = report.errors.map((e) => `- ${mdCode(clip(e.message, 500))}${e.source ? ` (${mdCode(e.source)})` : ""}
`);
    parts.push("**Errors**\n\n", ...items, "\n");
  }
  const internal = report.internal ?? [];
  if (internal.length > 0) {
    const phases = internal.map((s) => `${statusIcon(isStepFailed(s))} ${mdCode(s.name)} ${formatSeconds(s.metrics.time_real)}`);
    parts.push(`disco's own phases: ${phases.join(" \xB7 ")}

`, ...failedOutputs(internal));
  }
  const lines2 = [];
  let hidden2 = 0;
  for (const module of report.modules) {
    const shown = view(module);
    if (shown === "full") parts.push(...moduleDetails(report.node, module, links));
    else if (shown === "line") lines2.push(moduleLine2(module));
    else hidden2++;
  }
  if (hidden2 > 0) lines2.push(`- _${plural(hidden2, "passing module")} not listed_`);
  if (lines2.length > 0) parts.push(lines2.join("\n") + "\n\n");
  parts.push("</details>\n\n");
  return parts;
}

// src/reporters/summary.ts
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
var MIN_SUMMARY_BYTES = 4096;
var LEVELS = [
  { view: () => "full" },
  { view: (failed) => failed ? "full" : "line", says: "passing modules collapsed to one line" },
  { view: () => "line", says: "every module collapsed to one line" },
  {
    view: (failed) => failed ? "line" : "hidden",
    failedNodesOnly: true,
    says: "only failed nodes and their failed modules are detailed"
  },
  { view: null, says: "per-node details left out" }
];
var NOTE_RESERVE = 1536;
var DIFF_NOTE_MAX = 96;
var MIN_SLOT_OVERHEAD = 2 * 3 + "\ndiff\n\n".length + DIFF_NOTE_MAX;
var NAME_MAX = 100;
function toSummary(reports, options = {}) {
  const budget = options.maxBytes ?? STEP_SUMMARY_MAX_BYTES;
  if (!(budget >= MIN_SUMMARY_BYTES)) throw new RangeError(`maxBytes must be at least ${MIN_SUMMARY_BYTES} (got ${budget})`);
  const ordered = [...reports.filter(isReportFailed), ...reports.filter((r) => !isReportFailed(r))];
  const title = titleLine(reports);
  const totals = totalsRow(reports);
  const delta = options.base ? computeDelta(options.base, reports, options.deltaThresholds ?? DEFAULT_DELTA_THRESHOLDS) : void 0;
  const table = [tableHeader(), ...ordered.map(nodeRow), totals, "\n"].join("");
  for (const level of LEVELS) {
    const { view } = level;
    const deltaPart = delta ? deltaMarkdown(delta, Math.floor(budget * (view ? 0.4 : 0.25))) : "";
    const room = budget - bytes(title) - bytes(table) - bytes(deltaPart) - NOTE_RESERVE;
    const detailed = level.failedNodesOnly ? ordered.filter(isReportFailed) : ordered;
    if (view && minSectionBytes(detailed, view) > room) continue;
    const parts = view ? detailed.flatMap((r) => nodeDetails(r, (m) => view(isModuleFailed(m)), options)) : [];
    const rendered = fitParts(parts, room);
    if (!rendered) continue;
    const note = trimNote(budget, level.says, rendered.trimmed, rendered.cap);
    const text = title + note + deltaPart + table + rendered.text;
    if (bytes(text) <= budget) return text;
  }
  return tableOnly(ordered, title, totals, delta ? deltaMarkdown(delta, Math.floor(budget * 0.25)) : "", budget);
}
var bytes = (text) => Buffer.byteLength(text);
function minSectionBytes(reports, view) {
  let total = 0;
  for (const report of reports) {
    total += 100;
    for (const module of report.modules) {
      const shown = view(isModuleFailed(module));
      if (shown !== "full") {
        total += shown === "line" ? 30 : 0;
        continue;
      }
      total += 80 + 30 * module.steps.length + 30 * module.blocked.length;
      for (const change of module.changes) total += 16 + (change.diff && !change.binary ? MIN_SLOT_OVERHEAD : 0);
    }
  }
  return total;
}
function titleLine(reports) {
  const failed = reports.filter(isReportFailed).length;
  const modes = [...new Set(reports.map((r) => r.mode))];
  const what = failed > 0 ? `${failed} of ${plural(reports.length, "node")} failed` : `${plural(reports.length, "node")} passed`;
  return `### ${statusIcon(failed > 0)} disco${modes.length === 1 ? ` ${modes[0]}` : ""}: ${what}

`;
}
var tableHeader = () => "| Node | Status | Created | Modified | Deleted | Blocked | Time |\n|:--|:--|--:|--:|--:|--:|--:|\n";
function nodeRow(report) {
  const counts = countReportChanges(report);
  const failed = isReportFailed(report);
  const cells = [
    `${mdCode(clip(report.node, NAME_MAX))} (${mdText(report.mode)})`,
    `${statusIcon(failed)} ${failed ? "failed" : "passed"}`,
    counts.created,
    counts.modified,
    counts.deleted,
    countBlocked(report),
    formatSeconds(reportTime(report))
  ];
  return `| ${cells.join(" | ")} |
`;
}
function totalsRow(reports) {
  const sum = { created: 0, modified: 0, deleted: 0, blocked: 0, time: 0 };
  for (const report of reports) {
    const counts = countReportChanges(report);
    sum.created += counts.created;
    sum.modified += counts.modified;
    sum.deleted += counts.deleted;
    sum.blocked += countBlocked(report);
    sum.time += reportTime(report);
  }
  const failed = reports.filter(isReportFailed).length;
  const cells = [
    `**Total** (${plural(reports.length, "node")})`,
    `${failed} failed`,
    sum.created,
    sum.modified,
    sum.deleted,
    sum.blocked,
    formatSeconds(sum.time)
  ];
  return `| ${cells.join(" | ")} |
`;
}
function fitParts(parts, room) {
  const slots = parts.filter((p) => typeof p !== "string");
  let fixed = 0;
  for (const part of parts) fixed += typeof part === "string" ? bytes(part) : slotOverhead(part);
  if (fixed > room) return null;
  const cap = capForBudget(slots.map((s) => s.bytes), room - fixed);
  const trimmed = slots.filter((s) => s.bytes > cap).sort((a2, b) => b.bytes - a2.bytes);
  const text = parts.map((p) => typeof p === "string" ? p : renderSlot(p, cap)).join("");
  return { text, cap, trimmed };
}
var slotOverhead = (slot) => 2 * slot.fence.length + "\ndiff\n\n".length + DIFF_NOTE_MAX;
function renderSlot(slot, cap) {
  if (slot.bytes <= cap) return `${slot.fence}diff
${slot.text}
${slot.fence}
`;
  const shown = cutToBytes(slot.text, cap);
  const note = `_Diff trimmed to fit: ${formatBytes(bytes(shown))} of ${formatBytes(slot.bytes)} shown._
`;
  return shown ? `${slot.fence}diff
${shown}
${slot.fence}
${note}` : note;
}
function trimNote(budget, says, trimmed, cap) {
  const what = [];
  if (trimmed.length > 0) {
    const largest = trimmed.slice(0, 5).map((s) => `${mdCode(clip(s.label, 120))} (${formatBytes(s.bytes)})`).join(", ");
    const which = trimmed.length === 1 ? "the largest diff" : `the ${trimmed.length} largest diffs`;
    const shown = cap === 0 ? "left out" : trimmed.length === 1 ? `cut to ${formatBytes(cap)}` : `cut to at most ${formatBytes(cap)} each`;
    what.push(`${which} ${shown}: ${largest}${trimmed.length > 5 ? ", \u2026" : ""}`);
  }
  if (says) what.push(says);
  return what.length > 0 ? `> \u2702\uFE0F Trimmed to fit ${formatBytes(budget)}: ${what.join("; ")}.

` : "";
}
function tableOnly(ordered, title, totals, deltaPart, budget) {
  const rows = [];
  let size = bytes(title) + bytes(tableHeader()) + bytes(totals) + bytes(deltaPart) + NOTE_RESERVE;
  for (const report of ordered) {
    const row = nodeRow(report);
    if (size + bytes(row) > budget) break;
    rows.push(row);
    size += bytes(row);
  }
  const left = ordered.length - rows.length;
  const leftFailed = ordered.slice(rows.length).filter(isReportFailed).length;
  const more = left > 0 ? `; ${plural(left, "node")} not listed in the table (${leftFailed} failed)` : "";
  const note = `> \u2702\uFE0F Trimmed to fit ${formatBytes(budget)}: per-node details left out${more}.

`;
  return title + note + deltaPart + tableHeader() + rows.join("") + totals + "\n";
}

// src/cli/commands/summary.ts
var summaryCommand = {
  name: "summary",
  usage: "summary  REPORT.json\u2026 [--base REPORT.json]\u2026 [-o FILE] [--max-bytes N] [--repo-url URL --sha SHA]   Markdown job summary / PR comment",
  async run(args) {
    const { values, positionals } = parseArgs11({
      args,
      options: {
        base: { type: "string", multiple: true },
        output: { type: "string", short: "o" },
        "max-bytes": { type: "string" },
        "repo-url": { type: "string" },
        sha: { type: "string" }
      },
      strict: true,
      allowPositionals: true
    });
    const maxBytes = values["max-bytes"] === void 0 ? STEP_SUMMARY_MAX_BYTES : parseMaxBytes(values["max-bytes"]);
    const links = parseLinks(values["repo-url"], values.sha);
    const reports = readReportArgs(positionals, "summary");
    const base = values.base ? readReports(values.base) : void 0;
    writeResult(toSummary(reports, { base, maxBytes, ...links }), values.output, true);
    return EXIT_PASSED;
  }
};
function parseMaxBytes(text) {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < MIN_SUMMARY_BYTES) {
    throw new InputError(`--max-bytes wants a whole number \u2265 ${MIN_SUMMARY_BYTES}, got '${text}'`);
  }
  return value;
}
function parseLinks(repoUrl, sha) {
  if (repoUrl === void 0 && sha === void 0) return {};
  if (repoUrl === void 0 || sha === void 0) throw new InputError("--repo-url and --sha go together");
  if (!/^https?:\/\/[^\s<>]+$/.test(repoUrl)) throw new InputError(`--repo-url wants an http(s) URL, got '${repoUrl}'`);
  if (!/^[A-Za-z0-9._/-]+$/.test(sha)) throw new InputError(`--sha wants a commit SHA, got '${sha}'`);
  return { repoUrl, sha };
}

// src/cli/commands/delta.ts
import { parseArgs as parseArgs12 } from "node:util";
var deltaCommand = {
  name: "delta",
  usage: "delta    BASE.json HEAD.json [--json]                      what the change alters in the dance",
  async run(args) {
    const { values, positionals } = parseArgs12({
      args,
      options: { json: { type: "boolean", default: false } },
      strict: true,
      allowPositionals: true
    });
    if (positionals.length !== 2) throw new InputError(`disco delta: give BASE.json and HEAD.json (got ${positionals.length} files)`);
    const [base, head] = positionals.map(readReport);
    const delta = { thresholds: DEFAULT_DELTA_THRESHOLDS, nodes: [compareReports(base, head)] };
    writeResult(values.json ? JSON.stringify(delta, null, 2) + "\n" : toDeltaText(delta), void 0, true);
    return EXIT_PASSED;
  }
};

// src/cli/commands/report.ts
import { parseArgs as parseArgs13 } from "node:util";

// src/reporters/report-lines.ts
var PHASE = {
  files: "files",
  template: "template",
  script: "exec",
  effect: "effect",
  internal: "internal"
};
var PREFIX = "report: ";
function toReportLines(report) {
  const lines2 = [];
  for (const step of report.internal ?? []) {
    lines2.push(`${INTERNAL_MODULE}: ${oneLine2(step.name)}`, ...stepFigures(step));
  }
  for (const module of report.modules) {
    let phase;
    for (const step of module.steps) {
      if (PHASE[step.kind] !== phase) {
        phase = PHASE[step.kind];
        lines2.push(`${oneLine2(module.name)}: ${phase}`);
      }
      lines2.push(`${stepName(step)} :`, ...stepFigures(step));
    }
  }
  return lines2.map((line) => PREFIX + line).join("\n") + (lines2.length > 0 ? "\n" : "");
}
var stepName = (step) => oneLine2(step.kind === "template" || step.kind === "files" ? step.name.replace(/^\/+/, "") : step.name);
function stepFigures(step) {
  const m = step.metrics;
  const figures2 = (names) => names.map((name) => `${name} ${count2(m, name)}`).join(" : ");
  const lines2 = [
    `time_real ${seconds(m.time_real)} : time_user ${seconds(m.time_user)} : time_sys ${seconds(m.time_sys)}`,
    figures2(["mem_avg", "mem_max", "mem_faults_major", "mem_faults_minor"]),
    figures2(["io_fsin", "io_fsout", "io_sockin", "io_sockout", "io_signals"]),
    `exit: ${step.exitCode}`
  ];
  if (step.reason !== void 0) lines2.push(`reason: ${oneLine2(step.reason)}`);
  return lines2;
}
var seconds = (value) => (value ?? 0).toFixed(2);
var count2 = (metrics, name) => String(Math.round(metrics[name] ?? 0));

// src/cli/commands/report.ts
var reportCommand = {
  name: "report",
  usage: "report   [REPORT.json]                                     metrics of the most recent dance (seed report: lines)",
  async run(args) {
    const { positionals } = parseArgs13({ args, options: {}, strict: true, allowPositionals: true });
    if (positionals.length > 1) throw new InputError(`disco report: give at most one REPORT.json (got ${positionals.length})`);
    writeResult(toReportLines(readReport(positionals[0] ?? lastReportPath())), void 0, true);
    return EXIT_PASSED;
  }
};

// src/cli/commands/vm-dance.ts
import { existsSync as existsSync13, mkdirSync as mkdirSync15, writeFileSync as writeFileSync10 } from "node:fs";
import { dirname as dirname15, join as join30, resolve as resolve16 } from "node:path";
import { parseArgs as parseArgs14 } from "node:util";

// src/drivers/vagrant/errors.ts
var ToolMissing = class extends InputError {
  program;
  constructor(program, hint) {
    super(`${program} is not installed${hint ? ` (${hint})` : ""}`);
    this.name = "ToolMissing";
    this.program = program;
  }
};
var CommandFailed = class extends Error {
  program;
  args;
  exitCode;
  /** What the command printed on stderr (or stdout when stderr was empty), at most 64 KiB. */
  output;
  constructor(program, args, exitCode, output) {
    const status = exitCode === void 0 ? "was killed" : `exited ${exitCode}`;
    const why = errorLine(output);
    super(`${program} ${args.slice(0, 2).join(" ")} ${status}${why ? `: ${why}` : ""}`);
    this.name = "CommandFailed";
    this.program = program;
    this.args = args;
    this.exitCode = exitCode;
    this.output = output.slice(-65536);
  }
  /** The last lines of the output, for logs. */
  get tail() {
    return tailLines(this.output);
  }
};
function errorLine(output) {
  const lines2 = output.split("\n").map((line) => line.trim()).filter(Boolean);
  const meaningful = lines2.filter((line) => !/^from \S+:\d+:in /.test(line));
  return (meaningful[0] ?? lines2[0] ?? "").slice(0, 300);
}
var Interrupted = class extends Error {
  signal;
  constructor(signal) {
    super(`interrupted by ${signal}`);
    this.name = "Interrupted";
    this.signal = signal;
  }
};
function tailLines(text, lines2 = 15) {
  return text.split("\n").filter((line) => line.trim() !== "").slice(-lines2).join("\n");
}

// src/drivers/vagrant/vagrant-driver.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { existsSync as existsSync12, mkdirSync as mkdirSync14, rmSync as rmSync10 } from "node:fs";
import { basename as basename3, join as join29 } from "node:path";

// src/drivers/vagrant/assign.ts
var machineNames = (count3) => Array.from({ length: count3 }, (_, i2) => `m${i2}`);
function assignNodes(jobs, vms) {
  const nodes = [...new Set(jobs.map((job) => job.node))];
  const machines = machineNames(Math.max(1, Math.min(vms, nodes.length)));
  return Object.fromEntries(nodes.map((node, i2) => [node, machines[i2 % machines.length]]));
}
var jobsOf = (jobs, assignment, machine) => jobs.filter((job) => assignment[job.node] === machine);

// src/drivers/vagrant/box.ts
import { existsSync as existsSync8, readdirSync as readdirSync8, rmSync as rmSync8, writeFileSync as writeFileSync8 } from "node:fs";
import { dirname as dirname12, join as join24, resolve as resolve13 } from "node:path";
import { fileURLToPath as fileURLToPath5 } from "node:url";

// src/drivers/vagrant/tool-process.ts
var signalGroup = (pid, signal) => {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
};
async function runTool(program, args, options = {}) {
  const scope = options.scope;
  scope?.throwIfAborted();
  const started = Date.now();
  const lineTap = (tap) => tap ? function* (line) {
    tap(String(line));
    yield line;
  } : "pipe";
  const child = execa(program, args, {
    cwd: options.cwd,
    env: options.env,
    reject: false,
    detached: true,
    stdin: "ignore",
    stdout: lineTap(options.onLine),
    stderr: lineTap(options.onErrorLine),
    maxBuffer: 512 * 1024 * 1024
  });
  let killTimer;
  const stop = () => {
    signalGroup(child.pid, options.stopSignal ?? "SIGTERM");
    killTimer = setTimeout(() => signalGroup(child.pid, "SIGKILL"), options.graceMs ?? 3e3);
  };
  scope?.signal.addEventListener("abort", stop, { once: true });
  const result = await (scope ? scope.track(child) : child);
  scope?.signal.removeEventListener("abort", stop);
  clearTimeout(killTimer);
  if (result.code === "ENOENT" || result.cause?.code === "ENOENT") {
    throw new ToolMissing(program);
  }
  if (scope?.aborted) throw scope.signal.reason;
  return {
    program,
    args,
    exitCode: typeof result.exitCode === "number" ? result.exitCode : void 0,
    stdout: String(result.stdout ?? ""),
    stderr: String(result.stderr ?? ""),
    durationMs: Date.now() - started
  };
}

// src/drivers/vagrant/virsh-cli.ts
async function tryVirsh(uri, args) {
  try {
    return await runTool("virsh", ["-c", uri, ...args]);
  } catch (error) {
    if (error instanceof ToolMissing) return void 0;
    throw error;
  }
}

// src/drivers/vagrant/libvirt-sweep.ts
var lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
function parseVolumeList(text) {
  const rows = text.split("\n").slice(2);
  return rows.map((row) => row.trim().split(/\s+/)[0]).filter((name) => name !== void 0 && name !== "");
}
async function powerOffDomains(uri, prefix) {
  if (!prefix) return [];
  const running = await tryVirsh(uri, ["list", "--name"]);
  if (running?.exitCode !== 0) return [];
  const stopped = [];
  for (const domain of lines(running.stdout).filter((name) => name.startsWith(prefix))) {
    if ((await tryVirsh(uri, ["destroy", domain]))?.exitCode === 0) stopped.push(domain);
  }
  return stopped;
}
async function sweepLibvirt(uri, prefix, pool = "default") {
  if (!prefix) return { removed: [] };
  const listed = await tryVirsh(uri, ["list", "--all", "--name"]);
  if (!listed) return { removed: [], skipped: "virsh is not installed" };
  if (listed.exitCode !== 0) return { removed: [], skipped: lines(listed.stderr)[0] ?? "virsh list failed" };
  const removed = [];
  for (const domain of lines(listed.stdout).filter((name) => name.startsWith(prefix))) {
    await tryVirsh(uri, ["destroy", domain]);
    const gone = await tryVirsh(uri, ["undefine", domain, "--remove-all-storage"]);
    if (gone?.exitCode === 0) removed.push(domain);
  }
  const volumes = await tryVirsh(uri, ["vol-list", "--pool", pool]);
  if (volumes?.exitCode === 0) {
    for (const volume of parseVolumeList(volumes.stdout).filter((name) => name.startsWith(prefix))) {
      const deleted = await tryVirsh(uri, ["vol-delete", "--pool", pool, volume]);
      if (deleted?.exitCode === 0) removed.push(volume);
    }
  }
  return { removed };
}

// src/drivers/vagrant/vagrant-cli.ts
var VAGRANT_GLOBAL_FLAGS = ["--no-tty", "--no-color"];
function vagrantEnv(vagrantHome) {
  return {
    VAGRANT_HOME: vagrantHome,
    VAGRANT_CHECKPOINT_DISABLE: "1",
    VAGRANT_BOX_UPDATE_CHECK_DISABLE: "1",
    VAGRANT_DEFAULT_PROVIDER: "libvirt",
    VAGRANT_NO_COLOR: "1"
  };
}
async function tryVagrant(context, args, onLine) {
  try {
    return await runTool(context.binary, [...args, ...VAGRANT_GLOBAL_FLAGS], {
      cwd: context.cwd,
      env: vagrantEnv(context.vagrantHome),
      scope: context.scope,
      // On SIGINT vagrant undoes a half-done `up` itself (and never leaves a half-uploaded box).
      stopSignal: "SIGINT",
      graceMs: 3e3,
      onLine
    });
  } catch (error) {
    if (error instanceof ToolMissing) throw new ToolMissing("vagrant", "no 'vagrant' on PATH; install vagrant and vagrant-libvirt");
    throw error;
  }
}
async function vagrant(context, args, onLine) {
  const result = await tryVagrant(context, args, onLine);
  if (result.exitCode !== 0) {
    throw new CommandFailed("vagrant", args, result.exitCode, result.stderr || result.stdout);
  }
  return result;
}

// src/drivers/vagrant/box.ts
var defaultCacheDir = () => process.env.DISCO_VAGRANT_CACHE || "/var/cache/disco-vagrant";
function recipeDir() {
  if (process.env.DISCO_VAGRANT_DIR) return resolve13(process.env.DISCO_VAGRANT_DIR);
  let dir = dirname12(fileURLToPath5(import.meta.url));
  for (let i2 = 0; i2 < 6; i2++) {
    if (existsSync8(join24(dir, "vagrant", "build-box.sh"))) return join24(dir, "vagrant");
    dir = dirname12(dir);
  }
  throw new CommandFailed("disco", ["vagrant/build-box.sh"], void 0, "the box recipe (vagrant/build-box.sh) was not found; set DISCO_VAGRANT_DIR");
}
async function runRecipe(args, scope, onLine) {
  const script = join24(recipeDir(), "build-box.sh");
  const result = await runTool("bash", [script, ...args], { scope, onErrorLine: onLine, graceMs: 1e4 });
  if (result.exitCode !== 0) throw new CommandFailed("build-box.sh", args, result.exitCode, result.stderr);
  return result.stdout.trim().split("\n").pop() ?? "";
}
var boxName = (key) => `disco/bookworm-${key}`;
function writeCatalog(dir, name) {
  const catalog = join24(dir, "catalog.json");
  const url = `file://${join24(dir, "disco.box")}`;
  writeFileSync8(catalog, JSON.stringify({ name, versions: [{ version: BOX_VERSION, providers: [{ name: "libvirt", url }] }] }, null, 2) + "\n");
  return catalog;
}
var BOX_VERSION = "1.0.0";
var hasBox = (listing, name) => listing.split("\n").some((line) => line.trim().split(/\s+/)[0] === name);
async function pruneOldBoxes(context, listing, keep, cacheDir, libvirtUri) {
  const old = listing.split("\n").map((line) => line.trim().split(/\s+/)[0]).filter((name) => name?.startsWith("disco/bookworm-") && name !== keep);
  for (const name of old) {
    await tryVagrant(context, ["box", "remove", "--force", "--all", name]);
    await sweepLibvirt(libvirtUri, `${name.replace("/", "-VAGRANTSLASH-")}_vagrant_box_image_`);
  }
  const keepDir = `box-${keep.slice("disco/bookworm-".length)}`;
  for (const entry of existsSync8(cacheDir) ? readdirSync8(cacheDir) : []) {
    if (/^box-[0-9a-f]{12}$/.test(entry) && entry !== keepDir) rmSync8(join24(cacheDir, entry), { recursive: true, force: true });
  }
  return old;
}
async function ensureBox(context, cacheDir, libvirtUri, info) {
  const name = boxName(await runRecipe(["--print-key"], context.scope));
  const listing = (await vagrant(context, ["box", "list"])).stdout;
  if (hasBox(listing, name)) return name;
  const dir = await runRecipe([cacheDir], context.scope, info);
  info(`adding box ${name} from ${dir}`);
  const added = await tryVagrant(context, ["box", "add", writeCatalog(dir, name)], info);
  if (added.exitCode !== 0 && !hasBox((await vagrant(context, ["box", "list"])).stdout, name)) {
    throw new CommandFailed("vagrant", ["box", "add", name], added.exitCode, added.stderr || added.stdout);
  }
  const pruned = await pruneOldBoxes(context, listing, name, cacheDir, libvirtUri);
  if (pruned.length) info(`removed boxes of older recipes: ${pruned.join(", ")}`);
  return name;
}

// src/drivers/vagrant/engine-files.ts
import { existsSync as existsSync9 } from "node:fs";
import { dirname as dirname13, join as join25, resolve as resolve14 } from "node:path";
import { fileURLToPath as fileURLToPath6 } from "node:url";
function engineFiles() {
  const here = dirname13(fileURLToPath6(import.meta.url));
  const candidates = [process.env.DISCO_ENGINE_DIR, here, resolve14(here, "../../../dist")].filter(
    (dir2) => !!dir2
  );
  const dir = candidates.find((candidate) => existsSync9(join25(candidate, "cli.js")) && existsSync9(join25(candidate, "disco-sandbox")));
  if (!dir) throw new InputError("the engine bundle (dist/cli.js and dist/disco-sandbox) is missing: run npm run build", "dist/");
  return { cli: join25(dir, "cli.js"), helper: join25(dir, "disco-sandbox"), node: process.env.DISCO_ENGINE_NODE || process.execPath };
}

// src/drivers/vagrant/job-dir.ts
import { chmodSync as chmodSync2, copyFileSync, existsSync as existsSync10, mkdirSync as mkdirSync12, readFileSync as readFileSync12, writeFileSync as writeFileSync9 } from "node:fs";
import { join as join26 } from "node:path";
var serialLogPath = (dir, machine) => join26(dir, `serial-${machine}.log`);
function makeJobDir(dir, templateDir) {
  mkdirSync12(dir, { recursive: true });
  chmodSync2(dir, 493);
  copyFileSync(join26(templateDir, "Vagrantfile"), join26(dir, "Vagrantfile"));
}
function writeVmsFile(dir, vms) {
  writeFileSync9(join26(dir, "disco-vms.json"), JSON.stringify(vms, null, 2) + "\n");
}
function serialTail(dir, machine, lines2 = 40) {
  const path6 = serialLogPath(dir, machine);
  if (!existsSync10(path6)) return void 0;
  const text = readFileSync12(path6, "utf8").replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/[^\x09\x0a\x20-\x7e\u00a0-\uffff]/g, "");
  return text.split("\n").filter((line) => line.trim() !== "").slice(-lines2).join("\n");
}

// src/drivers/vagrant/process-scope.ts
var ProcessScope = class {
  controller = new AbortController();
  running = /* @__PURE__ */ new Set();
  get signal() {
    return this.controller.signal;
  }
  get aborted() {
    return this.controller.signal.aborted;
  }
  abort(reason) {
    if (!this.aborted) this.controller.abort(reason);
  }
  /** Throws the interrupt when the scope was aborted: checked before each new command. */
  throwIfAborted() {
    if (this.aborted) throw this.controller.signal.reason;
  }
  track(work) {
    this.running.add(work);
    const done = () => void this.running.delete(work);
    work.then(done, done);
    return work;
  }
  /** Resolves once no command of this scope is running any more. */
  async idle() {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
};

// src/drivers/vagrant/remote-dance.ts
import { copyFileSync as copyFileSync2, existsSync as existsSync11, mkdirSync as mkdirSync13, readFileSync as readFileSync13, rmSync as rmSync9 } from "node:fs";
import { basename as basename2, dirname as dirname14, join as join27, resolve as resolve15 } from "node:path";

// src/drivers/vagrant/shell-quote.ts
function shellQuote(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
var shellJoin = (words) => words.map(shellQuote).join(" ");

// src/drivers/vagrant/ssh-cli.ts
var COMMON_OPTIONS = [
  "BatchMode=yes",
  "StrictHostKeyChecking=no",
  "UserKnownHostsFile=/dev/null",
  "LogLevel=ERROR",
  "IdentitiesOnly=yes",
  "ConnectTimeout=30",
  "ServerAliveInterval=15",
  "ServerAliveCountMax=4"
];
function sshOptions(target) {
  const options = COMMON_OPTIONS.flatMap((option) => ["-o", option]);
  for (const key of target.identityFiles) options.push("-i", key);
  return options;
}
var remote = (target) => `${target.user}@${target.host}`;
function trySsh({ target, cwd, scope }, words) {
  const args = [...sshOptions(target), "-p", String(target.port), remote(target), "--", shellJoin(words)];
  return runTool("ssh", args, { scope, cwd });
}
async function ssh(context, words) {
  const { target } = context;
  const result = await trySsh(context, words);
  if (result.exitCode !== 0) throw new CommandFailed("ssh", [target.machine, ...words], result.exitCode, result.stderr || result.stdout);
  return result;
}
async function scp({ target, cwd, scope }, direction, sources, destination) {
  const from = direction === "up" ? sources : sources.map((source) => `${remote(target)}:${source}`);
  const to = direction === "up" ? `${remote(target)}:${destination}` : destination;
  const args = [...sshOptions(target), "-P", String(target.port), "-q", "-p", "-r", ...from, to];
  const result = await runTool("scp", args, { scope, cwd });
  if (result.exitCode !== 0) throw new CommandFailed("scp", [target.machine, direction, ...sources], result.exitCode, result.stderr);
  return result;
}

// src/drivers/vagrant/tar-cli.ts
async function archiveTree(dir, archive, scope, cwd) {
  const args = ["-C", dir, "--exclude=./.git", "-cf", archive, "."];
  const result = await runTool("tar", args, { scope, cwd });
  if (result.exitCode !== 0) throw new CommandFailed("tar", args, result.exitCode, result.stderr);
}

// src/drivers/vagrant/remote-dance.ts
var seconds2 = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function treeIndex(jobs) {
  const trees = /* @__PURE__ */ new Map();
  for (const job of jobs) if (!trees.has(resolve15(job.repo))) trees.set(resolve15(job.repo), trees.size);
  return trees;
}
var sshContext = (run2) => ({ target: run2.target, cwd: run2.localDir, scope: run2.scope });
async function upload(run2, engine, trees) {
  const { remoteDir: r, scope } = run2;
  const started = Date.now();
  mkdirSync13(run2.localDir, { recursive: true });
  const archives = [];
  for (const [dir, i2] of trees) {
    archives.push(join27(run2.localDir, `tree-${i2}.tar`));
    await archiveTree(dir, archives[i2], scope, run2.localDir);
  }
  const prepare = `mkdir -p ${r}/incoming && (sudo -n modprobe overlay 2>/dev/null || true) && (test -x ${r}/engine/node && echo engine-present || true)`;
  const present2 = (await ssh(sshContext(run2), ["sh", "-c", prepare])).stdout.includes("engine-present");
  const files = present2 ? archives : [engine.cli, engine.helper, engine.node, ...archives];
  await scp(sshContext(run2), "up", files, `${r}/incoming/`);
  const unpack = [
    "set -e",
    `cd ${r}`,
    "mkdir -p engine",
    ...present2 ? [] : ["mv incoming/cli.js incoming/disco-sandbox engine/", `mv ${shellJoin([`incoming/${basename2(engine.node)}`])} engine/node`],
    // Reports and trees of an earlier call must not be mistaken for this call's.
    "rm -rf reports trees && mkdir reports",
    // As root, so files keep the controller's numeric owners and exact modes (-p ignores umask):
    // the dance then sees the same module files as a local dance would.
    ...[...trees.values()].map((i2) => `mkdir -p trees/${i2} && tar -C trees/${i2} --same-owner --numeric-owner -xpf incoming/tree-${i2}.tar`),
    "rm -rf incoming"
  ].join("\n");
  await ssh(sshContext(run2), ["sudo", "-n", "sh", "-c", unpack]);
  run2.info(`${run2.machine}: ${present2 ? "" : "engine and "}${trees.size} module tree(s) uploaded in ${seconds2(Date.now() - started)}`);
}
function danceCommand2(remoteDir, job, tree, index) {
  return [
    "sudo",
    "-n",
    `${remoteDir}/engine/node`,
    `${remoteDir}/engine/cli.js`,
    "dance",
    ...job.mode === "noop" ? ["--noop"] : [],
    "--repo",
    `${remoteDir}/trees/${tree}`,
    "--node",
    job.node,
    "--root",
    "/",
    "--json",
    `${remoteDir}/reports/${index}.json`
  ];
}
async function danceAll(run2, trees) {
  const errors = /* @__PURE__ */ new Map();
  for (const [index, job] of run2.jobs.entries()) {
    const started = Date.now();
    run2.info(`${run2.machine}: dance ${job.node} (${job.label}, ${job.mode})`);
    const result = await trySsh(sshContext(run2), danceCommand2(run2.remoteDir, job, trees.get(resolve15(job.repo)) ?? 0, index));
    const verdict = result.exitCode === 0 ? "passed" : result.exitCode === 1 ? "failed" : `error (exit ${result.exitCode ?? "signal"})`;
    run2.info(`${run2.machine}: ${job.node} (${job.label}) ${verdict} in ${seconds2(Date.now() - started)}`);
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      const last = (result.stderr || result.stdout).trim().split("\n").pop() ?? "";
      errors.set(index, last || `the dance exited ${result.exitCode ?? "on a signal"}`);
    }
  }
  return errors;
}
async function collect(run2, errors) {
  rmSync9(join27(run2.localDir, "reports"), { recursive: true, force: true });
  try {
    await scp(sshContext(run2), "down", [`${run2.remoteDir}/reports`], run2.localDir);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
  }
  return run2.jobs.map((job, index) => {
    const fetched = join27(run2.localDir, "reports", `${index}.json`);
    if (!existsSync11(fetched)) return { job, error: errors.get(index) ?? "the dance left no report" };
    mkdirSync13(dirname14(job.reportPath), { recursive: true });
    copyFileSync2(fetched, job.reportPath);
    try {
      return { job, report: parseReport(readFileSync13(fetched, "utf8"), job.reportPath) };
    } catch (error) {
      return { job, error: error.message };
    }
  });
}
async function danceOnMachine(run2, engine) {
  const trees = treeIndex(run2.jobs);
  try {
    await upload(run2, engine, trees);
    const errors = await danceAll(run2, trees);
    return await collect(run2, errors);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    const message = `${run2.machine}: ${error.message}`;
    return run2.jobs.map((job) => ({ job, error: message }));
  }
}

// src/drivers/vagrant/settings.ts
import { join as join28 } from "node:path";

// src/drivers/vagrant/accel.ts
import { closeSync as closeSync6, openSync as openSync6, readFileSync as readFileSync14 } from "node:fs";
function probeAccel() {
  const forced = process.env.DISCO_VAGRANT_ACCEL;
  if (forced === "kvm" || forced === "qemu") return forced;
  try {
    closeSync6(openSync6("/dev/kvm", "r+"));
    return /^flags\s*:.*\b(vmx|svm)\b/m.test(readFileSync14("/proc/cpuinfo", "utf8")) ? "kvm" : "qemu";
  } catch {
    return "qemu";
  }
}

// src/drivers/vagrant/settings.ts
var positive = (value, fallback) => value !== void 0 && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
function resolveSettings(options) {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  return {
    vms: positive(options.vms, 1),
    memory: positive(options.memory, 512),
    cpus: positive(options.cpus, 1),
    accel: options.accel ?? probeAccel(),
    bootTimeout: Math.max(120, positive(options.bootTimeout, 300)),
    box: options.box,
    cacheDir,
    vagrantHome: options.vagrantHome ?? process.env.VAGRANT_HOME ?? join28(cacheDir, "vagrant.d"),
    workDir: options.workDir ?? process.env.DISCO_VAGRANT_WORK ?? join28(cacheDir, "jobs"),
    remoteRoot: options.remoteRoot ?? "/var/tmp",
    vagrantBinary: options.vagrantBinary ?? process.env.DISCO_VAGRANT_BINARY ?? "vagrant",
    libvirtUri: options.libvirtUri ?? "qemu:///system",
    network: {
      name: options.network?.name ?? "vagrant-libvirt",
      address: options.network?.address ?? "192.168.121.0/24",
      mode: options.network?.mode ?? "nat"
    },
    handleSignals: options.handleSignals ?? true
  };
}

// src/drivers/vagrant/signal-guard.ts
var SIGNALS2 = ["SIGINT", "SIGTERM"];
var NUMBERS = { SIGINT: 2, SIGTERM: 15 };
var SignalGuard = class {
  constructor(scope, teardown, info) {
    this.scope = scope;
    this.teardown = teardown;
    this.info = info;
  }
  scope;
  teardown;
  info;
  received;
  armed = false;
  /** The signal that interrupted the run, if any. */
  get signal() {
    return this.received;
  }
  arm() {
    if (this.armed) return;
    this.armed = true;
    for (const signal of SIGNALS2) process.on(signal, this.handle);
  }
  disarm() {
    if (!this.armed) return;
    this.armed = false;
    for (const signal of SIGNALS2) process.off(signal, this.handle);
  }
  handle = (signal) => {
    if (this.received) {
      this.info(`${signal} received: still destroying the VMs`);
      return;
    }
    this.received = signal;
    process.exitCode = 128 + (NUMBERS[signal] ?? 0);
    this.info(`${signal} received: stopping and destroying the VMs`);
    this.scope.abort(new Interrupted(signal));
    this.teardown().catch((error) => this.info(`warning: teardown after ${signal} failed: ${error.message}`)).finally(() => this.disarm());
  };
};

// src/drivers/vagrant/ssh-config.ts
var unquote = (value) => value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
function parseSshConfig(text) {
  const targets = {};
  let current;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = unquote(match[2].trim());
    if (key === "host") {
      current = { machine: value, host: "", port: 22, user: "vagrant", identityFiles: [] };
      targets[value] = current;
    } else if (!current) {
      continue;
    } else if (key === "hostname") {
      current.host = value;
    } else if (key === "port") {
      current.port = Number(value);
    } else if (key === "user") {
      current.user = value;
    } else if (key === "identityfile") {
      current.identityFiles.push(value);
    }
  }
  for (const target of Object.values(targets)) {
    if (!target.host) throw new Error(`vagrant ssh-config gave no HostName for machine '${target.machine}'`);
    if (!Number.isInteger(target.port) || target.port <= 0) throw new Error(`vagrant ssh-config gave a bad Port for machine '${target.machine}'`);
  }
  return targets;
}

// src/drivers/vagrant/stray-processes.ts
import { readdirSync as readdirSync9, readlinkSync as readlinkSync6 } from "node:fs";
function strayProcesses(dir) {
  const pids = [];
  for (const entry of readdirSync9("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cwd = readlinkSync6(`/proc/${pid}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(pid);
    } catch {
    }
  }
  return pids;
}
function killStrays(dir) {
  const pids = strayProcesses(dir);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  }
  return pids;
}

// src/drivers/vagrant/vagrant-state.ts
function readVagrantState(state) {
  if (state.driver !== "vagrant") return void 0;
  const candidate = state;
  if (typeof candidate.dir !== "string" || typeof candidate.prefix !== "string" || !Array.isArray(candidate.machines)) return void 0;
  return state;
}

// src/drivers/vagrant/vagrant-driver.ts
var seconds3 = (ms) => `${(ms / 1e3).toFixed(1)} s`;
var newJobId = () => `disco-${Date.now().toString(36)}${randomBytes3(3).toString("hex")}`;
var VagrantDriver = class {
  constructor(options = {}) {
    this.options = options;
    this.settings = resolveSettings(options);
  }
  options;
  name = "vagrant";
  settings;
  scope = new ProcessScope();
  destroying = /* @__PURE__ */ new Map();
  guard;
  /** The `save` that create was given, kept for the state changes that follow. */
  save;
  /** The signal that interrupted this driver's run, if one did. */
  get interruptedBy() {
    return this.guard?.signal;
  }
  async create(state, jobs, progress, save) {
    const s = this.settings;
    this.save = save;
    if (process.getuid?.() !== 0 && process.env.DISCO_VAGRANT_AS_USER !== "1") {
      throw new InputError("the vagrant driver runs as root (libvirt system connection, box build, /var/cache): run it as root, e.g. under sudo", "driver");
    }
    const id = newJobId();
    const assignment = assignNodes(jobs, s.vms);
    const vagrantState = Object.assign(state, {
      driver: "vagrant",
      dir: join29(s.workDir, id),
      prefix: `${id}-`,
      machines: [...new Set(Object.values(assignment))].sort(),
      assignment,
      vagrantBinary: s.vagrantBinary,
      vagrantHome: s.vagrantHome,
      libvirtUri: s.libvirtUri,
      remoteDir: `${s.remoteRoot}/${id}`
    });
    this.persist(vagrantState);
    this.armSignals(vagrantState, progress);
    try {
      await this.bringUp(vagrantState, progress);
    } catch (error) {
      await this.destroy(vagrantState, progress);
      throw error;
    }
  }
  async dance(state, jobs, progress) {
    const s = readVagrantState(state);
    if (!s?.ssh || s.destroyed) throw new Error("the vagrant driver has no running VMs: create comes first");
    this.armSignals(s, progress);
    const engine = engineFiles();
    const assignment = { ...s.assignment };
    for (const [i2, node] of [...new Set(jobs.map((job) => job.node))].entries()) assignment[node] ??= s.machines[i2 % s.machines.length];
    const started = Date.now();
    const outcomes = await progress.group(`Dancing ${jobs.length} job(s) on ${s.machines.length} VM(s)`, async () => {
      const busy = s.machines.filter((machine) => jobsOf(jobs, assignment, machine).length > 0);
      const perMachine = await Promise.all(
        busy.map(
          (machine) => danceOnMachine(
            {
              machine,
              target: s.ssh[machine],
              // Per machine, so that VMs sharing one filesystem (as in tests) never collide.
              remoteDir: `${s.remoteDir ?? `/var/tmp/${basename3(s.dir)}`}/${machine}`,
              localDir: join29(s.dir, machine),
              jobs: jobsOf(jobs, assignment, machine),
              scope: this.scope,
              info: (line) => progress.info(line)
            },
            engine
          )
        )
      );
      progress.info(`danced ${jobs.length} job(s) in ${seconds3(Date.now() - started)}`);
      return perMachine.flat();
    });
    return jobs.map((job) => outcomes.find((outcome2) => outcome2.job === job) ?? { job, error: "not run" });
  }
  destroy(state, progress) {
    const s = readVagrantState(state);
    if (!s || s.destroyed) {
      this.guard?.disarm();
      return Promise.resolve();
    }
    let pending = this.destroying.get(s.dir);
    if (!pending) {
      pending = this.tearDown(s, progress).finally(() => {
        this.destroying.delete(s.dir);
        if (!this.guard?.signal) this.guard?.disarm();
      });
      this.destroying.set(s.dir, pending);
    }
    return pending;
  }
  persist(state) {
    this.options.persist?.(state);
    this.save?.(state);
  }
  armSignals(state, progress) {
    if (!this.settings.handleSignals) return;
    this.guard ??= new SignalGuard(this.scope, () => this.destroy(state, progress), (line) => progress.info(line));
    this.guard.arm();
  }
  context(state, withScope) {
    return {
      binary: state.vagrantBinary,
      cwd: state.dir,
      vagrantHome: state.vagrantHome,
      scope: withScope ? this.scope : void 0
    };
  }
  async bringUp(state, progress) {
    const s = this.settings;
    mkdirSync14(s.vagrantHome, { recursive: true, mode: 493 });
    makeJobDir(state.dir, recipeDir());
    const boxContext = { ...this.context(state, true), cwd: s.cacheDir };
    const box = s.box ?? await progress.group("Preparing the box", () => ensureBox(boxContext, s.cacheDir, s.libvirtUri, (line) => progress.info(line)));
    writeVmsFile(state.dir, {
      box,
      accel: s.accel,
      libvirtUri: s.libvirtUri,
      prefix: state.prefix,
      memory: s.memory,
      cpus: s.cpus,
      bootTimeout: s.bootTimeout,
      network: s.network,
      machines: state.machines.map((name) => ({ name, serialLog: serialLogPath(state.dir, name) }))
    });
    const context = this.context(state, true);
    await progress.group(`Booting ${state.machines.length} VM(s) (${s.accel}, ${s.memory} MiB)`, async () => {
      const started = Date.now();
      const up = await tryVagrant(context, ["up", "--no-provision", "--provider", "libvirt"], (line) => {
        if (line.trim()) progress.info(line);
      });
      if (up.exitCode !== 0) {
        this.showSerialTails(state, progress);
        throw new CommandFailed("vagrant", ["up"], up.exitCode, up.stderr || up.stdout);
      }
      progress.info(`booted ${state.machines.length} VM(s) in ${seconds3(Date.now() - started)}`);
    });
    const config = parseSshConfig((await vagrant(context, ["ssh-config"])).stdout);
    const missing2 = state.machines.filter((machine) => !config[machine]);
    if (missing2.length) throw new CommandFailed("vagrant", ["ssh-config"], 0, `no ssh settings for ${missing2.join(", ")}`);
    state.ssh = Object.fromEntries(state.machines.map((machine) => [machine, config[machine]]));
    this.persist(state);
  }
  /** The guest's own words: printed as untrusted text where the progress can guard it. */
  showSerialTails(state, progress) {
    for (const machine of state.machines) {
      const tail2 = serialTail(state.dir, machine);
      if (!tail2) progress.info(`serial console of ${machine}: empty`);
      else if (progress.untrusted) {
        progress.info(`serial console of ${machine} (last lines):`);
        progress.untrusted(tail2);
      } else progress.info(`serial console of ${machine} (last lines):
${tail2}`);
    }
  }
  async tearDown(state, progress) {
    await progress.group(`Destroying ${state.machines.length} VM(s)`, async () => {
      const started = Date.now();
      await this.scope.idle();
      const strays = killStrays(state.dir);
      if (strays.length) progress.info(`stopped ${strays.length} leftover process(es) of this job: ${strays.join(" ")}`);
      await powerOffDomains(state.libvirtUri, state.prefix);
      await this.vagrantDestroy(state, progress);
      const swept = await sweepLibvirt(state.libvirtUri, state.prefix);
      if (swept.removed.length) progress.info(`removed what vagrant left behind: ${swept.removed.join(", ")}`);
      if (swept.skipped) progress.info(`warning: could not check libvirt for leftovers: ${swept.skipped}`);
      if (`${basename3(state.dir)}-` === state.prefix) rmSync10(state.dir, { recursive: true, force: true });
      state.destroyed = true;
      delete state.ssh;
      this.persist(state);
      progress.info(`destroyed in ${seconds3(Date.now() - started)}`);
    });
  }
  async vagrantDestroy(state, progress) {
    if (!existsSync12(join29(state.dir, "Vagrantfile")) || !existsSync12(join29(state.dir, "disco-vms.json"))) return;
    try {
      const result = await tryVagrant(this.context(state, false), ["destroy", "--force"], (line) => {
        if (line.trim()) progress.info(line);
      });
      if (result.exitCode !== 0) progress.info(`warning: vagrant destroy exited ${result.exitCode}: ${errorLine(result.stderr)}`);
    } catch (error) {
      if (!(error instanceof ToolMissing)) throw error;
      progress.info("warning: vagrant is not installed; removing the VMs through libvirt only");
    }
  }
};
var createVagrantDriver = (options = {}) => new VagrantDriver(options);

// src/cli/commands/vm-dance.ts
var seconds4 = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function lineProgress(write = (line) => process.stdout.write(line + "\n")) {
  return {
    info: (line) => write(`info: ${line.replace(/\n/g, "\n  ")}`),
    async group(title, work) {
      write(`info: ${title}`);
      const started = Date.now();
      try {
        return await work();
      } finally {
        write(`info: ${title}: ${seconds4(Date.now() - started)}`);
      }
    }
  };
}
var stateWriter = (file) => (state) => {
  mkdirSync15(dirname15(file), { recursive: true });
  writeFileSync10(file, JSON.stringify(state, null, 2) + "\n");
};
var positiveInt = (value, flag) => {
  if (value === void 0) return void 0;
  if (!/^[1-9][0-9]*$/.test(value)) throw new InputError(`expected a positive whole number, got '${value}'`, flag);
  return Number(value);
};
var vmDanceCommand = {
  name: "vm-dance",
  usage: "vm-dance --driver vagrant --repo DIR --node NAME\u2026 [--base-repo DIR] [--out DIR] [--vms N] [--apply]   dances in disposable VMs",
  async run(args) {
    const { values } = parseArgs14({
      args,
      options: {
        driver: { type: "string", default: "vagrant" },
        repo: { type: "string", default: "." },
        "base-repo": { type: "string" },
        node: { type: "string", multiple: true },
        out: { type: "string", default: "disco-reports" },
        state: { type: "string" },
        vms: { type: "string" },
        memory: { type: "string" },
        accel: { type: "string" },
        box: { type: "string" },
        "network-mode": { type: "string" },
        apply: { type: "boolean", default: false }
      },
      strict: true
    });
    if (values.driver !== "vagrant") throw new InputError(`unknown driver '${values.driver}' (vm-dance knows: vagrant)`, "--driver");
    const nodes = values.node ?? [];
    if (nodes.length === 0) throw new InputError("name at least one node", "--node");
    if (values.accel !== void 0 && values.accel !== "kvm" && values.accel !== "qemu") throw new InputError(`expected kvm or qemu, got '${values.accel}'`, "--accel");
    const trees = [["head", resolve16(values.repo)]];
    if (values["base-repo"]) trees.unshift(["base", resolve16(values["base-repo"])]);
    for (const [, dir] of trees) if (!existsSync13(join30(dir, "parameters"))) throw new InputError(`'${dir}' is not a module repository (no parameters/)`, "--repo");
    const out = resolve16(values.out);
    const jobs = trees.flatMap(
      ([label, repo]) => nodes.map((node) => ({ node, repo, label, mode: values.apply ? "apply" : "noop", reportPath: join30(out, label, `${node}.json`) }))
    );
    const progress = lineProgress();
    const driver = createVagrantDriver({
      vms: positiveInt(values.vms, "--vms"),
      memory: positiveInt(values.memory, "--memory"),
      accel: values.accel,
      box: values.box,
      network: values["network-mode"] ? { mode: values["network-mode"] } : void 0,
      persist: stateWriter(resolve16(values.state ?? join30(out, "vagrant-state.json")))
    });
    const state = { driver: "vagrant" };
    const times = [];
    const timed = async (what, work) => {
      const started = Date.now();
      try {
        return await work();
      } finally {
        times.push(`${what} ${seconds4(Date.now() - started)}`);
      }
    };
    let failed = false;
    let broken;
    try {
      await timed("boot", () => driver.create(state, jobs, progress));
      const outcomes = await timed("dance", () => driver.dance(state, jobs, progress));
      for (const outcome2 of outcomes) {
        const { job, report } = outcome2;
        if (report) process.stdout.write(`report: ${job.reportPath} (${job.node}, ${job.label}: ${report.status})
`);
        else process.stderr.write(`error: ${job.node} (${job.label}): ${outcome2.error}
`);
        failed ||= report?.status !== "passed";
      }
    } catch (error) {
      if (error instanceof CommandFailed) broken = error;
      else if (!(error instanceof Interrupted)) throw error;
    } finally {
      await timed("destroy", () => driver.destroy(state, progress));
      progress.info(`times: ${times.join(", ")}`);
    }
    if (driver.interruptedBy) return 128 + (driver.interruptedBy === "SIGINT" ? 2 : 15);
    if (broken) throw new InputError(broken.message);
    return failed ? EXIT_FAILED : EXIT_PASSED;
  }
};

// src/cli/commands/vm-destroy.ts
import { readFileSync as readFileSync15 } from "node:fs";
import { resolve as resolve17 } from "node:path";
import { parseArgs as parseArgs15 } from "node:util";
function readState(file) {
  try {
    const state = JSON.parse(readFileSync15(file, "utf8"));
    if (typeof state?.driver !== "string") throw new Error("no driver");
    return state;
  } catch (error) {
    throw new InputError(`not a driver state file (${error.message})`, file);
  }
}
var vmDestroyCommand = {
  name: "vm-destroy",
  usage: "vm-destroy --state FILE   destroys the VMs a vm-dance recorded (idempotent)",
  async run(args) {
    const { values } = parseArgs15({ args, options: { state: { type: "string" } }, strict: true });
    if (!values.state) throw new InputError("name the state file", "--state");
    const file = resolve17(values.state);
    const state = readState(file);
    if (state.driver !== "vagrant") throw new InputError(`state of driver '${state.driver}': vm-destroy knows vagrant`, file);
    const driver = createVagrantDriver({ persist: stateWriter(file), handleSignals: false });
    await driver.destroy(state, lineProgress());
    return EXIT_PASSED;
  }
};

// src/cli/commands.ts
var commands = [
  danceCommand,
  shellCommand,
  diffCommand,
  recoverCommand,
  planCommand,
  paramCommand,
  fetchCommand,
  affectedCommand,
  reportCommand,
  junitCommand,
  annotateCommand,
  summaryCommand,
  deltaCommand,
  vmDanceCommand,
  vmDestroyCommand
];

// src/cli/run.ts
var usage = () => ["usage: disco <command> [options]", "", ...commands.map((c3) => `  ${c3.usage}`)].join("\n");
async function run(argv) {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage() + "\n");
    if (name) return 0;
    process.stderr.write("error: no command given (try: disco help)\n");
    return EXIT_BAD_INPUT;
  }
  const command = commands.find((c3) => c3.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command '${oneLine3(name)}' (try: disco help)
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
    const message2 = error instanceof InputError ? error.message : error.message.replace(/\n/g, " ");
    process.stderr.write(`error: ${oneLine3(message2)}
`);
    if (debug && error.stack) process.stderr.write(error.stack + "\n");
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal: ${oneLine3(message.split("\n")[0])} (DISCO_DEBUG=1 for details)
`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + "\n");
  return 70;
}
var oneLine3 = (text) => text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c3) => {
  const code = c3.charCodeAt(0);
  return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
});
function isInputError(error) {
  if (error instanceof InputError) return true;
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

// src/cli/index.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
run(process.argv.slice(2)).then((code) => process.exitCode = code);
