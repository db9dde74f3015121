/*!
 * A realistic-looking chunk of ES5 code (plus let/const and arrows) used by
 * the robustness and speed tests.
 */
var Library = (function (global, undefined) {
  'use strict';

  var VERSION = "1.4.2",
      hasOwn = Object.prototype.hasOwnProperty,
      toString = Object.prototype.toString,
      slice = Array.prototype.slice,
      rtrim = /^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g,
      rdigit = /\d+(?:\.\d*)?(?:e[+-]?\d+)?/i,
      cache = {};

  function isArray(value) {
    return toString.call(value) === '[object Array]';
  }

  function isFunction(value) {
    return typeof value === "function";
  }

  function trim(text) {
    return text == null ? "" : (text + "").replace(rtrim, "");
  }

  function each(obj, callback, context) {
    var i, length, key;
    if (isArray(obj)) {
      for (i = 0, length = obj.length; i < length; i++) {
        if (callback.call(context, obj[i], i, obj) === false) {
          break;
        }
      }
    } else {
      for (key in obj) {
        if (!hasOwn.call(obj, key)) continue;
        if (callback.call(context, obj[key], key, obj) === false) break;
      }
    }
    return obj;
  }

  function extend(target) {
    var sources = slice.call(arguments, 1);
    each(sources, function (source) {
      if (!source) return;
      for (var prop in source) {
        if (hasOwn.call(source, prop)) {
          target[prop] = source[prop];
        }
      }
    });
    return target;
  }

  function Emitter() {
    if (!(this instanceof Emitter)) return new Emitter();
    this._events = {};
    this._maxListeners = 10;
  }

  Emitter.prototype = {
    constructor: Emitter,
    on: function (name, fn) {
      var list = this._events[name] || (this._events[name] = []);
      list.push(fn);
      if (list.length > this._maxListeners && !list.warned) {
        list.warned = true;
      }
      return this;
    },
    off: function (name, fn) {
      var list = this._events[name], i;
      if (!list) return this;
      for (i = list.length - 1; i >= 0; i--) {
        if (list[i] === fn || list[i].listener === fn) {
          list.splice(i, 1);
        }
      }
      return this;
    },
    once: function (name, fn) {
      var self = this;
      function wrapper() {
        self.off(name, wrapper);
        return fn.apply(this, arguments);
      }
      wrapper.listener = fn;
      return this.on(name, wrapper);
    },
    emit: function (name) {
      var list = this._events[name], args, i, n;
      if (!list) return false;
      args = slice.call(arguments, 1);
      list = list.slice();
      for (i = 0, n = list.length; i < n; ++i) {
        list[i].apply(this, args);
      }
      return true;
    },
    get count() {
      var total = 0, k;
      for (k in this._events) total += this._events[k].length;
      return total;
    },
    set limit(n) {
      this._maxListeners = n >>> 0;
    }
  };

  function parseNumber(text) {
    var m = rdigit.exec(text);
    return m ? +m[0] : NaN;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return hasOwn.call(values, key) ? String(values[key]) : all;
    });
  }

  function memoize(fn, hasher) {
    var memo = {};
    hasher = hasher || function (x) { return x; };
    return function () {
      var key = hasher.apply(this, arguments);
      return (key in memo) ? memo[key] : (memo[key] = fn.apply(this, arguments));
    };
  }

  var fib = memoize(function (n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  });

  function debounce(fn, wait) {
    var timer = null;
    return function () {
      var ctx = this, args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(ctx, args); }, wait);
    };
  }

  function clamp(x, lo, hi) {
    return x < lo ? lo : x > hi ? hi : x;
  }

  function hash(str) {
    var h = 0x811c9dc5, i, len = str.length;
    for (i = 0; i < len; i++) {
      h ^= str.charCodeAt(i);
      h = (h * 0x01000193) | 0;
      h += (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24);
    }
    return h >>> 0;
  }

  function deepEqual(a, b) {
    if (a === b) return true;
    if (typeof a != "object" || typeof b != "object" || a === null || b === null) {
      return a !== a && b !== b;
    }
    var ka = Object.keys(a), kb = Object.keys(b), i;
    if (ka.length !== kb.length) return false;
    for (i = 0; i < ka.length; i++) {
      if (!deepEqual(a[ka[i]], b[ka[i]])) return false;
    }
    return true;
  }

  function Matrix(rows, cols) {
    this.rows = rows;
    this.cols = cols;
    this.data = new Array(rows * cols);
    for (var i = 0; i < this.data.length; i++) this.data[i] = 0;
  }

  Matrix.prototype.get = function (r, c) { return this.data[r * this.cols + c]; };
  Matrix.prototype.set = function (r, c, v) { this.data[r * this.cols + c] = v; return this; };
  Matrix.prototype.multiply = function (other) {
    if (this.cols !== other.rows) throw new Error("dimension mismatch: " + this.cols + " vs " + other.rows);
    var out = new Matrix(this.rows, other.cols), r, c, k, sum;
    outer: for (r = 0; r < this.rows; r++) {
      for (c = 0; c < other.cols; c++) {
        sum = 0;
        for (k = 0; k < this.cols; k++) {
          sum += this.get(r, k) * other.get(k, c);
          if (sum !== sum) continue outer;
        }
        out.set(r, c, sum);
      }
    }
    return out;
  };

  function tokenize(src) {
    var tokens = [], i = 0, ch, start;
    while (i < src.length) {
      ch = src.charAt(i);
      switch (ch) {
        case ' ': case '\t': case '\n':
          i++;
          break;
        case '(': case ')': case '+': case '-': case '*': case '/':
          tokens.push({ type: 'punct', value: ch });
          i++;
          break;
        default:
          if (/[0-9]/.test(ch)) {
            start = i;
            while (i < src.length && /[0-9.]/.test(src.charAt(i))) i++;
            tokens.push({ type: 'num', value: parseFloat(src.slice(start, i)) });
          } else {
            throw new SyntaxError('Unexpected character ' + JSON.stringify(ch) + ' at ' + i);
          }
      }
    }
    return tokens;
  }

  function evaluate(tokens) {
    var pos = 0;
    function peek() { return tokens[pos]; }
    function next() { return tokens[pos++]; }
    function primary() {
      var t = next();
      if (!t) throw new Error("unexpected end");
      if (t.type === 'num') return t.value;
      if (t.value === '(') {
        var v = expr();
        next();
        return v;
      }
      if (t.value === '-') return -primary();
      throw new Error("bad token " + t.value);
    }
    function term() {
      var v = primary(), t;
      while ((t = peek()) && (t.value === '*' || t.value === '/')) {
        next();
        v = t.value === '*' ? v * primary() : v / primary();
      }
      return v;
    }
    function expr() {
      var v = term(), t;
      while ((t = peek()) && (t.value === '+' || t.value === '-')) {
        next();
        v = t.value === '+' ? v + term() : v - term();
      }
      return v;
    }
    return expr();
  }

  const modern = {
    sum: (xs) => xs.reduce((a, b) => a + b, 0),
    pairs: obj => Object.keys(obj).map(k => [k, obj[k]]),
    range: function (n) { return n; }
  };

  function blocks(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const sq = i * i;
      let label = i % 2 === 0 ? "even" : "odd";
      if (label === "even") {
        let bonus = sq / 2;
        total += bonus;
      } else {
        total -= 1;
      }
    }
    do {
      total--;
    } while (total > 100)
    try {
      if (total < 0) throw new RangeError("negative");
    } catch (e) {
      total = 0;
    } finally {
      total = total | 0;
    }
    return total;
  }

  var api = {
    version: VERSION,
    isArray: isArray,
    isFunction: isFunction,
    trim: trim,
    each: each,
    extend: extend,
    Emitter: Emitter,
    parseNumber: parseNumber,
    format: format,
    memoize: memoize,
    fib: fib,
    debounce: debounce,
    clamp: clamp,
    hash: hash,
    deepEqual: deepEqual,
    Matrix: Matrix,
    calc: function (s) { return evaluate(tokenize(s)); },
    blocks: blocks,
    'default': null,
    1e3: "thousand",
    "quoted key": void 0
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  } else {
    global.Library = api;
  }
  return api;
}(this));

Library.each([1, 2, 3], function (x, i) {
  var y = x * 2 /* inline comment */ / 3;
  return y !== i ? void 0 : false;
});
