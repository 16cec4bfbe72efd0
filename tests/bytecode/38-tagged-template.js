// A tagged template: GetTemplateObject for the site's strings, then a call with the substitutions.
function test(tag, x) { return tag`a${x}b`; }
test(function (s, v) { return s[0] + v + s[1]; }, 1);
