#!/usr/bin/env bash
# The short mode of the benchmarks (see README.md): every JMH benchmark briefly, then the programs
# that measure ratios a loaded machine moves less (decode and gateway ratios, the processor's
# compile cost). Extra arguments go to JMH, e.g. a benchmark name: ./short-mode.sh DecodeBenchmark
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=samples/benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi
echo "load before: $(uptime)"
java -jar "$jar" -f 1 -wi 1 -i 3 -prof gc "$@"
java -cp "$jar" dev.shardwire.benchmarks.decode.DecodeRatio
java -cp "$jar" dev.shardwire.benchmarks.gateway.GatewayRatio
java -cp "$jar" dev.shardwire.benchmarks.compile.CompileCost 5
echo "load after: $(uptime)"
