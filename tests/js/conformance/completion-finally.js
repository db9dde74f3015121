// Completion values (eval) of try/finally left by break and continue (ES2015 UpdateEmpty).
var cases = [
'99; do { -99; try { 39 } catch (e) { -1 } finally { 42; break; -2 }; } while (false);',
'99; do { -99; try { [].x.x } catch (e) { -1; } finally { 42; break; -3 }; } while (false);',
'99; do { -99; try { 39 } catch (e) { -1 } finally { break; -2 }; } while (false);',
'99; do { -99; try { 39 } catch (e) { -1 } finally { 42; continue; -3 }; } while (false);',
'99; do { -99; try { 39 } catch (e) { -1 } finally { 42; continue; -3 }; -77 } while (false);',
'99; do { -99; try { 39 } catch (e) { -1 } finally { break; -3 }; -77 } while (false);',
'1; try { 2 } finally { 3 }',
'1; try { 2; } finally { }',
'1; try { 2; } finally { 4; }; 5',
'1; L: { 2; break L; }',
'1; do { 2; break; } while(false)',
'1; while (true) { if (true) break; }',
'1; var x; switch (1) { case 1: 5; break; }',
'1; try { throw 1 } catch(e) { } finally { 7 }',
'var k = 0; 1; while (k < 2) { k++; try { k } finally { if (k == 2) break; } }',
];
for (var ci = 0; ci < cases.length; ci++) print(ci, eval(cases[ci]));
