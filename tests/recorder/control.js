// Control flow: the branch taken while recording becomes a guard whose exit
// resumes at the other path.
function run() {
  var evens = 0, odds = 0;
  for (var i = 0; i < 100; i++) {
    if (i % 2 === 0) evens++;
    else odds++;
  }
}
run();
