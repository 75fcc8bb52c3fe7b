// Measures chrono-node's parsing throughput (MB/s) on the texts Dateline's
// benchmarks use, each repeated to about 1 MB:
//   timeline/temporal/testdata/article.txt  (BenchmarkTag: usual density)
//   timeline/temporal/testdata/news.txt     (BenchmarkTagDense)
// Usage: npm install && node bench.mjs [FILE...]
// Compare with: go test -bench=Tag -run='^$' ./timeline/temporal/
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const testdata = (name) => new URL(`../../timeline/temporal/testdata/${name}`, import.meta.url);
const files = process.argv.length > 2 ? process.argv.slice(2) : [testdata("article.txt"), testdata("news.txt")];
const ref = { instant: new Date("2024-06-12T00:00:00Z"), timezone: 0 };

for (const file of files) {
  const one = readFileSync(file, "utf8");
  const text = (one + "\n").repeat(Math.ceil((1 << 20) / one.length));
  const mb = Buffer.byteLength(text) / 1e6;
  chrono.parse(text.slice(0, 20000), ref); // warm up the JIT
  let runs = 0, found = 0, elapsed = 0;
  const start = process.hrtime.bigint();
  while (elapsed < 3 || runs < 3) {
    found = chrono.parse(text, ref).length;
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const name = String(file).split("/").pop();
  console.log(`chrono-node ${name}: ${(mb * runs / elapsed).toFixed(2)} MB/s (${runs} runs over ${mb.toFixed(2)} MB, ${found} results per run, node ${process.version})`);
}
