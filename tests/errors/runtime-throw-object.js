// Uncaught throw of a plain object: node prints it with util.inspect.
throw { code: "E_FAIL", details: [1, 2], nested: { ok: false } };
