const a = 1;
const r = /(?<n>a)\k<m>/u;
