// An uncaught exception ends the program; output before it is kept.
print("before throw");
function fail() { throw new TypeError("deliberately uncaught"); }
print("calling");
fail();
print("never printed");
