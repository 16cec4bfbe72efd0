try {} catch ([a, { b: a }]) {}
