// Timers run in the order of their expiry; equal delays in the order they were set.
setTimeout(() => console.log('30'), 30);
setTimeout(() => console.log('10 a'), 10);
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('10 b'), 10);
setTimeout(() => console.log('0 means 1'), 0);
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('negative means 1'), -5);
setTimeout(() => console.log('NaN means 1'), 'abc');
