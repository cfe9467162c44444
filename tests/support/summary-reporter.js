/** Jest reporter: ends every run with one line `N passed, N failed` (CI reads it). A suite that could not run counts as failed. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const suitesThatDidNotRun = results.testResults.filter((r) => r.testExecError).length;
    const failed = results.numFailedTests + suitesThatDidNotRun;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryReporter;
