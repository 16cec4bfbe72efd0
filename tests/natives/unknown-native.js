// An unknown native is a SyntaxError before anything runs, in node's words.
console.log('not printed');
%OptimizeEverythingNow(function () {});
