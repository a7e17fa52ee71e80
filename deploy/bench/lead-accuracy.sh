#!/usr/bin/env bash
# Lead extraction accuracy: runs lead-service's LeadParser (no LLM) over a corpus of .eml messages
# with their expected fields (<id>.eml + <id>.json) and prints the accuracy per field and the number
# of leads made from non-lead mail. Fails (exit 1) when a field is below 98 % or any non-lead mail
# becomes a lead.
# Usage: deploy/bench/lead-accuracy.sh [corpus-dir]
#   default corpus: lead-service/src/test/resources/corpus (written by deploy/bench/lead-corpus/generate.py)
#   RENOS_CORPUS_VERBOSE=true also prints expected and actual values of every miss (personal data!)
set -uo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

args=(-B -ntp -q -pl lead-service -am test -Dtest=LeadCorpusAccuracyTests
      -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
      "-Drenos.corpus.verbose=${RENOS_CORPUS_VERBOSE:-false}")
if [[ $# -gt 0 ]]; then
  args+=("-Drenos.corpus.dir=$(cd "$1" && pwd)")
fi
rm -f lead-service/target/lead-accuracy.txt
nice -n 10 ./mvnw "${args[@]}" >/tmp/lead-accuracy.$$.log 2>&1
status=$?
if [[ -f lead-service/target/lead-accuracy.txt ]]; then
  cat lead-service/target/lead-accuracy.txt
else
  tail -40 /tmp/lead-accuracy.$$.log
fi
rm -f /tmp/lead-accuracy.$$.log
[[ $status -eq 0 ]] && echo "PASS: every field >= 98 %, no leads from non-lead mail" || echo "FAIL (see above)"
exit $status
