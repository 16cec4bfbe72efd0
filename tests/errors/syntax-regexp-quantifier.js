const r = /x{2,1}/;
