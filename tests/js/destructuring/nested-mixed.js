// Deeply mixed object and array patterns with defaults and rest.
const config = {
  server: {host: 'localhost', ports: [80, 443, 8080]},
  users: [{id: 1, roles: ['admin']}, {id: 2}],
};
const {
  server: {host, ports: [http, ...others]},
  users: [{roles: [firstRole] = []}, {id: secondId, roles: secondRoles = ['guest']}],
  missing: {deep = 'fallback'} = {},
} = config;
console.log(host, http, others, firstRole, secondId, secondRoles, deep);
